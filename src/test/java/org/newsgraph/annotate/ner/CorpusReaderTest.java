package org.newsgraph.annotate.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CorpusReaderTest {

    static Path fixture(String name) {
        try {
            return Path.of(CorpusReaderTest.class.getResource("/ner/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "type:words" for each name of a sample, joined with '|'. */
    static String names(NameSample s) {
        List<String> out = new ArrayList<>();
        for (Span n : s.getNames())
            out.add(n.getType() + ":" + String.join(" ", Arrays.copyOfRange(s.getSentence(), n.getStart(), n.getEnd())));
        return String.join("|", out);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "sample.conll;   AUTO;    3; 0; person:Maria Kovacs|organization:Northwind Trading Company|place:Valmora",
            "sample.conll;   CONLL;   3; 1; ''",
            "sample.conll;   CONLL;   3; 2; person:Tom Brandt|person:Lisa Holm|place:Kestrel Bay",
            "sample.iob2;    AUTO;    2; 0; person:Ana Ruiz|place:Port Elgin|organization:Bluepeak",
            "sample.iob2;    IOB2;    2; 1; ''",
            "sample-gmb.csv; AUTO;    2; 0; person:Elena Marsh|place:Dorvale|organization:Corvid Labs",
            "sample-gmb.csv; GMB;     2; 1; place:Dorvalian|person:Okafor",
            "sample.train;   AUTO;    3; 0; person:Ingrid Solberg|organization:Fjordline Bank|place:Tromvik",
            "sample.train;   OPENNLP; 3; 1; ''",
            "sample.train;   OPENNLP; 3; 2; person:Jonas Lind",
    })
    void readsEachFormatMapsTypesAndDropsOthers(String file, CorpusFormat format, int sentences, int index, String expected) {
        List<NameSample> samples = CorpusReader.read(fixture(file), format);
        assertEquals(sentences, samples.size());
        assertEquals(expected, names(samples.get(index)));
    }

    @ParameterizedTest
    @CsvSource({"sample.conll, CONLL", "sample.iob2, IOB2", "sample-gmb.csv, GMB", "sample.train, OPENNLP"})
    void detectsTheFormat(String file, CorpusFormat expected) {
        assertEquals(expected, CorpusReader.detect(fixture(file)));
    }

    @Test
    void detectsFromContentWhenTheNameSaysNothing(@TempDir Path dir) throws Exception {
        Path uner = dir.resolve("a.txt");
        Files.writeString(uner, "# sent_id = x\n1\tHi\tO\t-\t-\n");
        Path conll = dir.resolve("b.txt");
        Files.writeString(conll, "#launch\tO\nOslo\tB-LOC\n");
        Path gmb = dir.resolve("c.txt");
        Files.writeString(gmb, "Sentence #,Word,POS,Tag\nSentence: 1,Hi,UH,O\n");
        assertEquals(CorpusFormat.IOB2, CorpusReader.detect(uner));
        assertEquals(CorpusFormat.CONLL, CorpusReader.detect(conll));
        assertEquals(CorpusFormat.GMB, CorpusReader.detect(gmb));
    }

    @Test
    void documentStartsClearAdaptiveData() {
        List<NameSample> conll = CorpusReader.read(fixture("sample.conll"), CorpusFormat.AUTO);
        assertTrue(conll.get(0).isClearAdaptiveDataSet());
        assertFalse(conll.get(1).isClearAdaptiveDataSet());
        assertTrue(conll.get(2).isClearAdaptiveDataSet());
        List<NameSample> opennlp = CorpusReader.read(fixture("sample.train"), CorpusFormat.AUTO);
        assertFalse(opennlp.get(1).isClearAdaptiveDataSet());
        assertTrue(opennlp.get(2).isClearAdaptiveDataSet());
    }

    @Test
    void gmbUnquotesCsvFieldsAndDropsTheIncompleteLastSentence() {
        List<NameSample> gmb = CorpusReader.read(fixture("sample-gmb.csv"), CorpusFormat.GMB);
        assertEquals(List.of("President", "Elena", "Marsh", "visited", "Dorvale", "on", "Monday", ",", "said", "\"",
                "Corvid", "Labs", "\"", "."), List.of(gmb.get(0).getSentence()));
        assertEquals(2, gmb.size());
    }

    @Test
    void readsLatin1WhenTheBytesAreNotUtf8(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("latin.conll");
        Files.write(f, "Jos\u00e9 B-PER\nG\u00f3mez I-PER\n".getBytes(StandardCharsets.ISO_8859_1));
        NameSample s = CorpusReader.read(f, CorpusFormat.AUTO).get(0);
        assertEquals("person:Jos\u00e9 G\u00f3mez", names(s));
    }

    @Test
    void forcedFormatThatDoesNotFitFails(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("x.txt");
        Files.writeString(f, "justonecolumn\n");
        assertThrows(NerTrainingException.class, () -> CorpusReader.read(f, CorpusFormat.IOB2));
        assertThrows(NerTrainingException.class, () -> CorpusFormat.parse("xml"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            // IOB1: I- opens a name after O or after another type; B- only splits two adjacent names.
            "I-PER I-PER O I-LOC;            person:0-2|place:3-4",
            "I-PER B-PER;                    person:0-1|person:1-2",
            "B-ORG I-ORG I-LOC;              organization:0-2|place:2-3",
            "B-geo I-geo B-gpe B-tim I-tim;  place:0-2|place:2-3",
            "B-MISC I-MISC B-PER;            person:2-3",
            "S-PER B-LOC E-LOC O;            person:0-1|place:1-3",
            "O O;                            ''",
    })
    void decodesTagSchemes(String tags, String expected) {
        List<String> parts = new ArrayList<>();
        for (Span s : CorpusReader.decode(List.of(tags.split(" "))))
            parts.add(s.getType() + ":" + s.getStart() + "-" + s.getEnd());
        assertEquals(expected, String.join("|", parts));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "PER; person", "per; person", "ORG; organization", "org; organization", "LOC; place", "geo; place",
            "gpe; place", "MISC; ''", "tim; ''", "art; ''", "eve; ''", "nat; ''"})
    void mapsTypes(String corpusType, String expected) {
        assertEquals(expected.isEmpty() ? null : expected, NerTypes.map(corpusType));
    }
}
