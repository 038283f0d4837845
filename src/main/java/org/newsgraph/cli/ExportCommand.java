package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Writes the whole store: every article graph and the meetings graph.")
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "DIR", required = true, description = "The TDB2 store folder.")
    Path store;

    @Option(names = "--format", paramLabel = "FORMAT", required = true,
            description = "turtle, trig, nquads or jsonld (turtle merges all graphs into one).")
    Store.ExportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of stdout.")
    Path outFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Store s = Stores.openExisting(store)) {
            if (outFile != null) {
                Path tmp = outFile.resolveSibling(outFile.getFileName() + ".part");
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                    s.export(format, out);
                }
                Files.move(tmp, outFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } else {
                OutputStream out = new BufferedOutputStream(System.out);
                s.export(format, out);
                out.flush();
            }
        } catch (IOException e) {
            throw new CliException(ExitCodes.FAILURE, "cannot write " + (outFile != null ? outFile : "stdout") + ": " + e.getMessage(), e);
        }
        return ExitCodes.OK;
    }
}
