package org.newsgraph.store;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * Where the time of one SELECT goes, in-process: parsing the text, planning (ARQ's algebra and its optimizer, what
 * {@code qparse --explain} prints), executing in TDB2 (every row read and every value decoded from the node table;
 * TDB2 reorders each basic pattern as it runs, so that part of planning is here), and writing the rows as SPARQL JSON
 * results. What a server adds on top (HTTP, Fuseki's dispatch) is the difference with a request's latency.
 */
public final class QueryTiming {

    /** One run, in nanoseconds, and the number of rows. */
    public record Breakdown(long parse, long plan, long execute, long serialize, long rows) {
        public long total() {
            return parse + plan + execute + serialize;
        }
    }

    private QueryTiming() {
    }

    /** Times one run of a SELECT with plain string values bound as {@link Store#query} binds them. */
    public static Breakdown run(Store store, String sparql, Map<String, String> literals) {
        DatasetGraph dsg = store.datasetGraph();
        long t0 = System.nanoTime();
        Query query = Store.parse(sparql);
        long t1 = System.nanoTime();
        return Txn.calculateRead(dsg, () -> {
            Op op = Algebra.optimize(Algebra.compile(query));
            long t2 = System.nanoTime();
            if (op == null) throw new IllegalStateException("no plan");
            QueryExecBuilder b = QueryExec.dataset(dsg).query(query);
            literals.forEach((k, v) -> b.substitution(k.startsWith("?") ? k.substring(1) : k, NodeFactory.createLiteralString(v)));
            org.apache.jena.sparql.exec.RowSetRewindable rows;
            long t3;
            java.util.ArrayList<Binding> kept = new java.util.ArrayList<>();
            try (QueryExec qe = b.build()) {
                RowSet rs = qe.select();
                List<Var> vars = rs.getResultVars();
                while (rs.hasNext()) {
                    Binding row = rs.next();
                    // decode every value, as writing the answer would
                    for (Var v : vars) row.get(v);
                    kept.add(row);
                }
                t3 = System.nanoTime();
                rows = org.apache.jena.sparql.exec.RowSetMem.create(RowSet.create(org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper.create(kept.iterator()), vars));
            }
            long t4 = System.nanoTime();
            ResultSetFormatter.outputAsJSON(OutputStream.nullOutputStream(), ResultSet.adapt(rows));
            long t5 = System.nanoTime();
            // the engine plans again when it builds the execution: count that once, as planning
            return new Breakdown(t1 - t0, t2 - t1, Math.max(0, (t3 - t2) - (t2 - t1)), t5 - t4, kept.size());
        });
    }
}
