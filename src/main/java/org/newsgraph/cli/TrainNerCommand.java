package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.annotate.ner.CorpusFormat;
import org.newsgraph.annotate.ner.NerTrainer;
import org.newsgraph.annotate.ner.NerTrainingException;
import org.newsgraph.annotate.ner.TrainingReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train-ner", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Trains a person/organization/place name finder on your own annotated data and prints "
                + "per-type precision, recall and F1 on a held-out part.",
                "Formats: CoNLL columns with IOB/IOB2 tags (last column), UNER iob2, the GMB CSV, or OpenNLP's "
                        + "<START:person> ... <END> format; auto-detected from the name and content."})
final class TrainNerCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "FILE", required = true, arity = "1..*",
            description = "Annotated corpus files (repeat or list several).")
    List<Path> data;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto, conll, iob2, gmb or opennlp (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--held-out", paramLabel = "FRACTION", defaultValue = "0.1",
            description = "Share of each corpus (its last sentences) kept out of training for evaluation (default: ${DEFAULT-VALUE}).")
    double heldOut;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "100", description = "Training iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--cutoff", paramLabel = "N", defaultValue = "2", description = "Feature cutoff (default: ${DEFAULT-VALUE}).")
    int cutoff;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model (.bin). Without it, only the evaluation is printed.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CorpusFormat fmt;
        try {
            fmt = CorpusFormat.parse(format);
        } catch (IllegalArgumentException | NerTrainingException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown --format '" + format + "'");
        }
        if (!(heldOut >= 0 && heldOut <= 0.9))
            throw new CommandLine.ParameterException(spec.commandLine(), "--held-out must be between 0 and 0.9");
        NerTrainer.Builder b = NerTrainer.builder().heldOutFraction(heldOut).iterations(iterations).cutoff(cutoff);
        for (Path p : data) {
            if (!Files.isRegularFile(p)) throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + p);
            b.corpus(p, fmt);
        }
        try {
            NerTrainer trainer = b.build();
            TrainingReport report = trainer.train();
            report.print(System.out);
            System.out.flush();
            if (out != null) {
                trainer.save(out);
                spec.commandLine().getErr().println("newsgraph: model written to " + out
                        + " (use it by replacing src/main/resources/models/newsgraph-ner-en.bin and rebuilding)");
            }
            return ExitCodes.OK;
        } catch (NerTrainingException e) {
            throw new CliException(ExitCodes.FAILURE, e.getMessage(), e);
        }
    }
}
