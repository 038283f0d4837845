package org.newsgraph.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Precomputed answers of the whole-graph canned queries (who met whom, meetings not held, meeting evidence): the
 * rows of the query that defines each one ({@code /lists/NAME.rq}, run on the derived graphs), in its order, kept
 * in a derived graph of their own ({@link Iris#listGraph}). Each row carries its rank and its values (one triple
 * per bound variable, predicate {@link #COLUMN_NS} + the variable's name); rows are grouped in chunks of
 * {@link #CHUNK} by rank, so that a page of rows is found by scanning the few chunk ranks, not by sorting every row.
 * The canned queries in {@code queries/} read these graphs and give the same rows in the same order. A definition
 * with a LIMIT (the index page's lists) keeps only its first rows, and counts them all.
 */
public final class Lists {
    /** The names of the precomputed answers (and of the canned queries that read them). */
    public static final List<String> NAMES = List.of("who-met-whom", "meetings-not-held", "meeting-evidence",
            "index-person", "index-organization", "index-place", "index-articles");
    /** Rows per chunk: the page size the explorer and clients use. */
    public static final int CHUNK = 100;
    /** Where a row's values are: the column of variable {@code v} is {@code COLUMN_NS + v}. */
    public static final String COLUMN_NS = "https://w3id.org/newsgraph/ns/column#";

    private static final Map<String, Query> DEFINITIONS = new java.util.concurrent.ConcurrentHashMap<>();

    private Lists() {
    }

    /** The query that defines a list, for the given instance base (its graph IRIs written under that base). */
    public static Query definition(String name, Iris iris) {
        Query base = DEFINITIONS.computeIfAbsent(name, Lists::load);
        if (iris.base().equals(Iris.DEFAULT_BASE)) return base;
        return QueryFactory.create(base.serialize().replace(Iris.DEFAULT_BASE, iris.base()));
    }

    private static synchronized Query load(String name) {
        if (!NAMES.contains(name)) throw new IllegalArgumentException("no such list: " + name);
        try (InputStream in = Lists.class.getResourceAsStream("/lists/" + name + ".rq")) {
            if (in == null) throw new IllegalStateException("not on the class path: /lists/" + name + ".rq");
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every list's graph, by name, from a dataset whose derived graphs are up to date (inside the caller's transaction). */
    public static Map<String, Graph> derive(DatasetGraph dsg, Iris iris) {
        return derive(iris, q -> QueryExec.dataset(dsg).query(q).build());
    }

    /** Every list's graph, by name, running each definition with {@code exec} (on a local dataset or an endpoint). */
    public static Map<String, Graph> derive(Iris iris, Function<Query, QueryExec> exec) {
        Map<String, Graph> out = new LinkedHashMap<>();
        for (String name : NAMES) {
            Query q = definition(name, iris);
            Query all = q;
            if (q.hasLimit()) {
                all = q.cloneQuery();
                all.setLimit(Query.NOLIMIT);
            }
            try (QueryExec qe = exec.apply(all)) {
                out.put(name, graph(name, iris, q, qe.select()));
            }
        }
        return out;
    }

    /** The graph of one list from its definition's rows (all of them, LIMIT aside), read in order. */
    public static Graph graph(String name, Iris iris, Query definition, RowSet rows) {
        List<Var> vars = definition.getProjectVars();
        Map<Var, String> concatenated = separators(definition);
        Graph g = GraphFactory.createDefaultGraph();
        Node list = NodeFactory.createURI(iris.list(name));
        Map<String, Integer> seen = new HashMap<>();
        int rank = 0;
        Node chunk = null;
        long kept = definition.hasLimit() ? definition.getLimit() : Long.MAX_VALUE;
        while (rows.hasNext()) {
            Binding b = rows.next();
            if (rank >= kept) {
                rank++;
                continue;
            }
            List<Node> values = new ArrayList<>();
            StringBuilder key = new StringBuilder(name);
            for (Var v : vars) {
                Node n = b.get(v);
                if (n != null && concatenated.containsKey(v) && n.isLiteral()) n = sortedParts(n, concatenated.get(v));
                values.add(n);
                key.append('\n').append(v.getVarName()).append('=').append(n == null ? "" : NodeFmtLib.strNT(n));
            }
            // identical rows (possible in principle) get distinct IRIs by their occurrence
            int dup = seen.merge(key.toString(), 1, Integer::sum);
            Node row = NodeFactory.createURI(iris.listRow(name, dup == 1 ? key.toString() : key + "\n#" + dup));
            if (rank % CHUNK == 0) {
                chunk = NodeFactory.createURI(iris.listChunk(name, rank / CHUNK));
                g.add(Triple.create(chunk, NG.firstRank.asNode(), integer(rank)));
            }
            g.add(Triple.create(chunk, NG.row.asNode(), row));
            g.add(Triple.create(row, NG.rank.asNode(), integer(rank)));
            for (int i = 0; i < vars.size(); i++) {
                if (values.get(i) != null) {
                    g.add(Triple.create(row, NodeFactory.createURI(COLUMN_NS + vars.get(i).getVarName()), values.get(i)));
                }
            }
            rank++;
        }
        // an empty answer leaves no trace, so that a store without articles is empty
        if (rank > 0) g.add(Triple.create(list, NG.rowCount.asNode(), integer(rank)));
        return g;
    }

    /**
     * The separators of the projected GROUP_CONCATs: the order of their parts is the plan's, so the stored value
     * has its parts sorted, and the same store gives the same list whichever engine computed it.
     */
    private static Map<Var, String> separators(Query q) {
        Map<Var, String> out = new HashMap<>();
        for (Var v : q.getProjectVars()) {
            Expr e = q.getProject().getExpr(v);
            if (!(e instanceof ExprAggregator ea)) continue;
            Aggregator a = ea.getAggregator();
            if (a instanceof AggGroupConcat c) out.put(v, c.getSeparator() == null ? " " : c.getSeparator());
            if (a instanceof AggGroupConcatDistinct c) out.put(v, c.getSeparator() == null ? " " : c.getSeparator());
        }
        return out;
    }

    private static Node sortedParts(Node literal, String separator) {
        String s = literal.getLiteralLexicalForm();
        if (separator.isEmpty() || !s.contains(separator)) return literal;
        String[] parts = s.split(java.util.regex.Pattern.quote(separator), -1);
        Arrays.sort(parts);
        return NodeFactory.createLiteralString(String.join(separator, parts));
    }

    private static Node integer(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
    }
}
