package org.newsgraph.store.export;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;

/**
 * Writes the person network as GraphML (undirected), readable by Cytoscape, Gephi, yEd and JGraphT. Every
 * attribute has a {@code <key>}; node ids are n0, n1, ... in IRI order (the IRI is the {@code iri} attribute),
 * edges e0, e1, ... in (source, target) IRI order. The edge weight is the key named {@code weight}.
 */
final class GraphmlWriter {
    static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private GraphmlWriter() {
    }

    static void write(PersonNetwork net, OutputStream out) {
        try (Xml x = new Xml(out)) {
            x.start("graphml");
            x.raw().writeDefaultNamespace(NS);
            x.raw().writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            x.raw().writeAttribute("xsi", "http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                    NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            keys(x, "node", "n_", NetworkAttributes.NODE);
            keys(x, "edge", "e_", NetworkAttributes.EDGE);
            x.start("graph").attr("id", "persons").attr("edgedefault", "undirected");
            Map<String, String> ids = new HashMap<>();
            int i = 0;
            for (PersonNetwork.PersonNode n : net.nodes()) {
                String id = "n" + i++;
                ids.put(n.iri(), id);
                x.start("node").attr("id", id);
                data(x, "n_", NetworkAttributes.NODE, n);
                x.end();
            }
            int j = 0;
            for (PersonNetwork.Edge e : net.edges()) {
                x.start("edge").attr("id", "e" + j++).attr("source", ids.get(e.source())).attr("target", ids.get(e.target()));
                data(x, "e_", NetworkAttributes.EDGE, e);
                x.end();
            }
            x.end();
            x.end();
        } catch (XMLStreamException e) {
            throw new ExportException("cannot write GraphML: " + e.getMessage(), e);
        }
    }

    private static <T> void keys(Xml x, String domain, String prefix, List<NetworkAttributes.Attr<T>> attrs) {
        for (NetworkAttributes.Attr<T> a : attrs) {
            x.start("key").attr("id", prefix + a.name()).attr("for", domain).attr("attr.name", a.name())
                    .attr("attr.type", type(a.type())).end();
        }
    }

    private static String type(NetworkAttributes.Type t) {
        return switch (t) {
            case STRING -> "string";
            case INTEGER -> "int";
            case DOUBLE -> "double";
        };
    }

    private static <T> void data(Xml x, String prefix, List<NetworkAttributes.Attr<T>> attrs, T item) {
        for (NetworkAttributes.Attr<T> a : attrs) {
            String v = NetworkAttributes.text(a.value().apply(item));
            if (v != null) x.start("data").attr("key", prefix + a.name()).text(v).end();
        }
    }
}
