package org.newsgraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;

/** The newsgraph ontology as shipped on the class path, read once. */
final class Ontology {
    static final String TURTLE = "/ontology/newsgraph.ttl";
    static final String CONTEXT = "/ontology/context.jsonld";
    /** The ontology's own IRI, served at /ns. */
    static final String IRI = "https://w3id.org/newsgraph/ns";

    private static volatile Model model;

    private Ontology() {
    }

    static byte[] turtleBytes() {
        return resource(TURTLE);
    }

    /** The bytes of a class-path resource, or null when it is absent. */
    static byte[] resource(String name) {
        try (InputStream in = Ontology.class.getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Model model() {
        Model m = model;
        if (m == null) {
            byte[] ttl = turtleBytes();
            m = ModelFactory.createDefaultModel();
            if (ttl != null) RDFParser.source(new java.io.ByteArrayInputStream(ttl)).lang(Lang.TURTLE).parse(m);
            model = m;
        }
        return m;
    }

    /** The ontology's English label for a term, or null. */
    static String label(String iri) {
        Resource r = model().getResource(iri);
        Statement s = r.getProperty(RDFS.label);
        return s == null ? null : s.getString();
    }
}
