package org.newsgraph.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.rdf.NG;

/**
 * Self-contained HTML pages for people: one page per resource, an index, and the ontology. Plain markup with
 * inline CSS and no scripts or external assets; every text from the store is escaped, and only http(s)
 * addresses become links.
 */
final class HtmlPages {

    private static final String CSS = """
            body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1b1b1b;background:#fff}
            header,main,footer{max-width:72rem;margin:0 auto;padding:0 1rem}
            header{border-bottom:1px solid #ccc}
            @media (max-width:640px){table{display:block;overflow-x:auto}main{padding:0 .5rem}form.filter label{display:block}}
            nav.pages a{margin-right:1rem}form.filter{margin:.5rem 0}
            figure{margin:1rem 0}figure svg{display:block;overflow:visible}figcaption{font-size:.85rem;color:#555}
            form.search{display:inline-flex;gap:.3rem;margin:.4rem 0;flex-wrap:wrap}
            form.search input{font:inherit;padding:.2rem .4rem;min-width:12rem}
            nav a{margin-right:1rem}
            a{color:#0645ad}
            a:focus{outline:3px solid #ffbf47}
            h1{margin:.6rem 0 .2rem}
            .kind{color:#555;margin:0 0 1rem}
            dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
            dt{font-weight:600}
            dd{margin:0}
            table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}
            th,td{border:1px solid #ccc;padding:.35rem .5rem;text-align:left;vertical-align:top}
            thead th{background:#f2f2f2}
            caption{text-align:left;font-weight:600;padding:.3rem 0}
            blockquote{margin:.3rem 0 .6rem;padding:.2rem .6rem;border-left:4px solid #999;background:#f7f7f7}
            ul.plain{padding-left:1.2rem}
            code{word-break:break-all}
            footer{color:#555;border-top:1px solid #ccc;margin-top:2rem;padding-top:.5rem}
            """;

    private final String base;

    HtmlPages(String base) {
        this.base = Objects.requireNonNull(base);
    }

    // ---- Resources

    String resource(Model m, String iri) {
        Resource r = m.getResource(iri);
        if (r.hasProperty(RDF.type, NG.Article)) return article(m, r);
        if (r.hasProperty(RDF.type, NG.Meeting)) return meeting(m, r);
        if (r.hasProperty(RDF.type, NG.MeetingReport)) return report(m, r);
        if (r.hasProperty(RDF.type, NG.Person) || r.hasProperty(RDF.type, NG.Organization) || r.hasProperty(RDF.type, NG.Place)) {
            return entity(m, r);
        }
        String title = label(r);
        return page(title, "<h1>" + esc(title) + "</h1>\n" + statements(r) + formats());
    }

    private String entity(Model m, Resource r) {
        String name = label(r);
        String kind = r.hasProperty(RDF.type, NG.Person) ? "Person" : r.hasProperty(RDF.type, NG.Organization) ? "Organization" : "Place";
        boolean isPlace = kind.equals("Place");
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(esc(name)).append("</h1>\n<p class=\"kind\">").append(kind).append("</p>\n<dl>\n");
        List<String> others = strings(r, SKOS.altLabel);
        List<String> labels = strings(r, RDFS.label);
        labels.remove(name);
        others.addAll(0, labels);
        if (!others.isEmpty()) dd(b, "Other names", esc(String.join(", ", others)));
        List<String> titles = strings(r, NG.title);
        if (!titles.isEmpty()) dd(b, titles.size() == 1 ? "Title" : "Titles", esc(String.join("; ", titles)));
        List<String> countries = links(objects(r, NG.country));
        if (!countries.isEmpty()) dd(b, "Country", String.join(", ", countries));
        List<String> wd = new ArrayList<>();
        for (Resource same : objects(r, OWL.sameAs)) {
            if (same.getURI().startsWith(NG.WIKIDATA)) {
                wd.add(externalLink(same.getURI(), same.getURI().substring(NG.WIKIDATA.length())));
            }
        }
        if (!wd.isEmpty()) dd(b, "Wikidata", String.join(", ", wd));
        dd(b, "IRI", "<code>" + esc(r.getURI()) + "</code>");
        b.append("</dl>\n");

        List<Resource> meetings = new ArrayList<>();
        m.listSubjectsWithProperty(RDF.type, NG.Meeting).forEachRemaining(x -> {
            if (x.hasProperty(NG.participant, r) || x.hasProperty(NG.location, r)) meetings.add(x);
        });
        meetings.sort(MEETING_ORDER);
        b.append(explore(r, meetings, isPlace, name));
        b.append("<h2 id=\"meetings\">Meetings (").append(meetings.size()).append(")</h2>\n");
        if (meetings.isEmpty()) {
            b.append("<p>No meetings recorded.</p>\n");
        } else {
            b.append("<table class=\"meetings\">\n<caption>Meetings ").append(isPlace ? "held in " : "of ").append(esc(name))
                    .append(", latest first</caption>\n<thead><tr><th scope=\"col\">Date</th><th scope=\"col\">")
                    .append(isPlace ? "Participants" : "With")
                    .append("</th><th scope=\"col\">Place</th><th scope=\"col\">Status</th><th scope=\"col\">Mode</th>"
                            + "<th scope=\"col\">Sources</th></tr></thead>\n<tbody>\n");
            for (Resource mt : meetings) {
                List<Resource> with = objects(mt, NG.participant);
                with.removeIf(x -> x.equals(r));
                b.append("<tr class=\"meeting\"><td>").append(link(mt, date(mt, NG.date, "undated"))).append("</td><td>")
                        .append(String.join(", ", links(with))).append("</td><td>")
                        .append(String.join(", ", links(objects(mt, NG.location)))).append("</td><td>")
                        .append(esc(String.join(", ", termLabels(objects(mt, NG.status))))).append("</td><td>")
                        .append(esc(String.join(", ", termLabels(objects(mt, NG.mode))))).append("</td><td>")
                        .append(sources(m, mt)).append("</td></tr>\n");
            }
            b.append("</tbody>\n</table>\n");
        }

        List<Resource> articles = new ArrayList<>();
        m.listSubjectsWithProperty(NG.mentions, r).forEachRemaining(articles::add);
        if (!articles.isEmpty()) {
            articles.sort(Comparator.comparing(this::label));
            b.append("<h2 id=\"mentions\">Mentioned in</h2>\n<ul class=\"plain\">\n");
            for (Resource a : articles) b.append("<li>").append(articleCitation(a)).append("</li>\n");
            b.append("</ul>\n");
        }
        b.append(statements(r)).append(formats());
        return page(name + " (" + kind.toLowerCase() + ")", b.toString());
    }

    /** The timeline of an entity's meetings and, for a person, the people they met. */
    private String explore(Resource r, List<Resource> meetings, boolean isPlace, String name) {
        List<Explorer.Item> items = new ArrayList<>();
        java.util.Map<String, Explorer.Neighbor> met = new java.util.TreeMap<>();
        for (Resource mt : meetings) {
            List<Resource> with = objects(mt, NG.participant);
            with.removeIf(x -> x.equals(r));
            List<String> statuses = termLabels(objects(mt, NG.status));
            String status = statuses.isEmpty() ? "" : statuses.get(0);
            String date = null;
            for (String d : strings(mt, NG.date)) if (date == null || d.length() > date.length()) date = d;
            String names = String.join(", ", with.stream().map(this::label).toList());
            String href = href(mt.getURI());
            if (date != null && href != null && date.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
                items.add(new Explorer.Item(href, date, status, (isPlace ? "" : "with ") + names));
            }
            if (!isPlace && mt.hasProperty(NG.status, NG.Happened)) {
                for (Resource o : with) {
                    String oh = o.isURIResource() ? href(o.getURI()) : null;
                    if (oh == null || !o.hasProperty(RDF.type, NG.Person) && !o.getURI().contains("/person/")) continue;
                    met.merge(o.getURI(), new Explorer.Neighbor(oh, label(o), 1),
                            (a, x) -> new Explorer.Neighbor(a.href(), a.label(), a.meetings() + 1));
                }
            }
        }
        StringBuilder b = new StringBuilder();
        if (!items.isEmpty()) b.append("<h2 id=\"timeline\">Timeline</h2>\n").append(Explorer.timeline(items));
        if (!met.isEmpty()) b.append("<h2 id=\"network\">Who ").append(esc(name)).append(" met</h2>\n")
                .append(Explorer.egoNetwork(name, new ArrayList<>(met.values())));
        return b.toString();
    }

    /** The reports of a meeting: article, and the sentence that says it. */
    private String sources(Model m, Resource meeting) {
        List<Resource> reports = objects(meeting, NG.report);
        if (reports.isEmpty()) return String.join(", ", links(objects(meeting, NG.reportedIn)));
        StringBuilder b = new StringBuilder("<ul class=\"plain sources\">");
        for (Resource rep : reports) {
            b.append("<li>");
            List<Resource> arts = objects(rep, NG.inArticle);
            for (Resource a : arts) b.append(articleCitation(a));
            for (String ev : strings(rep, NG.evidence)) b.append("<blockquote class=\"evidence\">").append(esc(ev)).append("</blockquote>");
            b.append("</li>");
        }
        return b.append("</ul>").toString();
    }

    /** An article's title linked to its page, with its original URL and date when known. */
    private String articleCitation(Resource a) {
        StringBuilder b = new StringBuilder(link(a, label(a)));
        String date = date(a, NG.schemaDatePublished, null);
        List<String> urls = new ArrayList<>();
        for (Resource u : objects(a, NG.schemaUrl)) urls.add(externalLink(u.getURI(), "original"));
        if (date != null || !urls.isEmpty()) {
            b.append(" <small>(");
            if (date != null) b.append(esc(date));
            if (date != null && !urls.isEmpty()) b.append(", ");
            b.append(String.join(", ", urls)).append(")</small>");
        }
        return b.toString();
    }

    private String meeting(Model m, Resource mt) {
        List<Resource> participants = objects(mt, NG.participant);
        String date = date(mt, NG.date, "undated");
        String title = "Meeting of " + String.join(", ", participants.stream().map(this::label).toList()) + ", " + date;
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(esc(title)).append("</h1>\n<p class=\"kind\">Meeting</p>\n<dl>\n");
        dd(b, "Participants", participants.isEmpty() ? "unknown" : String.join(", ", links(participants)));
        dd(b, "Date", esc(date));
        List<Resource> places = objects(mt, NG.location);
        if (!places.isEmpty()) dd(b, "Place", String.join(", ", links(places)));
        dd(b, "Status", esc(String.join(", ", termLabels(objects(mt, NG.status)))));
        List<Resource> modes = objects(mt, NG.mode);
        if (!modes.isEmpty()) dd(b, "Mode", esc(String.join(", ", termLabels(modes))));
        for (String n : strings(mt, NG.sourceCount)) dd(b, "Sources", esc(n));
        for (String why : strings(mt, NG.mergeReason)) dd(b, "How it was merged", esc(why));
        dd(b, "IRI", "<code>" + esc(mt.getURI()) + "</code>");
        b.append("</dl>\n<h2 id=\"reports\">Reports</h2>\n");
        List<Resource> reports = objects(mt, NG.report);
        if (reports.isEmpty()) b.append("<p>No reports recorded.</p>\n");
        // Wire copy repeats a sentence word for word: one block per sentence, with every article that carries it.
        java.util.Map<String, List<Resource>> bySentence = new java.util.LinkedHashMap<>();
        for (Resource rep : reports) {
            List<String> ev = strings(rep, NG.evidence);
            String key = ev.isEmpty() ? rep.getURI() : ev.get(0).strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
            bySentence.computeIfAbsent(key, k -> new ArrayList<>()).add(rep);
        }
        for (List<Resource> same : bySentence.values()) {
            String block = reportBlock(same.get(0));
            if (same.size() > 1) {
                List<String> also = new ArrayList<>();
                for (Resource rep : same.subList(1, same.size())) {
                    for (Resource a : objects(rep, NG.inArticle)) also.add(articleCitation(a));
                }
                block = block.replace("</section>\n", "<p class=\"also\">The same sentence also in: " + String.join("; ", also)
                        + "</p>\n</section>\n");
            }
            b.append(block);
        }
        b.append(statements(mt)).append(formats());
        return page(title, b.toString());
    }

    /** One report: its article, evidence sentence and what it says. */
    private String reportBlock(Resource rep) {
        StringBuilder b = new StringBuilder("<section class=\"report\">\n<h3>");
        List<Resource> arts = objects(rep, NG.inArticle);
        b.append(arts.isEmpty() ? link(rep, "Report") : String.join(", ", arts.stream().map(this::articleCitation).toList()));
        b.append("</h3>\n");
        for (String ev : strings(rep, NG.evidence)) b.append("<blockquote class=\"evidence\">").append(esc(ev)).append("</blockquote>\n");
        b.append("<dl>\n");
        List<Resource> ps = objects(rep, NG.reportedParticipant);
        if (!ps.isEmpty()) dd(b, "Participants", String.join(", ", links(ps)));
        String d = date(rep, NG.reportedDate, null);
        if (d != null) {
            List<String> expr = strings(rep, NG.dateExpression);
            dd(b, "Date", esc(d + (expr.isEmpty() ? "" : " (\u201c" + expr.get(0) + "\u201d)")));
        }
        List<Resource> places = objects(rep, NG.reportedLocation);
        if (!places.isEmpty()) dd(b, "Place", String.join(", ", links(places)));
        List<Resource> st = objects(rep, NG.reportedStatus);
        if (!st.isEmpty()) dd(b, "Status", esc(String.join(", ", termLabels(st))));
        List<Resource> md = objects(rep, NG.reportedMode);
        if (!md.isEmpty()) dd(b, "Mode", esc(String.join(", ", termLabels(md))));
        dd(b, "Report", link(rep, "details"));
        return b.append("</dl>\n</section>\n").toString();
    }

    private String report(Model m, Resource rep) {
        StringBuilder b = new StringBuilder("<h1>Meeting report</h1>\n<p class=\"kind\">What one article says about one meeting</p>\n");
        b.append(reportBlock(rep));
        List<Resource> meetings = new ArrayList<>();
        m.listSubjectsWithProperty(NG.report, rep).forEachRemaining(meetings::add);
        if (!meetings.isEmpty()) {
            b.append("<p>Merged into: ");
            b.append(String.join(", ", meetings.stream().map(x -> link(x, "meeting " + date(x, NG.date, "undated"))).toList()));
            b.append("</p>\n");
        }
        b.append(statements(rep)).append(formats());
        return page("Meeting report", b.toString());
    }

    private String article(Model m, Resource a) {
        String title = label(a);
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(esc(title)).append("</h1>\n<p class=\"kind\">Article</p>\n<dl>\n");
        for (Resource u : objects(a, NG.schemaUrl)) dd(b, "URL", externalLink(u.getURI(), u.getURI()));
        String date = date(a, NG.schemaDatePublished, null);
        if (date != null) dd(b, "Published", esc(date));
        TreeSet<String> outlets = new TreeSet<>(strings(a, DCTerms.source));
        outlets.addAll(strings(a, NG.schemaPublisher));
        if (!outlets.isEmpty()) dd(b, "Source", esc(String.join(", ", outlets)));
        for (String id : strings(a, DCTerms.identifier)) dd(b, "Identifier", esc(id));
        dd(b, "IRI", "<code>" + esc(a.getURI()) + "</code>");
        b.append("</dl>\n");

        List<Resource> meetings = new ArrayList<>();
        m.listSubjectsWithProperty(NG.reportedIn, a).forEachRemaining(meetings::add);
        meetings.sort(MEETING_ORDER);
        b.append("<h2 id=\"meetings\">Meetings it reports (").append(meetings.size()).append(")</h2>\n");
        if (!meetings.isEmpty()) {
            b.append("<table class=\"meetings\">\n<thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Participants</th>"
                    + "<th scope=\"col\">Place</th><th scope=\"col\">Status</th></tr></thead>\n<tbody>\n");
            for (Resource mt : meetings) {
                b.append("<tr class=\"meeting\"><td>").append(link(mt, date(mt, NG.date, "undated"))).append("</td><td>")
                        .append(String.join(", ", links(objects(mt, NG.participant)))).append("</td><td>")
                        .append(String.join(", ", links(objects(mt, NG.location)))).append("</td><td>")
                        .append(esc(String.join(", ", termLabels(objects(mt, NG.status))))).append("</td></tr>\n");
            }
            b.append("</tbody>\n</table>\n");
        }
        List<Resource> reports = new ArrayList<>();
        m.listSubjectsWithProperty(NG.inArticle, a).forEachRemaining(reports::add);
        reports.sort(Comparator.comparingInt(x -> x.hasProperty(NG.evidenceStart) ? x.getProperty(NG.evidenceStart).getInt() : 0));
        if (!reports.isEmpty()) {
            b.append("<h2 id=\"evidence\">Evidence</h2>\n");
            for (Resource rep : reports) {
                b.append("<blockquote class=\"evidence\">").append(esc(String.join(" ", strings(rep, NG.evidence))))
                        .append("</blockquote>\n<p>").append(link(rep, "report")).append(": ")
                        .append(String.join(", ", links(objects(rep, NG.reportedParticipant)))).append("</p>\n");
            }
        }
        List<Resource> mentioned = objects(a, NG.mentions);
        if (!mentioned.isEmpty()) {
            b.append("<h2 id=\"mentions\">Mentions</h2>\n");
            mentionList(b, "People", mentioned, x -> x.getURI().startsWith(base + "person/"));
            mentionList(b, "Organizations", mentioned, x -> x.getURI().startsWith(base + "organization/"));
            mentionList(b, "Places", mentioned, x -> x.getURI().startsWith(base + "place/"));
        }
        b.append(statements(a)).append(formats());
        return page(title, b.toString());
    }

    private void mentionList(StringBuilder b, String heading, List<Resource> all, Predicate<Resource> which) {
        List<Resource> some = all.stream().filter(which).sorted(Comparator.comparing(this::label)).toList();
        if (some.isEmpty()) return;
        b.append("<h3>").append(heading).append("</h3>\n<ul class=\"plain\">\n");
        for (Resource x : some) b.append("<li>").append(link(x, label(x))).append("</li>\n");
        b.append("</ul>\n");
    }

    /** Every statement about the resource, folded away, for the curious. */
    private String statements(Resource r) {
        List<Statement> st = r.listProperties().toList();
        st.sort(Comparator.comparing((Statement s) -> s.getPredicate().getURI()).thenComparing(s -> s.getObject().toString()));
        StringBuilder b = new StringBuilder("<details>\n<summary>All statements</summary>\n<table>\n"
                + "<thead><tr><th scope=\"col\">Property</th><th scope=\"col\">Value</th></tr></thead>\n<tbody>\n");
        for (Statement s : st) {
            b.append("<tr><td>").append(link(s.getPredicate(), qname(s.getPredicate()))).append("</td><td>");
            RDFNode o = s.getObject();
            if (o.isLiteral()) b.append(esc(o.asLiteral().getLexicalForm()));
            else if (o.isURIResource()) b.append(link(o.asResource(), label(o.asResource())));
            else b.append("[blank node]");
            b.append("</td></tr>\n");
        }
        return b.append("</tbody>\n</table>\n</details>\n").toString();
    }

    private static String formats() {
        return "<p class=\"formats\">This page as data: <a href=\"?format=ttl\" type=\"text/turtle\">Turtle</a>, "
                + "<a href=\"?format=jsonld\" type=\"application/ld+json\">JSON-LD</a>, "
                + "<a href=\"?format=nt\" type=\"application/n-triples\">N-Triples</a>.</p>\n";
    }

    // ---- Index and ontology

    /** The most rows one list of the index page shows. */
    static final int MAX_INDEX_ROWS = IndexFilter.PAGE_SIZE;

    String index(List<Describer.Entry> entries, List<Describer.ArticleEntry> articles) {
        Map<String, Long> totals = new HashMap<>();
        for (Describer.Entry e : entries) totals.merge(e.type(), 1L, Long::sum);
        return index(entries, totals, articles, articles.size());
    }

    /**
     * The index from the first rows of each list and the number of all (the derived lists keep only what the page
     * shows): entities of each type in order, most meetings first, and articles newest first.
     */
    String index(List<Describer.Entry> entries, Map<String, Long> totals, List<Describer.ArticleEntry> articles,
                 long articleTotal) {
        StringBuilder b = new StringBuilder("<h1>newsgraph: who met whom</h1>\n");
        b.append("<p>People, organizations and places in the graph, with the number of meetings each takes part in"
                + " (or, for places, hosts). Query everything with SPARQL in the <a href=\"/\">Fuseki UI</a>.</p>\n");
        b.append(filterForm(IndexFilter.of(k -> null)));
        indexTable(b, "People", NG.Person.getURI(), entries, totals.getOrDefault(NG.Person.getURI(), 0L));
        indexTable(b, "Organizations", NG.Organization.getURI(), entries, totals.getOrDefault(NG.Organization.getURI(), 0L));
        indexTable(b, "Places", NG.Place.getURI(), entries, totals.getOrDefault(NG.Place.getURI(), 0L));
        b.append("<h2 id=\"articles\">Articles (").append(articleTotal).append(")</h2>\n<ul class=\"plain\">\n");
        for (Describer.ArticleEntry a : articles.subList(0, Math.min(articles.size(), MAX_INDEX_ROWS))) {
            b.append("<li><a href=\"").append(esc(href(a.iri()))).append("\">")
                    .append(esc(a.title() == null ? a.iri() : a.title())).append("</a>");
            if (a.date() != null) b.append(" <small>").append(esc(a.date())).append("</small>");
            b.append("</li>\n");
        }
        b.append("</ul>\n");
        more(b, articleTotal);
        return page("newsgraph index", b.toString());
    }

    private void indexTable(StringBuilder b, String heading, String type, List<Describer.Entry> entries, long total) {
        List<Describer.Entry> rows = entries.stream().filter(e -> e.type().equals(type)).toList();
        String id = heading.toLowerCase();
        b.append("<h2 id=\"").append(id).append("\">").append(heading).append(" (").append(total).append(")</h2>\n");
        if (rows.isEmpty()) return;
        b.append("<table class=\"").append(id).append("\">\n<thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Meetings</th></tr></thead>\n<tbody>\n");
        for (Describer.Entry e : rows.subList(0, Math.min(rows.size(), MAX_INDEX_ROWS))) {
            b.append("<tr><td><a href=\"").append(esc(href(e.iri()))).append("\">").append(esc(e.label()))
                    .append("</a></td><td>").append(e.meetings()).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
        if (total > MAX_INDEX_ROWS) {
            b.append("<p class=\"more\">The first ").append(MAX_INDEX_ROWS).append(" of ").append(total)
                    .append(" are shown: <a href=\"").append(LinkedData.ID_PATH).append("?type=")
                    .append(type.substring(type.lastIndexOf('#') + 1).toLowerCase(java.util.Locale.ROOT))
                    .append("\">all ").append(esc(heading.toLowerCase(java.util.Locale.ROOT))).append(", page by page</a>.</p>\n");
        }
    }

    /** The form that narrows the index: type, status of the meetings, period. */
    private static String filterForm(IndexFilter f) {
        StringBuilder b = new StringBuilder("<form class=\"filter\" method=\"get\" action=\"" + LinkedData.ID_PATH + "\">");
        b.append("<label>Type <select name=\"type\"><option value=\"\">all</option>");
        for (String t : List.of("Person", "Organization", "Place")) {
            b.append("<option value=\"").append(t.toLowerCase(java.util.Locale.ROOT)).append('"')
                    .append(t.equals(f.type()) ? " selected" : "").append('>').append(t).append("</option>");
        }
        b.append("</select></label> <label>Meetings <select name=\"status\"><option value=\"\">any status</option>");
        for (String st : List.of("Happened", "Planned", "Postponed", "Cancelled")) {
            b.append("<option value=\"").append(st.toLowerCase(java.util.Locale.ROOT)).append('"')
                    .append(st.equals(f.status()) ? " selected" : "").append('>').append(st.toLowerCase(java.util.Locale.ROOT)).append("</option>");
        }
        b.append("</select></label> <label>from <input name=\"from\" size=\"10\" placeholder=\"2025-01\" value=\"")
                .append(esc(f.from())).append("\"></label> <label>to <input name=\"to\" size=\"10\" placeholder=\"2025-06-30\" value=\"")
                .append(esc(f.to())).append("\"></label> <button type=\"submit\">Show</button></form>\n");
        return b.toString();
    }

    /** One page of a selection of the index, with links to the pages before and after. */
    String selection(IndexFilter f, Describer.Page page) {
        StringBuilder b = new StringBuilder("<h1>newsgraph: who met whom</h1>\n").append(filterForm(f));
        String what = f.type() == null ? "People, organizations and places" : switch (f.type()) {
            case "Person" -> "People";
            case "Organization" -> "Organizations";
            default -> "Places";
        };
        b.append("<h2>").append(esc(what));
        if (f.status() != null) b.append(", meetings ").append(esc(f.status().toLowerCase(java.util.Locale.ROOT)));
        if (f.from() != null) b.append(", from ").append(esc(f.from()));
        if (f.to() != null) b.append(", to ").append(esc(f.to()));
        b.append(" (page ").append(f.page()).append(")</h2>\n");
        if (page.entries().isEmpty()) {
            b.append("<p>Nothing matches.</p>\n");
        } else {
            b.append("<table class=\"index\">\n<thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Type</th>"
                    + "<th scope=\"col\">Meetings</th></tr></thead>\n<tbody>\n");
            for (Describer.Entry e : page.entries()) {
                b.append("<tr><td><a href=\"").append(esc(href(e.iri()))).append("\">").append(esc(e.label()))
                        .append("</a></td><td>").append(esc(e.type().substring(e.type().lastIndexOf('#') + 1)))
                        .append("</td><td>").append(e.meetings()).append("</td></tr>\n");
            }
            b.append("</tbody>\n</table>\n");
        }
        b.append("<nav class=\"pages\" aria-label=\"Pages\">");
        if (f.page() > 1) b.append("<a rel=\"prev\" href=\"").append(esc(LinkedData.ID_PATH + f.query(f.page() - 1))).append("\">previous</a> ");
        if (page.more()) b.append("<a rel=\"next\" href=\"").append(esc(LinkedData.ID_PATH + f.query(f.page() + 1))).append("\">next</a>");
        b.append("</nav>\n");
        return page("newsgraph index: " + what, b.toString());
    }

    /** Pages stay small on a large store: past {@link #MAX_INDEX_ROWS} rows a list points to SPARQL. */
    private static void more(StringBuilder b, long total) {
        if (total <= MAX_INDEX_ROWS) return;
        b.append("<p class=\"more\">The first ").append(MAX_INDEX_ROWS).append(" of ").append(total)
                .append(" are shown; the <a href=\"/\">SPARQL endpoint</a> has them all.</p>\n");
    }

    /** The ontology: classes, properties and individuals with labels and comments; each term has its anchor. */
    static String ontology(Model onto) {
        StringBuilder b = new StringBuilder();
        Resource o = onto.getResource(Ontology.IRI);
        String title = o.hasProperty(DCTerms.title) ? o.getProperty(DCTerms.title).getString() : "newsgraph ontology";
        b.append("<h1>").append(esc(title)).append("</h1>\n");
        b.append("<p>Namespace <code>").append(esc(NG.NS)).append("</code> (prefix <code>ng:</code>). Download as "
                + "<a href=\"?format=ttl\" type=\"text/turtle\">Turtle</a>");
        if (Ontology.resource(Ontology.CONTEXT) != null) b.append(", JSON-LD context: <a href=\"/ns/context.jsonld\">context.jsonld</a>");
        b.append(".</p>\n");
        for (Statement c : o.listProperties(RDFS.comment).toList()) b.append("<p>").append(esc(c.getString())).append("</p>\n");
        termSection(b, onto, "Classes", OWL.Class);
        termSection(b, onto, "Object properties", OWL.ObjectProperty);
        termSection(b, onto, "Datatype properties", OWL.DatatypeProperty);
        termSection(b, onto, "Individuals", namedIndividual(onto));
        return page(title, b.toString());
    }

    private static Resource namedIndividual(Model m) {
        return m.createResource(OWL.NS + "NamedIndividual");
    }

    private static void termSection(StringBuilder b, Model onto, String heading, Resource type) {
        List<Resource> terms = new ArrayList<>();
        onto.listSubjectsWithProperty(RDF.type, type).forEachRemaining(t -> {
            if (t.isURIResource() && t.getURI().startsWith(NG.NS)) terms.add(t);
        });
        if (terms.isEmpty()) return;
        terms.sort(Comparator.comparing(Resource::getURI));
        b.append("<h2>").append(esc(heading)).append("</h2>\n");
        for (Resource t : terms) {
            String local = t.getURI().substring(NG.NS.length());
            b.append("<section class=\"term\" id=\"").append(esc(local)).append("\">\n<h3>ng:").append(esc(local));
            if (t.hasProperty(RDFS.label)) b.append(" <small>(").append(esc(t.getProperty(RDFS.label).getString())).append(")</small>");
            b.append("</h3>\n");
            for (Statement c : t.listProperties(RDFS.comment).toList()) b.append("<p>").append(esc(c.getString())).append("</p>\n");
            StringBuilder dl = new StringBuilder();
            termRefs(dl, "Subclass of", t, RDFS.subClassOf);
            termRefs(dl, "Subproperty of", t, RDFS.subPropertyOf);
            termRefs(dl, "Domain", t, RDFS.domain);
            termRefs(dl, "Range", t, RDFS.range);
            termRefs(dl, "Type", t, RDF.type);
            if (!dl.isEmpty()) b.append("<dl>\n").append(dl).append("</dl>\n");
            b.append("</section>\n");
        }
    }

    private static void termRefs(StringBuilder b, String what, Resource t, Property p) {
        List<String> refs = new ArrayList<>();
        for (Statement s : t.listProperties(p).toList()) {
            if (!s.getObject().isURIResource()) {
                refs.add("(a combination of classes)");
                continue;
            }
            String u = s.getResource().getURI();
            if (u.startsWith(NG.NS)) refs.add("<a href=\"#" + esc(u.substring(NG.NS.length())) + "\">ng:" + esc(u.substring(NG.NS.length())) + "</a>");
            else refs.add(externalLink(u, qname(s.getResource())));
        }
        if (!refs.isEmpty()) dd(b, what, String.join(", ", refs));
    }

    static String errorPage(int status, String message) {
        return page("Error " + status, "<h1>" + status + "</h1>\n<p>" + esc(message) + "</p>\n<p><a href=\"/id/\">Index</a></p>\n");
    }

    // ---- Helpers

    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + esc(title) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n"
                + "<header><nav aria-label=\"Site\"><a href=\"/id/\">Index</a><a href=\"/\">SPARQL (Fuseki UI)</a>"
                + "<a href=\"/ns\">Ontology</a></nav>"
                + "<form class=\"search\" role=\"search\" action=\"" + SearchServlet.PATH + "\" method=\"get\">"
                + "<input type=\"search\" name=\"q\" aria-label=\"Search names\" placeholder=\"Search a name\">"
                + "<button type=\"submit\">Search</button></form></header>\n<main>\n" + body + "</main>\n"
                + "<footer>newsgraph: who met whom, where and when, as reported in the news.</footer>\n</body>\n</html>\n";
    }

    /** The answer of a name search. */
    String search(String query, List<NameIndex.Hit> hits) {
        StringBuilder b = new StringBuilder("<h1>Search</h1>\n");
        if (query.isEmpty()) {
            b.append("<p>Type a name: a person, organization or place, in any spelling.</p>\n");
            return page("Search", b.toString());
        }
        b.append("<p>").append(hits.size()).append(hits.size() == 1 ? " match" : " matches").append(" for <q>")
                .append(esc(query)).append("</q>.</p>\n");
        if (!hits.isEmpty()) {
            b.append("<table class=\"results\">\n<thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Type</th>"
                    + "<th scope=\"col\">Meetings</th></tr></thead>\n<tbody>\n");
            for (NameIndex.Hit h : hits) {
                String link = href(h.entry().iri());
                b.append("<tr><td><a href=\"").append(esc(link == null ? h.entry().iri() : link)).append("\">")
                        .append(esc(h.entry().label())).append("</a></td><td>").append(esc(h.entry().type()))
                        .append("</td><td>").append(h.entry().meetings()).append("</td></tr>\n");
            }
            b.append("</tbody>\n</table>\n");
        }
        return page("Search: " + query, b.toString());
    }

    /** Escapes text for HTML element content and quoted attribute values. */
    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static void dd(StringBuilder b, String term, String html) {
        b.append("<dt>").append(esc(term)).append("</dt><dd>").append(html).append("</dd>\n");
    }

    /** Where a link to {@code iri} should point: this server for its own resources and ontology terms. */
    String href(String iri) {
        if (iri.startsWith(base)) return LinkedData.ID_PATH + iri.substring(base.length());
        if (iri.startsWith(NG.NS)) return "/ns#" + iri.substring(NG.NS.length());
        if (iri.startsWith("http://") || iri.startsWith("https://")) return iri;
        return null;
    }

    private String link(Resource r, String text) {
        String h = r.isURIResource() ? href(r.getURI()) : null;
        return h == null ? esc(text) : "<a href=\"" + esc(h) + "\">" + esc(text) + "</a>";
    }

    private List<String> links(List<Resource> rs) {
        List<Resource> sorted = new ArrayList<>(rs);
        sorted.sort(Comparator.comparing(this::label));
        return sorted.stream().map(x -> link(x, label(x))).toList();
    }

    private static String externalLink(String url, String text) {
        if (!(url.startsWith("http://") || url.startsWith("https://"))) return esc(text);
        return "<a href=\"" + esc(url) + "\" rel=\"noopener noreferrer\">" + esc(text) + "</a>";
    }

    /** The resource's name: its smallest rdfs:label, an article's title, or the end of its IRI. */
    String label(Resource r) {
        List<String> ls = strings(r, RDFS.label);
        if (!ls.isEmpty()) return ls.get(0);
        List<String> ts = strings(r, DCTerms.title);
        if (!ts.isEmpty()) return ts.get(0);
        if (!r.isURIResource()) return "[blank node]";
        String termLabel = Ontology.label(r.getURI());
        if (termLabel != null) return termLabel;
        String u = r.getURI();
        int cut = Math.max(u.lastIndexOf('/'), u.lastIndexOf('#'));
        String tail = cut >= 0 && cut < u.length() - 1 ? u.substring(cut + 1) : u;
        try {
            return java.net.URLDecoder.decode(tail.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return tail;
        }
    }

    private static List<String> termLabels(List<Resource> terms) {
        List<String> out = new ArrayList<>();
        for (Resource t : terms) {
            String l = t.isURIResource() ? Ontology.label(t.getURI()) : null;
            out.add(l != null ? l : t.isURIResource() ? t.getLocalName() : "?");
        }
        return out;
    }

    private static String qname(Resource r) {
        String u = r.getURI();
        for (var e : NG.PREFIXES.entrySet()) {
            if (u.startsWith(e.getValue()) && u.length() > e.getValue().length()) return e.getKey() + ":" + u.substring(e.getValue().length());
        }
        return u;
    }

    private static List<String> strings(Resource r, Property p) {
        TreeSet<String> out = new TreeSet<>();
        for (Statement s : r.listProperties(p).toList()) {
            if (s.getObject().isLiteral()) out.add(s.getLiteral().getLexicalForm());
        }
        return new ArrayList<>(out);
    }

    private static List<Resource> objects(Resource r, Property p) {
        List<Resource> out = new ArrayList<>();
        for (Statement s : r.listProperties(p).toList()) {
            if (s.getObject().isResource() && !out.contains(s.getResource())) out.add(s.getResource());
        }
        out.sort(Comparator.comparing(x -> x.isURIResource() ? x.getURI() : ""));
        return out;
    }

    /** A date-like literal's lexical form (dateTime cut to the date), or the fallback. */
    private static String date(Resource r, Property p, String fallback) {
        List<String> ds = strings(r, p);
        if (ds.isEmpty()) return fallback;
        String d = ds.get(0);
        return d.length() > 10 && d.charAt(10) == 'T' ? d.substring(0, 10) : d;
    }

    /** Latest first; undated last. */
    private static final Comparator<Resource> MEETING_ORDER = Comparator
            .comparing((Resource x) -> date(x, NG.date, ""), Comparator.reverseOrder())
            .thenComparing(x -> x.getURI() == null ? "" : x.getURI());
}
