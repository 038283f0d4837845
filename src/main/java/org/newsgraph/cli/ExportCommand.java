package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.newsgraph.store.RemoteStore;
import org.newsgraph.store.Store;
import org.newsgraph.store.export.ExportFormat;
import org.newsgraph.store.export.Exporter;
import org.newsgraph.store.export.InvalidExportOptionException;
import org.newsgraph.store.export.MeetingFilter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Writes the store as RDF, the network of persons who met, or a table of meetings.",
                "RDF: turtle and rdfxml merge all graphs into one; trig, nquads and jsonld keep the article graphs"
                        + " and the meetings graph (jsonld uses the context of ontology/context.jsonld).",
                "Network: graphml (Cytoscape, Gephi) and gexf (Gephi, with a timeline): persons as nodes, an edge per"
                        + " pair who met, weighted by the number of meetings.",
                "Table: csv, one row per canonical meeting.",
                "--status, --from and --to select the meetings of graphml, gexf and csv. A date keeps the meetings"
                        + " whose date overlaps the window: --from 2025-05-10 keeps a meeting dated 2025-05;"
                        + " undated meetings are left out once --from or --to is given."})
final class ExportCommand implements Callable<Integer> {

    @CommandLine.Mixin
    StoreOrEndpoint where;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "turtle (ttl), ntriples (nt), trig, nquads (nq), jsonld, rdfxml (rdf), graphml, gexf or csv"
                    + " (default: from the extension of --out, e.g. graph.ttl).")
    ExportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of stdout.")
    Path outFile;

    @Option(names = "--status", paramLabel = "STATUS",
            description = "happened, planned, postponed, cancelled or any (default: happened for graphml and gexf,"
                    + " any for csv). With a status other than happened, the network links the participants of"
                    + " meetings with that status.")
    String status;

    @Option(names = "--from", paramLabel = "DATE", description = "YYYY, YYYY-MM or YYYY-MM-DD: from the first day of this date.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "YYYY, YYYY-MM or YYYY-MM-DD: up to the last day of this date.")
    String to;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Riot's names (ttl, nt, nq, rdf...) as well as ours, in any case. */
    static final class FormatConverter implements CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            try {
                return ExportFormat.parse(value);
            } catch (InvalidExportOptionException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    @Override
    public Integer call() {
        if (format == null) format = inferred();
        MeetingFilter filter = filter();
        if (where.endpoint() != null) {
            RemoteStore remote = Remote.connect(spec.commandLine(), where.endpoint(), where.user, where.passwordFile);
            write(new Exporter(remote.fetch()), filter);
            return ExitCodes.OK;
        }
        Remote.noLogin(spec.commandLine(), where.user, where.passwordFile);
        try (Store s = Stores.openExisting(where.store())) {
            write(new Exporter(s.datasetGraph()), filter);
        }
        return ExitCodes.OK;
    }

    private void write(Exporter exporter, MeetingFilter filter) {
        try {
            if (outFile != null) {
                Path tmp = outFile.resolveSibling(outFile.getFileName() + ".part");
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                    exporter.write(format, filter, out);
                } catch (RuntimeException e) {
                    Files.deleteIfExists(tmp);
                    throw e;
                }
                Files.move(tmp, outFile, StandardCopyOption.REPLACE_EXISTING);
            } else {
                OutputStream out = new BufferedOutputStream(System.out);
                exporter.write(format, filter, out);
                out.flush();
            }
        } catch (IOException | UncheckedIOException e) {
            throw new CliException(ExitCodes.FAILURE, "cannot write " + (outFile != null ? outFile : "stdout") + ": " + e.getMessage(), e);
        }
    }

    /** The format --out's extension stands for; a usage error when there is none to go by. */
    private ExportFormat inferred() {
        if (outFile == null || outFile.getFileName() == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --format FORMAT, or --out FILE with an"
                    + " extension that names one (" + ExportFormat.known() + ")");
        }
        return ExportFormat.ofFileName(outFile.getFileName().toString()).orElseThrow(() ->
                new CommandLine.ParameterException(spec.commandLine(), "cannot tell the format from the extension of "
                        + outFile + "; give --format (" + ExportFormat.known() + ")"));
    }

    private MeetingFilter filter() {
        if (format.isRdf() && (status != null || from != null || to != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--status, --from and --to apply to graphml,"
                    + " gexf and csv; " + format.name().toLowerCase(java.util.Locale.ROOT) + " exports the whole store");
        }
        try {
            return MeetingFilter.parse(status != null ? status : format.defaultStatus().name(), from, to);
        } catch (InvalidExportOptionException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
