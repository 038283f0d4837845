package org.newsgraph.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.rdf.Derivation;
import org.newsgraph.rdf.FactsMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.Lists;
import org.newsgraph.rdf.NG;
import org.newsgraph.resolve.ArticleFacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TDB2 store: one named graph per article, derived graphs of canonical meetings and of entity
 * identities, and a union default graph for queries. Thread-safe; TDB2 allows one process per folder.
 */
public final class Store implements AutoCloseable {
    private static final String SHAPES = "/ontology/shapes.ttl";
    private static final Logger log = LoggerFactory.getLogger(Store.class);

    private final Dataset dataset;
    private final Iris iris;
    private final FactsMapper mapper;
    private final boolean persistent;
    private volatile boolean closed;

    private Store(Dataset dataset, Iris iris, boolean persistent) {
        this.dataset = dataset;
        this.iris = iris;
        this.mapper = new FactsMapper(iris);
        this.persistent = persistent;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens (creating if needed) a store folder; throws StoreLockedException when another process holds it. */
    public static Store open(Path dir) {
        return open(dir, Iris.DEFAULT);
    }

    /** As {@link #open(Path)}, minting IRIs under the given instance base. */
    public static Store open(Path dir, Iris iris) {
        Objects.requireNonNull(dir, "dir");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create store folder " + dir + ": " + e.getMessage(), e);
        }
        try {
            Dataset ds = TDB2Factory.connectDataset(Location.create(dir.toAbsolutePath().toString()));
            // Touch the database so that a lock held elsewhere shows up here, not at the first write.
            Txn.executeRead(ds, () -> ds.asDatasetGraph().isEmpty());
            Store store = new Store(ds, iris, true);
            // an ingest that stopped between its batches and its final derivation left the derived graphs stale
            if (store.deriveIfStale()) {
                log.info("re-derived the meetings and entities of {} after an interrupted ingest", dir);
            } else if (store.listsMissing()) {
                // a store written before the precomputed answers existed: add them once
                store.derive();
                log.info("derived the precomputed answers (graph/lists/) of {}", dir);
            }
            return store;
        } catch (RuntimeException e) {
            if (isLockFailure(e)) {
                throw new StoreLockedException("The store folder " + dir + " is in use by another process "
                        + "(TDB2 allows one process per folder), for example a running server. Stop it, or send "
                        + "the articles to the running server with `ingest --endpoint URL`.", e);
            }
            throw new StoreException("cannot open store " + dir + ": " + e.getMessage(), e);
        }
    }

    private static boolean isLockFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AlreadyLocked) return true;
            String m = t.getMessage();
            // TDB2 reports "Failed to get a lock: file=.../tdb.lock: held by process N".
            if (m != null && (m.contains("tdb.lock") || m.toLowerCase().contains("locked"))) return true;
        }
        return false;
    }

    /** A store in memory, for tests and tools. */
    public static Store inMemory() {
        return inMemory(Iris.DEFAULT);
    }

    public static Store inMemory(Iris iris) {
        return new Store(TDB2Factory.createDataset(), iris, false);
    }

    public Iris iris() {
        return iris;
    }

    /**
     * Replaces each article's named graph as a whole and re-derives the canonical meetings, in one
     * write transaction: a crash leaves the store as it was before the call.
     */
    public void putArticles(List<ArticleFacts> articles) {
        write(articles, true);
    }

    /**
     * Replaces the articles' graphs but leaves the derived graphs for {@link #deriveIfStale()}, marking them
     * stale in the same transaction. Ingest writes its batches so and derives once at the end: deriving after
     * every batch made ingest quadratic. A store left stale by a crash is re-derived when next opened.
     */
    public void putArticlesDeferred(List<ArticleFacts> articles) {
        write(articles, false);
    }

    /** Which of Jena's TDB2 bulk loaders {@link #load} uses. */
    public enum Loader {
        /** All indexes at once on several threads: the fastest, for a machine with cores to spare. */
        PARALLEL,
        /** Primary indexes first, then the others: fewer threads and less memory. */
        PHASED,
        /** One ordinary transaction: for small inputs. */
        BASIC
    }

    /** What {@link #load} did. */
    public record LoadResult(int files, long quads, int graphsReplaced) {
    }

    /**
     * Adds N-Quads files (gzip or not, told by their first bytes) to the store with Jena's TDB2 bulk loader.
     * A named graph that the input carries and the store already has is replaced as a whole, as ingest replaces
     * an article's graph: those graphs are deleted first (one pass over the input finds them). The loader runs
     * its own transactions: a load that fails part way may leave part of the input in the store.
     * Nothing is derived here; see {@link #derive()}.
     */
    public LoadResult load(List<Path> files, Loader loader) {
        Objects.requireNonNull(loader, "loader");
        for (Path f : files) {
            if (!Files.isRegularFile(f)) throw new StoreException("cannot load " + f + ": not a file");
        }
        DatasetGraph dsg = dataset.asDatasetGraph();
        int replaced = 0;
        if (!Txn.calculateRead(dataset, dsg::isEmpty)) {
            Set<Node> graphs = new HashSet<>();
            for (Path f : files) {
                parse(f, new StreamRDFBase() {
                    @Override
                    public void quad(Quad q) {
                        if (!q.isDefaultGraph()) graphs.add(q.getGraph());
                    }
                });
            }
            replaced = Txn.calculateWrite(dataset, () -> {
                int n = 0;
                for (Node g : graphs) {
                    if (!dsg.find(g, Node.ANY, Node.ANY, Node.ANY).hasNext()) continue;
                    dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                    n++;
                }
                return n;
            });
        }
        MonitorOutput monitor = (fmt, args) -> {
            if (log.isDebugEnabled()) log.debug(String.format(fmt, args));
        };
        DataLoader dl = switch (loader) {
            case PARALLEL -> LoaderFactory.parallelLoader(dsg, monitor);
            case PHASED -> LoaderFactory.phasedLoader(dsg, monitor);
            case BASIC -> LoaderFactory.basicLoader(dsg, monitor);
        };
        dl.startBulk();
        try {
            for (Path f : files) {
                try (InputStream in = openInput(f)) {
                    dl.loadFromInputStream(f.toString(), in, Lang.NQUADS);
                }
            }
            dl.finishBulk();
        } catch (IOException | RuntimeException e) {
            dl.finishException(e);
            if (e instanceof RiotException r) {
                throw new StoreException("cannot load: " + r.getMessage(), r);
            }
            if (e instanceof IOException io) throw new StoreException("cannot load: " + io.getMessage(), io);
            throw (RuntimeException) e;
        }
        Txn.executeWrite(dataset, () -> NG.PREFIXES.forEach((p, u) -> dsg.prefixes().add(p, u)));
        // derived graphs loaded as they were written (the Spark job's): the precomputed answers read them
        if (listsMissing()) deriveLists();
        return new LoadResult(files.size(), dl.countQuads() + dl.countTriples(), replaced);
    }

    private static void parse(Path f, StreamRDF sink) {
        try (InputStream in = openInput(f)) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(sink);
        } catch (IOException e) {
            throw new StoreException("cannot read " + f + ": " + e.getMessage(), e);
        } catch (RiotException e) {
            throw new StoreException("cannot load " + f + ": " + e.getMessage(), e);
        }
    }

    /** The file's bytes, gunzipped when they start with gzip's magic number (whatever the file's name). */
    private static InputStream openInput(Path f) throws IOException {
        BufferedInputStream in = new BufferedInputStream(Files.newInputStream(f), 1 << 16);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        if (b1 == 0x1f && b2 == 0x8b) return new GZIPInputStream(in, 1 << 16);
        return in;
    }

    /** Recomputes the meetings and entities graphs from the articles' graphs, in one write transaction. */
    public void derive() {
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            rederive(dsg);
            dsg.deleteAny(STATE, Node.ANY, Node.ANY, Node.ANY);
        });
    }

    /** Computes the precomputed answers (graph/lists/) from the derived graphs as they are. */
    private void deriveLists() {
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            writeLists(dsg, Lists.derive(dsg, iris));
        });
    }

    /** Writes the precomputed answers, each in its graph; returns the triples changed. */
    private int writeLists(DatasetGraph dsg, Map<String, Graph> lists) {
        int changed = 0;
        for (Map.Entry<String, Graph> e : lists.entrySet())
            changed += replace(dsg, NodeFactory.createURI(iris.listGraph(e.getKey())), e.getValue());
        return changed;
    }

    /** Whether the store has derived meetings but no precomputed answers (a store from before they existed). */
    private boolean listsMissing() {
        Node meetings = NodeFactory.createURI(iris.meetingsGraph());
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            if (!dsg.find(meetings, Node.ANY, Node.ANY, Node.ANY).hasNext()) return false;
            // an answer with no rows leaves no graph; these two have rows whenever there are meetings
            for (String name : List.of("meeting-evidence", "index-articles")) {
                if (!dsg.contains(NodeFactory.createURI(iris.listGraph(name)), NodeFactory.createURI(iris.list(name)),
                        NG.rowCount.asNode(), Node.ANY)) return true;
            }
            return false;
        });
    }

    /** Re-derives meetings and entities if a deferred write left them stale; true when it did. */
    public boolean deriveIfStale() {
        if (!Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().contains(STATE, STORE, STALE, TRUE))) return false;
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            rederive(dsg);
            dsg.deleteAny(STATE, Node.ANY, Node.ANY, Node.ANY);
        });
        return true;
    }

    // the stale marker lives in a graph of its own, only while derived graphs lag behind the articles
    private static final Node STATE = NodeFactory.createURI("urn:x-newsgraph:state");
    private static final Node STORE = NodeFactory.createURI("urn:x-newsgraph:store");
    private static final Node STALE = NodeFactory.createURI("urn:x-newsgraph:derivedGraphsStale");
    private static final Node TRUE = NodeFactory.createLiteralByValue(Boolean.TRUE);

    private void write(List<ArticleFacts> articles, boolean derive) {
        List<Map.Entry<Node, Graph>> graphs = new ArrayList<>();
        for (ArticleFacts f : articles) {
            graphs.add(Map.entry(NodeFactory.createURI(iris.articleGraph(f.article().id())), mapper.toGraph(f)));
        }
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            NG.PREFIXES.forEach((p, u) -> dsg.prefixes().add(p, u));
            for (Map.Entry<Node, Graph> e : graphs) {
                Node g = e.getKey();
                dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                e.getValue().find().forEachRemaining(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
            }
            if (derive) {
                rederive(dsg);
                dsg.deleteAny(STATE, Node.ANY, Node.ANY, Node.ANY);
            } else {
                dsg.add(STATE, STORE, STALE, TRUE);
            }
        });
    }

    /** Removes one article's graph and re-derives the meetings; false when no such article. */
    public boolean removeArticle(String articleId) {
        return removeArticles(List.of(articleId)).isEmpty();
    }

    /**
     * Removes the named graphs of the given articles and re-derives meetings and entities, in one write
     * transaction. Returns the ids that name no stored article (nothing is done for those).
     */
    public List<String> removeArticles(List<String> articleIds) {
        return Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            List<String> unknown = new ArrayList<>();
            boolean removed = false;
            for (String id : articleIds) {
                Node g = NodeFactory.createURI(iris.articleGraph(id));
                if (!dsg.find(g, Node.ANY, Node.ANY, Node.ANY).hasNext()) {
                    if (!unknown.contains(id)) unknown.add(id);
                    continue;
                }
                dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                removed = true;
            }
            if (removed) rederive(dsg);
            return unknown;
        });
    }

    /** Recomputes the derived graphs (meetings, entities) from all articles; call inside a write transaction. */
    private void rederive(DatasetGraph dsg) {
        long start = System.nanoTime();
        Derivation.Derived d = Derivation.derive(dsg, iris);
        long derived = System.nanoTime();
        int changed = replace(dsg, NodeFactory.createURI(iris.meetingsGraph()), d.meetings())
                + replace(dsg, NodeFactory.createURI(iris.entitiesGraph()), d.entities());
        long written = System.nanoTime();
        // the precomputed answers read the derived graphs just written (this transaction sees its own writes)
        Map<String, Graph> lists = Lists.derive(dsg, iris);
        long listed = System.nanoTime();
        changed += writeLists(dsg, lists);
        if (log.isDebugEnabled()) {
            log.debug("derived graphs recomputed in {} ms, written in {} ms; lists computed in {} ms, written in {} ms;"
                    + " {} triples changed", (derived - start) / 1_000_000, (written - derived) / 1_000_000,
                    (listed - written) / 1_000_000, (System.nanoTime() - listed) / 1_000_000, changed);
        }
    }

    /**
     * Writes only the difference: most derived triples stay the same from one batch to the next, and rewriting
     * a whole graph each time made ingest quadratic in the store's size.
     */
    private static int replace(DatasetGraph dsg, Node g, Graph content) {
        Set<Triple> old = new HashSet<>();
        dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> old.add(q.asTriple()));
        List<Triple> added = new ArrayList<>();
        content.find().forEachRemaining(t -> {
            if (!old.remove(t)) added.add(t);
        });
        for (Triple t : old) dsg.delete(g, t.getSubject(), t.getPredicate(), t.getObject());
        for (Triple t : added) dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject());
        return old.size() + added.size();
    }

    /** Triples in all graphs. */
    public long size() {
        return Txn.calculateRead(dataset, () -> (long) Iter.count(dataset.asDatasetGraph().find()));
    }

    /** The ids of the stored articles, sorted. */
    public List<String> articleIds() {
        String q = """
                PREFIX ng: <https://w3id.org/newsgraph/ns#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT DISTINCT ?id WHERE { GRAPH ?g { ?a a ng:Article ; dcterms:identifier ?id } } ORDER BY ?id
                """;
        return Txn.calculateRead(dataset, () -> {
            List<String> ids = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
                qe.execSelect().forEachRemaining(s -> ids.add(s.getLiteral("id").getLexicalForm()));
            }
            return ids;
        });
    }

    /** Runs a SPARQL query over the union default graph and writes the answer in the given format. */
    public void query(String sparql, ResultFormat format, OutputStream out) {
        query(sparql, Map.of(), format, out);
    }

    /**
     * As {@link #query(String, ResultFormat, OutputStream)}, with variables bound to plain string literals
     * before execution (e.g. {@code name → "Ada Brook"} for {@code ?name}); values are never pasted into the text.
     * SELECT answers go out as a table, CSV, TSV or SPARQL 1.1 JSON results; ASK as a boolean in that format;
     * CONSTRUCT and DESCRIBE as Turtle.
     */
    public void query(String sparql, Map<String, String> literalParams, ResultFormat format, OutputStream out) {
        Query query = parse(sparql);
        Txn.executeRead(dataset, () -> {
            QueryExecutionDatasetBuilder b = QueryExecution.dataset(dataset).query(query);
            literalParams.forEach((k, v) -> b.substitution(k.startsWith("?") ? k.substring(1) : k,
                    ResourceFactory.createStringLiteral(v)));
            try (QueryExecution qe = b.build()) {
                write(query, qe, format, out);
            }
        });
        flush(out);
    }

    static Query parse(String sparql) {
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            throw new InvalidQueryException("invalid SPARQL query: " + e.getMessage(), e);
        }
    }

    static void write(Query query, QueryExecution qe, ResultFormat format, OutputStream out) {
        if (query.isSelectType()) {
            ResultSet rs = qe.execSelect();
            switch (format) {
                case TABLE -> ResultSetFormatter.out(out, rs, query);
                case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
                case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
                case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
            }
        } else if (query.isAskType()) {
            boolean yes = qe.execAsk();
            switch (format) {
                case TABLE -> {
                    PrintStream p = new PrintStream(out, true, StandardCharsets.UTF_8);
                    p.println(yes ? "yes" : "no");
                    p.flush();
                }
                case CSV -> ResultSetFormatter.outputAsCSV(out, yes);
                case TSV -> ResultSetFormatter.outputAsTSV(out, yes);
                case JSON -> ResultSetFormatter.outputAsJSON(out, yes);
            }
        } else if (query.isConstructType() || query.isDescribeType()) {
            Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            RDFDataMgr.write(out, m, RDFFormat.TURTLE_PRETTY);
        } else {
            throw new InvalidQueryException("unsupported query form", null);
        }
    }

    /** Writes the whole store: Turtle as the union of all graphs; TriG, N-Quads and JSON-LD with the named graphs. */
    public void export(ExportFormat format, OutputStream out) {
        Txn.executeRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            switch (format) {
                case TURTLE -> {
                    Graph g = copyUnion(dsg);
                    NG.PREFIXES.forEach((p, u) -> g.getPrefixMapping().setNsPrefix(p, u));
                    RDFDataMgr.write(out, g, RDFFormat.TURTLE_PRETTY);
                }
                case TRIG -> RDFDataMgr.write(out, dsg, RDFFormat.TRIG_PRETTY);
                case NQUADS -> RDFDataMgr.write(out, dsg, Lang.NQUADS);
                case JSONLD -> RDFDataMgr.write(out, dsg, Lang.JSONLD);
            }
        });
        flush(out);
    }

    /**
     * Checks the union of all graphs against the SHACL shapes shipped in {@code /ontology/shapes.ttl}.
     * Entities get their one rdfs:label from the derived entities graph, however differently articles name them.
     */
    public ValidationResult validate() {
        Graph g = Txn.calculateRead(dataset, () -> copyUnion(dataset.asDatasetGraph()));
        return validate(g);
    }

    /** Checks all graphs of any dataset (e.g. one read from a server) against the project's SHACL shapes. */
    public static ValidationResult validate(DatasetGraph dsg) {
        return validate(Txn.calculateRead(dsg, () -> copyUnion(dsg)));
    }

    /** Checks any graph against the project's SHACL shapes. */
    public static ValidationResult validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes(), data);
        List<String> lines = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            String path = e.resultPath() == null ? "" : " " + e.resultPath();
            lines.add(severity(e.severity()) + ": " + FmtUtils.stringForNode(e.focusNode()) + path + ": " + e.message());
        }
        lines.sort(null);
        return new ValidationResult(report.conforms(), lines);
    }

    private static String severity(Severity s) {
        return s == null ? "Violation" : s.level().getLocalName();
    }

    private static volatile Shapes shapes;

    private static Shapes shapes() {
        if (shapes == null) {
            try (InputStream in = Store.class.getResourceAsStream(SHAPES)) {
                if (in == null) throw new StoreException("SHACL shapes not found on the class path: " + SHAPES);
                shapes = Shapes.parse(RDFParser.source(in).lang(Lang.TURTLE).toGraph());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shapes;
    }

    static Graph copyUnion(DatasetGraph dsg) {
        Graph g = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(g, dsg.getUnionGraph());
        GraphUtil.addInto(g, dsg.getDefaultGraph());
        return g;
    }

    private static void flush(OutputStream out) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dataset, with the union default graph enabled, for serving over SPARQL. */
    public DatasetGraph datasetGraph() {
        return dataset.asDatasetGraph();
    }

    /**
     * Closes the store. A folder store is released from this JVM's TDB2 cache, which frees its lock for
     * other processes: open one Store per folder per process.
     */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        if (persistent) {
            // Releases the folder's lock so that another process may open it.
            TDBInternal.expel(dataset.asDatasetGraph());
        } else {
            dataset.close();
        }
    }

    public enum ResultFormat { TABLE, CSV, TSV, JSON }

    public enum ExportFormat { TURTLE, TRIG, NQUADS, JSONLD }
}
