package org.newsgraph.store.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.rdf.Fixtures.ADA;
import static org.newsgraph.rdf.Fixtures.ELMARIA;
import static org.newsgraph.rdf.Fixtures.KELDRA;
import static org.newsgraph.rdf.Fixtures.LENA;
import static org.newsgraph.rdf.Fixtures.PORT_ASTER;
import static org.newsgraph.rdf.Fixtures.TOMAS;
import static org.newsgraph.rdf.Fixtures.article;
import static org.newsgraph.rdf.Fixtures.day;
import static org.newsgraph.rdf.Fixtures.met;
import static org.newsgraph.rdf.Fixtures.month;
import static org.newsgraph.rdf.Fixtures.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.DateValue;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.MeetingMode;
import org.newsgraph.extract.MeetingStatus;
import org.newsgraph.extract.Precision;
import org.newsgraph.resolve.Entity;
import org.newsgraph.store.Store;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Filter semantics and escaping on a store of invented meetings with every date precision. */
class ExportFiltersTest {
    static final Entity MARA = new Entity(EntityType.PERSON, "mara-quill", "Mara \"Red\" Quill, <Jr.> & Co",
            List.of(), "Envoy", null, null);

    @TempDir
    Path dir;
    Store store;
    Exporter exporter;

    @BeforeEach
    void fill() {
        store = Store.open(dir.resolve("s"));
        DateValue year = new DateValue("2025", Precision.YEAR, "in 2025", null, "year");
        store.putArticles(List.of(
                article("d1", "2025-05-21", met(List.of(ADA, TOMAS), PORT_ASTER, day("2025-05-20"))),
                article("m1", "2025-05-31", met(List.of(LENA, MARA), KELDRA, month("2025-05"))),
                article("y1", "2025-12-31", met(List.of(ADA, LENA), ELMARIA, year)),
                article("p1", "2025-05-25", report("Verin will meet Okafor.", 0, List.of(TOMAS, LENA), KELDRA,
                        day("2025-06-02"), MeetingStatus.PLANNED, MeetingMode.IN_PERSON)),
                article("u1", "2025-07-01", met(List.of(ADA, MARA), null, null))));
        exporter = new Exporter(store.datasetGraph());
        assertEquals(5, exporter.snapshot().meetings().size(), "fixture meetings stay apart");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private String export(ExportFormat f, MeetingFilter filter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(f, filter, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "status {0} from {1} to {2}: {3} meetings")
    @CsvSource(nullValues = "-", value = {
            "any,       -,          -,          5",
            "happened,  -,          -,          4",
            "planned,   -,          -,          1",
            "cancelled, -,          -,          0",
            "any,       2025-05-10, -,          4",   // the month 2025-05 and the year 2025 overlap the window
            "any,       -,          2025-05-09, 2",   // month and year only; the undated meeting is left out
            "any,       2025-06,    2025-06,    2",   // the year and 2025-06-02
            "any,       2025-05-20, 2025-05-20, 3",   // the day, its month, its year
            "any,       2026,       -,          0",
            "happened,  2025,       2025,       3"})
    void csvRowsFollowTheFilter(String status, String from, String to, int rows) {
        List<List<String>> csv = Csv.parse(export(ExportFormat.CSV, MeetingFilter.parse(status, from, to)));
        assertEquals(rows, csv.size() - 1, csv.toString());
    }

    @ParameterizedTest(name = "status {0} from {1}: {2} persons, {3} pairs")
    @CsvSource(nullValues = "-", value = {
            "happened, -,          4, 4",
            "any,      -,          4, 5",
            "planned,  -,          2, 1",
            "happened, 2025-05-10, 4, 3",
            "happened, 2025-06,    2, 1"})
    void networkFollowsTheFilter(String status, String from, int persons, int pairs) throws Exception {
        MeetingFilter filter = MeetingFilter.parse(status, from, null);
        for (ExportFormat f : List.of(ExportFormat.GRAPHML, ExportFormat.GEXF)) {
            Document doc = xml(export(f, filter));
            String ns = f == ExportFormat.GEXF ? GexfWriter.NS : GraphmlWriter.NS;
            assertEquals(persons, doc.getElementsByTagNameNS(ns, "node").getLength(), f.name());
            assertEquals(pairs, doc.getElementsByTagNameNS(ns, "edge").getLength(), f.name());
        }
    }

    @Test
    void labelsWithMarkupQuotesAndCommasSurviveEveryFormat() throws Exception {
        String csv = export(ExportFormat.CSV, MeetingFilter.of(StatusChoice.ANY));
        assertTrue(Csv.parse(csv).stream().anyMatch(r -> r.get(7).contains(MARA.label())), csv);

        Document graphml = xml(export(ExportFormat.GRAPHML, MeetingFilter.of(StatusChoice.HAPPENED)));
        NodeList data = graphml.getElementsByTagNameNS(GraphmlWriter.NS, "data");
        boolean found = false;
        for (int i = 0; i < data.getLength(); i++) found |= data.item(i).getTextContent().equals(MARA.label());
        assertTrue(found, "GraphML keeps the label verbatim");

        Document gexf = xml(export(ExportFormat.GEXF, MeetingFilter.of(StatusChoice.HAPPENED)));
        NodeList nodes = gexf.getElementsByTagNameNS(GexfWriter.NS, "node");
        found = false;
        for (int i = 0; i < nodes.getLength(); i++) found |= ((Element) nodes.item(i)).getAttribute("label").equals(MARA.label());
        assertTrue(found, "GEXF keeps the label verbatim");
    }

    @Test
    void edgeAttributesSummariseTheMeetings() throws Exception {
        Document gexf = xml(export(ExportFormat.GEXF, MeetingFilter.of(StatusChoice.HAPPENED)));
        NodeList edges = gexf.getElementsByTagNameNS(GexfWriter.NS, "edge");
        int undated = 0;
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            if (e.getElementsByTagNameNS(GexfWriter.NS, "spell").getLength() == 0) undated++;
            if (e.getAttribute("target").endsWith("/mara-quill") && e.getAttribute("source").endsWith("/lena-okafor")) {
                Element spell = (Element) e.getElementsByTagNameNS(GexfWriter.NS, "spell").item(0);
                assertEquals("2025-05-01", spell.getAttribute("start"));
                assertEquals("2025-05-31", spell.getAttribute("end"));
            }
        }
        assertEquals(1, undated, "only the undated meeting has no spell");
        PersonNetwork net = PersonNetwork.of(exporter.snapshot(), MeetingFilter.of(StatusChoice.HAPPENED));
        PersonNetwork.PersonNode ada = net.nodes().stream().filter(n -> n.iri().endsWith("/ada-brook")).findFirst().orElseThrow();
        assertEquals("2025", ada.firstDate().lexical());
        assertEquals("Foreign Minister", ada.title());
        assertEquals("Elmaria", ada.country());
        assertEquals("Q4200001", ada.person().wikidata());
        assertEquals(3, ada.meetings().size());
    }

    @Test
    void badOptionsAreRejected() {
        assertThrows(InvalidExportOptionException.class, () -> MeetingFilter.parse("held", null, null));
        assertThrows(InvalidExportOptionException.class, () -> MeetingFilter.parse("any", "2025-13", null));
        assertThrows(InvalidExportOptionException.class, () -> MeetingFilter.parse("any", "2025-06", "2025-05"));
        assertThrows(InvalidExportOptionException.class,
                () -> exporter.write(ExportFormat.TURTLE, MeetingFilter.parse("any", "2025", null), new ByteArrayOutputStream()));
    }

    @ParameterizedTest
    @CsvSource({
            "2025,       YEAR,  2025-01-01, 2025-12-31",
            "2024-02,    MONTH, 2024-02-01, 2024-02-29",
            "2025-02,    MONTH, 2025-02-01, 2025-02-28",
            "2025-05-10, DAY,   2025-05-10, 2025-05-10"})
    void datesCoverTheirDays(String lexical, Precision p, String start, String end) {
        DateSpan d = DateSpan.parse(lexical);
        assertEquals(p, d.precision());
        assertEquals(start, d.start().toString());
        assertEquals(end, d.end().toString());
    }

    private static Document xml(String s) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)));
    }
}
