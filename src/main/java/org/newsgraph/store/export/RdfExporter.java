package org.newsgraph.store.export;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.rdf.NG;

/**
 * Writes a dataset as RDF: Turtle and RDF/XML as the union of all graphs, TriG and N-Quads with the named
 * graphs, JSON-LD 1.1 with the named graphs compacted against the published context
 * ({@code ontology/context.jsonld}, embedded in the output so that it reads back offline).
 */
public final class RdfExporter {
    /** Where the context ships on the class path. */
    public static final String CONTEXT_RESOURCE = "/ontology/context.jsonld";
    /** Where the context is published, next to the vocabulary. */
    public static final String CONTEXT_URL = "https://w3id.org/newsgraph/ns/context.jsonld";

    private static volatile JsonObject context;

    private RdfExporter() {
    }

    /** Writes {@code dsg} (inside the caller's read transaction). */
    public static void write(DatasetGraph dsg, ExportFormat format, OutputStream out) {
        switch (format) {
            case TURTLE -> RDFDataMgr.write(out, union(dsg), RDFFormat.TURTLE_PRETTY);
            case NTRIPLES -> RDFDataMgr.write(out, union(dsg), RDFFormat.NTRIPLES);
            case RDFXML -> RDFDataMgr.write(out, union(dsg), RDFFormat.RDFXML_PRETTY);
            case TRIG -> RDFDataMgr.write(out, dsg, RDFFormat.TRIG_PRETTY);
            case NQUADS -> RDFDataMgr.write(out, dsg, Lang.NQUADS);
            case JSONLD -> writeJsonLd(dsg, out);
            default -> throw new IllegalArgumentException(format + " is not an RDF format");
        }
    }

    /** All graphs merged into one, with the project's prefixes. */
    static Graph union(DatasetGraph dsg) {
        Graph g = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(g, dsg.getUnionGraph());
        GraphUtil.addInto(g, dsg.getDefaultGraph());
        NG.PREFIXES.forEach((p, u) -> g.getPrefixMapping().setNsPrefix(p, u));
        return g;
    }

    /**
     * One graph (a linked-data page's description) as JSON-LD in the shape of the export: compacted with the published
     * context, numbers as JSON numbers.
     */
    public static void writeJsonLd(Graph graph, OutputStream out) {
        writeJsonLd(org.apache.jena.sparql.core.DatasetGraphFactory.wrap(graph), out);
    }

    /** A dataset as JSON-LD 1.1: named graphs kept, compacted with the published context, numbers as JSON numbers. */
    public static void writeJsonLd(DatasetGraph dsg, OutputStream out) {
        // Titanium (which Jena uses) reads the quads with native numbers and compacts them with our context.
        ByteArrayOutputStream quads = new ByteArrayOutputStream();
        RDFDataMgr.write(quads, dsg, Lang.NQUADS);
        JsonObject compacted;
        try {
            jakarta.json.JsonArray expanded = JsonLd.fromRdf(com.apicatalog.jsonld.document.RdfDocument.of(
                    new ByteArrayInputStream(quads.toByteArray()))).nativeTypes().get();
            compacted = JsonLd.compact(JsonDocument.of(expanded), JsonDocument.of(context())).ordered(true).get();
        } catch (JsonLdError e) {
            throw new ExportException("cannot write JSON-LD: " + e.getMessage(), e);
        }
        // The context first, so that a reader sees the vocabulary before the data.
        JsonObjectBuilder ordered = Json.createObjectBuilder();
        if (compacted.containsKey("@context")) ordered.add("@context", compacted.get("@context"));
        compacted.forEach((k, v) -> {
            if (!k.equals("@context")) ordered.add(k, v);
        });
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (JsonWriter jw = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(w)) {
                jw.write(ordered.build());
                w.write('\n');
                w.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The published JSON-LD context document ({@code {"@context": {...}}}). */
    public static JsonObject context() {
        if (context == null) {
            try (InputStream in = RdfExporter.class.getResourceAsStream(CONTEXT_RESOURCE)) {
                if (in == null) throw new ExportException("JSON-LD context not found on the class path: " + CONTEXT_RESOURCE, null);
                context = Json.createReader(in).readObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return context;
    }
}
