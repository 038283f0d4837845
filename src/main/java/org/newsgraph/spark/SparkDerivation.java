package org.newsgraph.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.Optional;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.MeetingMode;
import org.newsgraph.extract.MeetingStatus;
import org.newsgraph.rdf.Derivation;
import org.newsgraph.rdf.Derivation.ArticleRows;
import org.newsgraph.rdf.Derivation.ReportRow;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.resolve.entities.EntityNaming;
import org.newsgraph.resolve.entities.EntityUnifier;
import org.newsgraph.resolve.entities.Identities;
import org.newsgraph.resolve.merge.MeetingMerger;
import org.newsgraph.resolve.merge.MergedMeeting;
import org.newsgraph.resolve.merge.ReportFacts;
import scala.Tuple2;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The derivation of {@code load --derive} as Spark stages, so that nothing global needs one machine's memory: the
 * meeting reports as a Parquet table ({@code OUT/reports}); entity resolution grouped by
 * {@link EntityUnifier#groupKeys} (connected groups found by passing the smallest IRI along shared keys), each group
 * resolved by the very same {@link EntityUnifier}; the reports, their entities made canonical, grouped by their
 * participants' key and merged by the very same {@link MeetingMerger}; the derived graphs written as N-Quads in
 * {@code OUT/meetings} and {@code OUT/entities}. Only the places' countries (bounded by the gazetteer) are broadcast.
 */
final class SparkDerivation {
    /** Each round passes the smallest IRI one step further along the keys; a group's diameter is a few steps. */
    static final int MAX_ROUNDS = 50;

    static final StructType REPORTS = new StructType()
            .add("report", DataTypes.StringType, false)
            .add("article", DataTypes.StringType, false)
            .add("published", DataTypes.StringType, true)
            .add("participants", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("persons", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("place", DataTypes.StringType, true)
            .add("date", DataTypes.StringType, true)
            .add("status", DataTypes.StringType, false)
            .add("mode", DataTypes.StringType, true)
            .add("position", DataTypes.IntegerType, false);

    private SparkDerivation() {
    }

    /** What the derivation wrote. */
    record Counts(long reports, long meetings, long entities) {
    }

    /** One entity IRI's outcome of resolution: its canonical IRI, label, why it is that one, other names when canonical. */
    record Resolved(String iri, EntityType type, String canonical, String label, String reason, List<String> otherNames)
            implements java.io.Serializable {
        /** The part of {@link Identities} that writing this IRI reads. */
        Identities identities() {
            Map<String, List<String>> others = otherNames == null ? Map.of() : Map.of(iri, otherNames);
            return new Identities(new TreeMap<>(Map.of(iri, canonical)), label == null ? Map.of() : Map.of(iri, label),
                    others, reason == null ? new TreeMap<>() : new TreeMap<>(Map.of(iri, reason)));
        }
    }

    static Counts run(JavaSparkContext sc, JavaRDD<ArticleRows> articles, String output, Iris iris) {
        String base = iris.base(); // tasks mint IRIs under it (Iris is not serializable)
        SparkSession spark = SparkSession.builder().getOrCreate(); // on the running context (no options: none to ignore)
        // the reports as a table: the cross-article merge reads them back from it
        spark.createDataFrame(articles.flatMap(a -> a.reports().iterator()).map(SparkDerivation::toRow), REPORTS)
                .write().parquet(output + "/reports");
        // with its schema: a table of no reports has no file to read one from
        JavaRDD<ReportRow> reports = spark.read().schema(REPORTS).parquet(output + "/reports").javaRDD().map(SparkDerivation::fromRow);

        // entity resolution, group by group
        JavaPairRDD<String, EntityNaming> raw = articles.flatMap(a -> a.namings().iterator()).mapToPair(n -> new Tuple2<>(n.iri(), n));
        JavaPairRDD<String, String> qidOf = raw.filter(n -> n._2().qid() != null).mapValues(EntityNaming::qid)
                .reduceByKey(SparkDerivation::min);
        // every naming of an IRI carries the smallest QID any article gives it, as the store-wide derivation reads them
        JavaPairRDD<String, EntityNaming> namings = raw.leftOuterJoin(qidOf).mapValues(v -> {
            EntityNaming n = v._1();
            return new EntityNaming(n.iri(), n.type(), n.name(), v._2().orElse(null), n.article());
        }).persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<String, String> keys = namings.groupByKey().flatMapToPair(e -> {
            EntityNaming first = e._2().iterator().next();
            List<String> names = new ArrayList<>();
            e._2().forEach(n -> names.add(n.name()));
            List<Tuple2<String, String>> out = new ArrayList<>();
            for (String k : EntityUnifier.groupKeys(first.type(), first.qid(), names)) out.add(new Tuple2<>(e._1(), k));
            return out.iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<String, String> group = groups(namings.keys().distinct(), keys);
        JavaPairRDD<String, Resolved> resolved = namings.join(group)
                .mapToPair(e -> new Tuple2<>(e._2()._2(), e._2()._1()))
                .groupByKey()
                .flatMapToPair(g -> resolve(g._2()).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK_SER());

        // each place's country, both made canonical (smallest if several): bounded by the gazetteer, so broadcast
        JavaPairRDD<String, String> canonical = resolved.mapValues(Resolved::canonical);
        Map<String, String> countries = articles.flatMap(a -> a.countries().iterator())
                .mapToPair(l -> new Tuple2<>(l.from(), l.to()))
                .leftOuterJoin(canonical).mapToPair(e -> new Tuple2<>(e._2()._1(), e._2()._2().orElse(e._1())))
                .leftOuterJoin(canonical).mapToPair(e -> new Tuple2<>(e._2()._1(), e._2()._2().orElse(e._1())))
                .reduceByKey(SparkDerivation::min).collectAsMap();
        Broadcast<Map<String, String>> countryOf = sc.broadcast(new HashMap<>(countries));

        // the entities graph, IRI by IRI
        JavaPairRDD<String, Set<String>> wikidata = namings.values().filter(n -> n.qid() != null)
                .mapToPair(n -> new Tuple2<>(n.iri(), NG.WIKIDATA + n.qid())).distinct()
                .join(canonical).mapToPair(e -> new Tuple2<>(e._2()._2(), e._2()._1()))
                .aggregateByKey(new TreeSet<String>(), (s, v) -> { s.add(v); return s; }, (a, b) -> { a.addAll(b); return a; })
                .mapValues(s -> (Set<String>) s);
        JavaPairRDD<String, Set<String>> alts = articles.flatMap(a -> a.altLabels().iterator())
                .mapToPair(l -> new Tuple2<>(l.from(), l.to()))
                .aggregateByKey(new TreeSet<String>(), (s, v) -> { s.add(v); return s; }, (a, b) -> { a.addAll(b); return a; })
                .mapValues(s -> (Set<String>) s);
        JavaRDD<String> entities = resolved.leftOuterJoin(wikidata).leftOuterJoin(alts).map(e -> {
            Resolved r = e._2()._1()._1();
            Set<String> wd = e._2()._1()._2().orElse(Set.of());
            Set<String> alt = e._2()._2().orElse(Set.of());
            return Derivation.entityNQuads(r.iri(), r.type(), r.identities(), countryOf.value().get(r.iri()), wd, alt,
                    new Iris(base)).stripTrailing();
        });
        entities.saveAsTextFile(output + "/entities", GzipCodec.class);

        // the meetings: reports with canonical entities, grouped by their participants, merged group by group
        JavaPairRDD<String, ReportRow> byReport = reports.mapToPair(r -> new Tuple2<>(r.iri(), r));
        JavaPairRDD<String, Resolved> named = byReport.flatMapToPair(e -> {
            List<Tuple2<String, String>> out = new ArrayList<>();
            for (String p : e._2().participants()) out.add(new Tuple2<>(p, e._1()));
            if (e._2().place() != null) out.add(new Tuple2<>(e._2().place(), e._1()));
            return out.iterator();
        }).join(resolved).mapToPair(e -> new Tuple2<>(e._2()._1(), e._2()._2()));
        JavaPairRDD<String, Tuple2<ReportRow, Optional<Iterable<Resolved>>>> withEntities = byReport.leftOuterJoin(named.groupByKey());
        JavaPairRDD<String, Iterable<Tuple2<ReportRow, List<Resolved>>>> byParticipants = withEntities.mapToPair(e -> {
            ReportRow r = e._2()._1();
            List<Resolved> ents = new ArrayList<>();
            e._2()._2().orElse(List.of()).forEach(ents::add);
            Map<String, String> canon = new HashMap<>();
            for (Resolved x : ents) canon.put(x.iri(), x.canonical());
            TreeSet<String> key = new TreeSet<>();
            for (String p : r.participants()) key.add(canon.getOrDefault(p, p));
            return new Tuple2<>(String.join(" ", key), new Tuple2<>(r, ents));
        }).groupByKey();
        JavaRDD<String> meetings = byParticipants.mapPartitions(groups -> merge(groups, countryOf.value(), new Iris(base)));
        meetings.persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            meetings.saveAsTextFile(output + "/meetings", GzipCodec.class);
            return new Counts(reports.count(), meetings.count(), resolved.count());
        } finally {
            meetings.unpersist(false);
            namings.unpersist(false);
            keys.unpersist(false);
            resolved.unpersist(false);
        }
    }

    /**
     * Connected groups of IRIs that share keys: each IRI's group is the smallest IRI it reaches. Each round, a key
     * takes the smallest group of its IRIs and an IRI the smallest of its keys', until nothing changes.
     */
    static JavaPairRDD<String, String> groups(JavaRDD<String> iris, JavaPairRDD<String, String> keys) {
        JavaPairRDD<String, String> byKey = keys.mapToPair(Tuple2::swap).persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<String, String> group = iris.mapToPair(i -> new Tuple2<>(i, i)).persist(StorageLevel.MEMORY_AND_DISK_SER());
        for (int round = 0; round < MAX_ROUNDS; round++) {
            JavaPairRDD<String, String> keyGroup = keys.join(group).mapToPair(e -> e._2()).reduceByKey(SparkDerivation::min);
            JavaPairRDD<String, String> next = byKey.join(keyGroup).mapToPair(e -> e._2())
                    .union(group).reduceByKey(SparkDerivation::min)
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            long changed = next.join(group).filter(e -> !e._2()._1().equals(e._2()._2())).count();
            group.unpersist(false);
            group = next;
            if (changed == 0) {
                byKey.unpersist(false);
                return group;
            }
        }
        throw new IllegalStateException("entity groups did not settle in " + MAX_ROUNDS + " rounds");
    }

    /** One group's namings resolved by the single-machine rules: a row per entity IRI. */
    static List<Tuple2<String, Resolved>> resolve(Iterable<EntityNaming> group) {
        List<EntityNaming> namings = new ArrayList<>();
        group.forEach(namings::add);
        Identities ids = new EntityUnifier().resolve(namings);
        Map<String, EntityType> typeOf = new HashMap<>();
        for (EntityNaming n : namings) typeOf.putIfAbsent(n.iri(), n.type());
        List<Tuple2<String, Resolved>> out = new ArrayList<>();
        ids.canonicalOf().forEach((iri, canon) -> out.add(new Tuple2<>(iri, new Resolved(iri, typeOf.get(iri), canon,
                ids.labelOf().get(iri), ids.reasonOf().get(iri), iri.equals(canon) ? ids.otherNames().get(iri) : null))));
        return out;
    }

    /** The groups of one partition merged into meetings (one merger for all), each meeting as N-Quads. */
    static Iterator<String> merge(Iterator<Tuple2<String, Iterable<Tuple2<ReportRow, List<Resolved>>>>> groups,
                                  Map<String, String> countryOf, Iris iris) {
        MeetingMerger merger = new MeetingMerger(countryOf);
        List<String> out = new ArrayList<>();
        while (groups.hasNext()) {
            List<ReportFacts> facts = new ArrayList<>();
            Map<String, Set<String>> identified = new HashMap<>();
            Map<String, String> canonicalOf = new TreeMap<>();
            Map<String, String> labelOf = new HashMap<>();
            Map<String, String> reasonOf = new TreeMap<>();
            Set<String> persons = new TreeSet<>();
            for (Tuple2<ReportRow, List<Resolved>> r : groups.next()._2()) {
                for (Resolved x : r._2()) {
                    canonicalOf.put(x.iri(), x.canonical());
                    if (x.label() != null) {
                        labelOf.put(x.iri(), x.label());
                        labelOf.put(x.canonical(), x.label());
                    }
                    if (x.reason() != null) reasonOf.put(x.iri(), x.reason());
                }
                for (String p : r._1().persons()) persons.add(canonicalOf.getOrDefault(p, p));
                ReportFacts f = Derivation.toFacts(r._1(), p -> canonicalOf.getOrDefault(p, p), identified);
                if (f != null) facts.add(f);
            }
            Identities ids = new Identities(new TreeMap<>(canonicalOf), labelOf, Map.of(), new TreeMap<>(reasonOf));
            for (MergedMeeting m : merger.merge(facts)) out.add(Derivation.meetingNQuads(m, iris, persons, ids, identified).stripTrailing());
        }
        return out.iterator();
    }

    static Row toRow(ReportRow r) {
        // a Row holds an array column as a Scala sequence
        return RowFactory.create(r.iri(), r.article(), r.published(), CollectionConverters.asScala(r.participants()),
                CollectionConverters.asScala(r.persons()), r.place(), r.date(),
                r.status().name(), r.mode() == null ? null : r.mode().name(), r.position());
    }

    static ReportRow fromRow(Row row) {
        return new ReportRow(row.getString(0), row.getString(1), row.getString(2), row.getList(3), row.getList(4),
                row.getString(5), row.getString(6), MeetingStatus.valueOf(row.getString(7)),
                row.isNullAt(8) ? null : MeetingMode.valueOf(row.getString(8)), row.getInt(9));
    }

    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
