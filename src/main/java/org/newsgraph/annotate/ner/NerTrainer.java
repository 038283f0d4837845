package org.newsgraph.annotate.ner;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the project's English name finder (person, organization, place) from one or more corpora.
 *
 * <p>Each corpus is split on its own: the last {@code heldOutFraction} of its sentences (a fixed tail,
 * so whole documents stay on one side) is held out, the rest is trained on. Training is single-threaded
 * and reads the corpora in the order given, so the same data and settings give the same model.
 *
 * <pre>{@code
 * NerTrainer t = NerTrainer.builder().corpus(Path.of("gmb.csv")).heldOutFraction(0.1).build();
 * TrainingReport r = t.train();
 * r.print(System.out);
 * t.save(Path.of("newsgraph-ner-en.bin"));
 * }</pre>
 */
public final class NerTrainer {
    private static final Logger LOG = LoggerFactory.getLogger(NerTrainer.class);

    /** OpenNLP's maximum-entropy (GIS) or perceptron trainer. */
    public enum Algorithm { MAXENT, PERCEPTRON }

    /**
     * DEFAULT is OpenNLP's default name-finder feature set; EXTENDED adds the current word's prefixes and
     * suffixes and a word-and-class window, which helps with unseen names.
     */
    public enum Features { DEFAULT, EXTENDED }

    private record Corpus(Path path, CorpusFormat format) {
    }

    private final List<Corpus> corpora;
    private final double heldOutFraction;
    private final int iterations;
    private final int cutoff;
    private final Algorithm algorithm;
    private final Features features;
    private final int beamSize;
    private TokenNameFinderModel model;

    private NerTrainer(Builder b) {
        corpora = List.copyOf(b.corpora);
        heldOutFraction = b.heldOutFraction;
        iterations = b.iterations;
        cutoff = b.cutoff;
        algorithm = b.algorithm;
        features = b.features;
        beamSize = b.beamSize;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Shortcut: default settings (10% held out) on the given corpora, formats detected. */
    public static NerTrainer of(Path... corpora) {
        Builder b = builder();
        for (Path p : corpora) b.corpus(p);
        return b.build();
    }

    public static final class Builder {
        private final List<Corpus> corpora = new ArrayList<>();
        private double heldOutFraction = 0.1;
        private int iterations = 100;
        private int cutoff = 2;
        private Algorithm algorithm = Algorithm.MAXENT;
        private Features features = Features.EXTENDED;
        private int beamSize = 1;

        private Builder() {
        }

        public Builder corpus(Path file) {
            return corpus(file, CorpusFormat.AUTO);
        }

        public Builder corpus(Path file, CorpusFormat format) {
            if (file == null || format == null) throw new IllegalArgumentException("corpus file and format required");
            corpora.add(new Corpus(file, format));
            return this;
        }

        /** Share of each corpus held out for evaluation, in [0, 0.9]; 0 trains on everything. */
        public Builder heldOutFraction(double f) {
            if (!(f >= 0 && f <= 0.9)) throw new IllegalArgumentException("held-out fraction must be in [0, 0.9]");
            heldOutFraction = f;
            return this;
        }

        public Builder iterations(int n) {
            if (n < 1) throw new IllegalArgumentException("iterations must be >= 1");
            iterations = n;
            return this;
        }

        /** Features seen fewer than this many times are dropped. */
        public Builder cutoff(int c) {
            if (c < 0) throw new IllegalArgumentException("cutoff must be >= 0");
            cutoff = c;
            return this;
        }

        public Builder algorithm(Algorithm a) {
            algorithm = Objects.requireNonNull(a);
            return this;
        }

        public Builder features(Features f) {
            features = Objects.requireNonNull(f);
            return this;
        }

        /** Candidate tag sequences kept while decoding (stored in the model); 1 is greedy and fastest. */
        public Builder beamSize(int n) {
            if (n < 1) throw new IllegalArgumentException("beam size must be >= 1");
            beamSize = n;
            return this;
        }

        public NerTrainer build() {
            if (corpora.isEmpty()) throw new IllegalArgumentException("at least one corpus required");
            return new NerTrainer(this);
        }
    }

    /** The settings as one line, for reports and the model README. */
    public String settings() {
        return String.format(Locale.ROOT, "algorithm=%s iterations=%d cutoff=%d features=%s beam=%d heldOut=%.2f (tail of each corpus)",
                algorithm, iterations, cutoff, features, beamSize, heldOutFraction);
    }

    /** Reads the corpora, trains, evaluates on the held-out parts; the model is then ready to {@link #save}. */
    public TrainingReport train() {
        List<NameSample> training = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<List<NameSample>> heldOut = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Corpus c : corpora) {
            List<NameSample> all = CorpusReader.read(c.path(), c.format());
            int held = (int) Math.round(all.size() * heldOutFraction);
            int cut = all.size() - held;
            training.addAll(all.subList(0, cut));
            List<NameSample> tail = new ArrayList<>(all.subList(cut, all.size()));
            if (!tail.isEmpty()) tail.set(0, restart(tail.get(0)));
            String name = c.path().getFileName().toString();
            while (!seen.add(name)) name = name + "'";
            names.add(name);
            heldOut.add(tail);
            LOG.info("{}: {} sentences, {} for training, {} held out", name, all.size(), cut, held);
        }
        if (training.isEmpty()) throw new NerTrainingException("no training sentences in " + corpora);
        int trainingTokens = training.stream().mapToInt(s -> s.getSentence().length).sum();

        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, algorithm.name());
        params.put(TrainingParameters.TRAINER_TYPE_PARAM, "Event");
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        params.put("BeamSize", beamSize);
        long t0 = System.nanoTime();
        try {
            TokenNameFinderFactory factory = TokenNameFinderFactory.create(null,
                    features == Features.EXTENDED ? EXTENDED_FEATURES.getBytes(StandardCharsets.UTF_8) : null,
                    Collections.emptyMap(), new BioCodec());
            model = NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(training), params, factory);
        } catch (IOException e) {
            throw new NerTrainingException("training failed", e);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - t0);

        List<CorpusEvaluation> evaluations = new ArrayList<>();
        List<NameSample> allHeld = new ArrayList<>();
        for (int i = 0; i < heldOut.size(); i++) {
            if (heldOut.get(i).isEmpty()) continue;
            evaluations.add(evaluate(names.get(i), heldOut.get(i)));
            allHeld.addAll(heldOut.get(i));
        }
        CorpusEvaluation combined = allHeld.isEmpty() ? null : evaluate("all held-out", allHeld);
        double speed = allHeld.isEmpty() ? 0 : tokensPerSecond(allHeld);
        return new TrainingReport(settings(), training.size(), trainingTokens, took, evaluations, combined, speed);
    }

    /** Writes the trained model (the file {@code Annotator} loads from /models/newsgraph-ner-en.bin). */
    public void save(Path file) {
        if (model == null) throw new IllegalStateException("train() first");
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            try (OutputStream out = Files.newOutputStream(file)) {
                model.serialize(out);
            }
        } catch (IOException e) {
            throw new NerTrainingException("cannot write model " + file, e);
        }
    }

    /** A finder over the trained model, for tests and tools in this package. */
    NameFinderME finder() {
        if (model == null) throw new IllegalStateException("train() first");
        return new NameFinderME(model);
    }

    /** Scores the trained model on any samples (exact span and type match). */
    CorpusEvaluation evaluate(String name, List<NameSample> samples) {
        NameFinderME finder = new NameFinderME(model);
        String[] types = {NerTypes.PERSON, NerTypes.ORGANIZATION, NerTypes.PLACE};
        int[] tp = new int[3];
        int[] predicted = new int[3];
        int[] gold = new int[3];
        int tokens = 0;
        for (NameSample s : samples) {
            if (s.isClearAdaptiveDataSet()) finder.clearAdaptiveData();
            tokens += s.getSentence().length;
            Span[] found = finder.find(s.getSentence());
            Set<Span> goldSet = new HashSet<>(List.of(s.getNames()));
            for (Span g : s.getNames()) gold[index(types, g.getType())]++;
            for (Span f : found) {
                int k = index(types, f.getType());
                if (k < 0) continue;
                predicted[k]++;
                if (goldSet.contains(f)) tp[k]++;
            }
        }
        List<TypeScore> scores = new ArrayList<>();
        for (int k = 0; k < 3; k++) scores.add(TypeScore.of(types[k], tp[k], predicted[k], gold[k]));
        TypeScore overall = TypeScore.of("overall", sum(tp), sum(predicted), sum(gold));
        return new CorpusEvaluation(name, samples.size(), tokens, scores, overall);
    }

    private double tokensPerSecond(List<NameSample> samples) {
        NameFinderME finder = new NameFinderME(model);
        long tokens = 0;
        long elapsed = 0;
        // Thread CPU time, not wall time, so that other processes on the machine do not skew the figure.
        // One pass to warm up the JIT, then measure until at least a second or 200,000 tokens have passed.
        for (int pass = 0; pass < 50 && (pass < 2 || (elapsed < 1_000_000_000L && tokens < 200_000)); pass++) {
            long t0 = cpuNanos();
            long n = 0;
            for (NameSample s : samples) {
                if (s.isClearAdaptiveDataSet()) finder.clearAdaptiveData();
                finder.find(s.getSentence());
                n += s.getSentence().length;
            }
            if (pass > 0) {
                elapsed += cpuNanos() - t0;
                tokens += n;
            }
        }
        return elapsed == 0 ? 0 : tokens * 1e9 / elapsed;
    }

    private static long cpuNanos() {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        return bean.isCurrentThreadCpuTimeSupported() ? bean.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static NameSample restart(NameSample s) {
        return new NameSample(s.getSentence(), s.getNames(), true);
    }

    private static int index(String[] types, String type) {
        for (int i = 0; i < types.length; i++) if (types[i].equals(type)) return i;
        return -1;
    }

    private static int sum(int[] a) {
        int s = 0;
        for (int v : a) s += v;
        return s;
    }

    private static final String F = "opennlp.tools.util.featuregen.";
    private static final String EXTENDED_FEATURES = """
            <featureGenerators cache="true" name="nameFinder">
              <generator class="%1$sWindowFeatureGeneratorFactory">
                <int name="prevLength">2</int>
                <int name="nextLength">2</int>
                <generator class="%1$sTokenClassFeatureGeneratorFactory"/>
              </generator>
              <generator class="%1$sWindowFeatureGeneratorFactory">
                <int name="prevLength">2</int>
                <int name="nextLength">2</int>
                <generator class="%1$sTokenFeatureGeneratorFactory">
                  <bool name="lowercase">true</bool>
                </generator>
              </generator>
              <generator class="%1$sPrefixFeatureGeneratorFactory">
                <int name="length">4</int>
              </generator>
              <generator class="%1$sSuffixFeatureGeneratorFactory">
                <int name="length">4</int>
              </generator>
              <generator class="%1$sDefinitionFeatureGeneratorFactory"/>
              <generator class="%1$sPreviousMapFeatureGeneratorFactory"/>
              <generator class="%1$sBigramNameFeatureGeneratorFactory"/>
              <generator class="%1$sSentenceFeatureGeneratorFactory">
                <bool name="begin">true</bool>
                <bool name="end">false</bool>
              </generator>
            </featureGenerators>
            """.formatted(F);
}
