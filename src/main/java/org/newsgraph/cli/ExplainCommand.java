package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.article.ReadResult;
import org.newsgraph.pipeline.Analyzer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Prints, sentence by sentence, the names found with their types and how they were found, "
                + "and each meeting with its participants, status, mode, date (with the rule that dated it) and place.")
final class ExplainCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Articles: .jsonl, .txt, .html files or folders.")
    List<Path> inputs;

    @Option(names = "--id", paramLabel = "ID", description = "Only the article with this id.")
    String id;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Analyzer analyzer = Analyzer.load();
        PrintWriter out = spec.commandLine().getOut();
        int shown = 0;
        for (ReadResult r : ArticleReader.create().readAll(inputs)) {
            if (!r.isOk() || id != null && !id.equals(r.article().id())) continue;
            for (String line : analyzer.explain(r.article())) out.println(line);
            out.println();
            shown++;
        }
        out.flush();
        if (shown == 0) throw new CliException(ExitCodes.FAILURE, id != null ? "no article with id " + id : "no article read");
        return ExitCodes.OK;
    }
}
