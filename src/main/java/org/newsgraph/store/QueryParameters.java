package org.newsgraph.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Values for the variables of a query, given as text (e.g. on the command line) and bound as RDF terms,
 * never pasted into the query text.
 *
 * <ul>
 *   <li>{@code <https://example.org/x>}: an IRI;</li>
 *   <li>{@code "2025"^^xsd:gYear} or {@code "7"^^<http://www.w3.org/2001/XMLSchema#integer>}: a typed literal
 *       (the lexical form must be valid for the type);</li>
 *   <li>{@code "Lisboa"@pt}: a literal with a language tag;</li>
 *   <li>anything else: a plain string literal, exactly as given (quotes, braces and keywords included).</li>
 * </ul>
 *
 * <p>Plain strings go to {@link Store#query(String, Map, Store.ResultFormat, java.io.OutputStream)}, which binds
 * them at execution; other terms replace their variable in the parsed query (Jena's syntax transform), and the
 * query is written out again by Jena's serializer.
 */
public final class QueryParameters {

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final Pattern TYPED = Pattern.compile("\"(.*)\"\\^\\^(\\S+)", Pattern.DOTALL);
    private static final Pattern LANG = Pattern.compile("\"(.*)\"@([A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*)", Pattern.DOTALL);

    /** A value that is not a well-formed term, or a name that is not a SPARQL variable name. */
    public static final class InvalidParameterException extends StoreException {
        public InvalidParameterException(String message) {
            super(message);
        }
    }

    /** A query ready to run: its text (terms already in place) and the plain strings still to bind. */
    public record Bound(String sparql, Map<String, String> literals) {
        public Bound {
            Objects.requireNonNull(sparql, "sparql");
            literals = Map.copyOf(literals);
        }
    }

    private QueryParameters() {
    }

    /** The variables a query mentions anywhere (patterns, filters, projection, ordering), without '?', sorted. */
    public static Set<String> variables(String sparql) {
        Query q = parse(sparql);
        Set<String> names = new TreeSet<>();
        for (Var v : OpVars.mentionedVars(Algebra.compile(q))) {
            // Jena names its own variables (aggregates, blank nodes) with a leading '.' or '?'.
            if (Var.isNamedVar(v)) names.add(v.getVarName());
        }
        for (Var v : q.getProjectVars()) names.add(v.getVarName());
        return names;
    }

    /** The RDF term a textual value stands for (see the class comment). */
    public static Node term(String value) {
        Objects.requireNonNull(value, "value");
        if (value.startsWith("<") && value.endsWith(">") && value.length() > 2) {
            String iri = value.substring(1, value.length() - 1);
            try {
                IRIx x = IRIx.create(iri);
                if (!x.isReference() || iri.chars().anyMatch(c -> c <= ' ' || "<>\"{}|^`\\".indexOf(c) >= 0)) {
                    throw new InvalidParameterException("not an absolute IRI: " + value);
                }
            } catch (IRIException e) {
                throw new InvalidParameterException("not an IRI: " + value + " (" + e.getMessage() + ")");
            }
            return NodeFactory.createURI(iri);
        }
        Matcher typed = TYPED.matcher(value);
        if (typed.matches()) {
            RDFDatatype dt = datatype(typed.group(2));
            String lex = typed.group(1);
            if (!dt.isValid(lex)) throw new InvalidParameterException("\"" + lex + "\" is not a valid " + typed.group(2));
            return NodeFactory.createLiteralDT(lex, dt);
        }
        Matcher lang = LANG.matcher(value);
        if (lang.matches()) return NodeFactory.createLiteralLang(lang.group(1), lang.group(2));
        return NodeFactory.createLiteralString(value);
    }

    private static RDFDatatype datatype(String ref) {
        String iri;
        if (ref.startsWith("<") && ref.endsWith(">")) {
            iri = ref.substring(1, ref.length() - 1);
        } else if (ref.startsWith("xsd:")) {
            iri = XSDDatatype.XSD + "#" + ref.substring(4);
        } else {
            throw new InvalidParameterException("unknown datatype " + ref + " (write xsd:NAME or <IRI>)");
        }
        RDFDatatype dt = TypeMapper.getInstance().getTypeByName(iri);
        if (dt == null) throw new InvalidParameterException("unknown datatype " + ref);
        return dt;
    }

    /**
     * The names that page through a query's rows when the query has no variable of that name: {@code limit=100}
     * and {@code offset=200} set the query's LIMIT (never raising one it has) and OFFSET.
     */
    public static final Set<String> PAGING = Set.of("limit", "offset");

    /**
     * Binds {@code values} (variable name, with or without '?', to textual value) in {@code sparql}. Names must
     * be variables of the query or {@link #PAGING} names: see {@link #unknown(String, Set)}.
     */
    public static Bound bind(String sparql, Map<String, String> values) {
        values = pageDefaults(sparql, values);
        Map<Var, Node> terms = new LinkedHashMap<>();
        Map<String, String> literals = new LinkedHashMap<>();
        Map<String, Long> paging = paging(sparql, values);
        for (Map.Entry<String, String> e : values.entrySet()) {
            String name = name(e.getKey());
            if (paging.containsKey(name)) continue;
            Node t = term(e.getValue());
            if (t.isLiteral() && t.getLiteralLanguage().isEmpty()
                    && t.getLiteralDatatype().equals(XSDDatatype.XSDstring) && t.getLiteralLexicalForm().equals(e.getValue())) {
                literals.put(name, e.getValue());
            } else {
                terms.put(Var.alloc(name), t);
            }
        }
        if (terms.isEmpty() && paging.isEmpty()) return new Bound(sparql, literals);
        try {
            Query q = page(terms.isEmpty() ? parse(sparql) : QueryTransformOps.replaceVars(parse(sparql), terms), paging);
            return new Bound(q.serialize(), literals);
        } catch (QueryException e) {
            throw new InvalidQueryException("cannot bind " + terms.keySet() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The query with every value in place, written out by Jena's serializer from the parsed query (so a value
     * can never change the query's structure), for sending to a SPARQL endpoint, which takes only text.
     */
    public static String inline(String sparql, Map<String, String> values) {
        values = pageDefaults(sparql, values);
        Map<Var, Node> terms = new LinkedHashMap<>();
        Map<String, Long> paging = paging(sparql, values);
        values.forEach((k, v) -> {
            if (!paging.containsKey(name(k))) terms.put(Var.alloc(name(k)), term(v));
        });
        try {
            return page(QueryTransformOps.replaceVars(parse(sparql), terms), paging).serialize();
        } catch (QueryException e) {
            throw new InvalidQueryException("cannot bind " + terms.keySet() + ": " + e.getMessage(), e);
        }
    }

    /** The names in {@code names} that are neither variables of the query nor paging names (sorted), for a clear usage error. */
    public static Set<String> unknown(String sparql, Set<String> names) {
        Set<String> vars = variables(sparql);
        Set<String> missing = new TreeSet<>();
        for (String n : names) {
            if (!vars.contains(name(n)) && !PAGING.contains(name(n))) missing.add(name(n));
        }
        return missing;
    }

    /** The largest page a query that pages by its own variables is given when only its offset is. */
    static final String UNBOUNDED_LIMIT = "1000000000";

    /**
     * For a query that pages by its own {@code ?limit} and {@code ?offset} (the whole-graph canned queries): when one
     * is given, the other too (offset 0, or no limit). A filter that mentions a variable left unbound cannot run
     * before the patterns that bind its other variables, so with one alone the query would read every row first.
     */
    private static Map<String, String> pageDefaults(String sparql, Map<String, String> values) {
        boolean limit = false;
        boolean offset = false;
        for (String k : values.keySet()) {
            String n = k.startsWith("?") || k.startsWith("$") ? k.substring(1) : k;
            limit |= n.equals("limit");
            offset |= n.equals("offset");
        }
        if (limit == offset) return values;
        Set<String> vars = variables(sparql);
        if (!vars.contains("limit") || !vars.contains("offset")) return values;
        Map<String, String> out = new LinkedHashMap<>(values);
        if (limit) out.put("offset", "0");
        else out.put("limit", UNBOUNDED_LIMIT);
        return out;
    }

    /** The paging values among {@code values}: names in {@link #PAGING} that are not variables of the query. */
    private static Map<String, Long> paging(String sparql, Map<String, String> values) {
        Map<String, Long> out = new LinkedHashMap<>();
        Set<String> vars = null;
        for (Map.Entry<String, String> e : values.entrySet()) {
            String name = name(e.getKey());
            if (!PAGING.contains(name)) continue;
            if (vars == null) vars = variables(sparql);
            if (vars.contains(name)) {
                // a query that pages by its own ?limit and ?offset (the whole-graph canned queries) reads a plain
                // value as a number: check it as the LIMIT it stands for, so that a typo is an error, not every row
                Node t = term(e.getValue());
                if (t.isLiteral() && t.getLiteralDatatype().equals(XSDDatatype.XSDstring)) pageValue(name, e.getValue());
                continue;
            }
            out.put(name, pageValue(name, e.getValue()));
        }
        return out;
    }

    private static long pageValue(String name, String value) {
        long n;
        try {
            n = Long.parseLong(value.strip());
        } catch (NumberFormatException x) {
            throw new InvalidParameterException(name + " must be a whole number, not " + value);
        }
        if (n < 0 || (name.equals("limit") && n == 0)) throw new InvalidParameterException(name + " out of range: " + n);
        return n;
    }

    private static Query page(Query q, Map<String, Long> paging) {
        Long limit = paging.get("limit");
        Long offset = paging.get("offset");
        if (limit != null) q.setLimit(q.hasLimit() ? Math.min(q.getLimit(), limit) : limit);
        if (offset != null) q.setOffset(offset);
        return q;
    }

    private static String name(String key) {
        String n = key.startsWith("?") || key.startsWith("$") ? key.substring(1) : key;
        if (!NAME.matcher(n).matches()) throw new InvalidParameterException("not a variable name: " + key);
        return n;
    }

    private static Query parse(String sparql) {
        try {
            return QueryFactory.create(sparql);
        } catch (QueryException e) {
            throw new InvalidQueryException("invalid SPARQL query: " + e.getMessage(), e);
        }
    }
}
