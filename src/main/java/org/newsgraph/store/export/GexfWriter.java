package org.newsgraph.store.export;

import java.util.List;
import java.io.OutputStream;
import javax.xml.stream.XMLStreamException;

/**
 * Writes the person network as GEXF 1.3, dynamic with {@code timeformat="date"} so that Gephi's timeline
 * works: an edge has a spell per meeting date (a day spans itself, a month its days, a year its days; spells
 * that overlap are merged; undated meetings give none), a node one spell from its first to its last meeting.
 * Node ids are IRIs; edges are e0, e1, ... in (source, target) IRI order.
 */
final class GexfWriter {
    static final String NS = "http://gexf.net/1.3";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private GexfWriter() {
    }

    static void write(PersonNetwork net, MeetingFilter filter, OutputStream out) {
        try (Xml x = new Xml(out)) {
            x.start("gexf");
            x.raw().writeDefaultNamespace(NS);
            x.raw().writeNamespace("xsi", XSI);
            x.raw().writeAttribute("xsi", XSI, "schemaLocation", NS + " http://gexf.net/1.3/gexf.xsd");
            x.attr("version", "1.3");
            x.start("meta");
            x.leaf("creator", "newsgraph");
            x.leaf("description", "Persons who met, from news articles (meetings with status "
                    + filter.status().name().toLowerCase(java.util.Locale.ROOT)
                    + (filter.from() != null ? ", from " + filter.from().lexical() : "")
                    + (filter.to() != null ? ", to " + filter.to().lexical() : "") + ")");
            x.end();
            x.start("graph").attr("defaultedgetype", "undirected").attr("mode", "dynamic").attr("timeformat", "date");
            attributes(x, "node", NetworkAttributes.NODE.subList(1, NetworkAttributes.NODE.size()));
            attributes(x, "edge", NetworkAttributes.EDGE.subList(1, NetworkAttributes.EDGE.size()));
            x.start("nodes");
            for (PersonNetwork.PersonNode n : net.nodes()) {
                x.start("node").attr("id", n.iri()).attr("label", n.person().label());
                values(x, NetworkAttributes.NODE.subList(1, NetworkAttributes.NODE.size()), n);
                PersonNetwork.Interval span = n.activeSpan();
                if (span != null) spells(x, List.of(span));
                x.end();
            }
            x.end();
            x.start("edges");
            int i = 0;
            for (PersonNetwork.Edge e : net.edges()) {
                x.start("edge").attr("id", "e" + i++).attr("source", e.source()).attr("target", e.target())
                        .attr("weight", Double.toString(e.weight()));
                values(x, NetworkAttributes.EDGE.subList(1, NetworkAttributes.EDGE.size()), e);
                List<PersonNetwork.Interval> spells = e.spells();
                if (!spells.isEmpty()) spells(x, spells);
                x.end();
            }
            x.end();
            x.end();
            x.end();
        } catch (XMLStreamException e) {
            throw new ExportException("cannot write GEXF: " + e.getMessage(), e);
        }
    }

    private static <T> void attributes(Xml x, String cls, List<NetworkAttributes.Attr<T>> attrs) {
        x.start("attributes").attr("class", cls).attr("mode", "static");
        for (NetworkAttributes.Attr<T> a : attrs) {
            x.start("attribute").attr("id", a.name()).attr("title", a.name()).attr("type", switch (a.type()) {
                case STRING -> "string";
                case INTEGER -> "integer";
                case DOUBLE -> "double";
            }).end();
        }
        x.end();
    }

    private static <T> void values(Xml x, List<NetworkAttributes.Attr<T>> attrs, T item) {
        boolean open = false;
        for (NetworkAttributes.Attr<T> a : attrs) {
            String v = NetworkAttributes.text(a.value().apply(item));
            if (v == null) continue;
            if (!open) {
                x.start("attvalues");
                open = true;
            }
            x.start("attvalue").attr("for", a.name()).attr("value", v).end();
        }
        if (open) x.end();
    }

    private static void spells(Xml x, List<PersonNetwork.Interval> spans) {
        x.start("spells");
        for (PersonNetwork.Interval s : spans) {
            x.start("spell").attr("start", s.start().toString()).attr("end", s.end().toString()).end();
        }
        x.end();
    }
}
