package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class NGTest {
    private static final Model ONTOLOGY = RDFDataMgr.loadModel(Path.of("ontology/newsgraph.ttl").toString());

    @Test
    void everyOntologyTermIsInTheVocabularyClassAndViceVersa() throws IllegalAccessException {
        Set<String> declared = new TreeSet<>();
        ONTOLOGY.listStatements(null, RDF.type, (RDFNode) null).forEach(s -> {
            Resource r = s.getSubject();
            if (r.isURIResource() && r.getURI().startsWith(NG.NS)) declared.add(r.getURI());
        });
        Set<String> inClass = new TreeSet<>();
        for (Field f : NG.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Modifier.isPublic(f.getModifiers())
                    && Resource.class.isAssignableFrom(f.getType())) {
                String uri = ((Resource) f.get(null)).getURI();
                if (uri.startsWith(NG.NS)) {
                    inClass.add(uri);
                    assertEquals(NG.NS + f.getName(), uri, "constant named like its term");
                }
            }
        }
        assertEquals(declared, inClass);
        assertTrue(declared.size() > 40, "ontology declares its terms: " + declared.size());
    }

    @Test
    void everyTermHasLabelAndComment() {
        ONTOLOGY.listSubjects().forEach(r -> {
            if (r.isURIResource() && r.getURI().startsWith(NG.NS)) {
                assertTrue(r.hasProperty(RDFS.label), r + " has a label");
                assertTrue(r.hasProperty(RDFS.comment), r + " has a comment");
            }
        });
    }

    @Test
    void metWithIsSymmetric() {
        assertTrue(ONTOLOGY.contains(NG.metWith, RDF.type, OWL.SymmetricProperty));
    }
}
