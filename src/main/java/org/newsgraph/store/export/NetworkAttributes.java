package org.newsgraph.store.export;

import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

/** The attributes GraphML and GEXF give persons and their edges, in one place so that both stay in step. */
final class NetworkAttributes {
    enum Type { STRING, INTEGER, DOUBLE }

    record Attr<T>(String name, Type type, Function<T, Object> value) {
    }

    // label (nodes) and weight (edges) come first: GEXF carries them natively and skips them as attributes.
    static final List<Attr<PersonNetwork.PersonNode>> NODE = List.of(
            new Attr<>("label", Type.STRING, n -> n.person().label()),
            new Attr<>("title", Type.STRING, PersonNetwork.PersonNode::title),
            new Attr<>("country", Type.STRING, PersonNetwork.PersonNode::country),
            new Attr<>("wikidata", Type.STRING, n -> n.person().wikidata()),
            new Attr<>("iri", Type.STRING, PersonNetwork.PersonNode::iri),
            new Attr<>("meetings", Type.INTEGER, n -> n.meetings().size()),
            new Attr<>("firstDate", Type.STRING, n -> n.firstDate() == null ? null : n.firstDate().lexical()),
            new Attr<>("lastDate", Type.STRING, n -> n.lastDate() == null ? null : n.lastDate().lexical()));

    static final List<Attr<PersonNetwork.Edge>> EDGE = List.of(
            new Attr<>("weight", Type.DOUBLE, e -> (double) e.weight()),
            new Attr<>("meetings", Type.INTEGER, PersonNetwork.Edge::weight),
            new Attr<>("firstDate", Type.STRING, e -> e.firstDate() == null ? null : e.firstDate().lexical()),
            new Attr<>("lastDate", Type.STRING, e -> e.lastDate() == null ? null : e.lastDate().lexical()),
            new Attr<>("dates", Type.STRING, e -> joined(e.dates().stream().map(DateSpan::lexical).toList())),
            new Attr<>("places", Type.STRING, e -> joined(e.placeLabels())),
            new Attr<>("sources", Type.INTEGER, PersonNetwork.Edge::sourceArticles),
            new Attr<>("statuses", Type.STRING, e -> joined(new TreeSet<>(e.statuses()).stream()
                    .map(StoreSnapshot::word).toList())),
            new Attr<>("meetingIris", Type.STRING, e -> joined(e.meetings().stream().map(MeetingData::iri).toList())));

    private NetworkAttributes() {
    }

    static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join("; ", values);
    }

    /** The lexical form of a value, or null when absent. */
    static String text(Object v) {
        return v == null ? null : v.toString();
    }
}
