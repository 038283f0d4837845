package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.StoreLockedException;

/** Opens store folders with messages that say what to do. */
final class Stores {

    private Stores() {
    }

    /** Whether opening failed because another process holds the folder's lock. */
    static boolean isLocked(StoreException e) {
        if (e instanceof StoreLockedException) return true;
        // TDB2 says "Failed to get a lock: file=...: held by process N".
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("Failed to get a lock") || m.contains("held by process"))) return true;
        }
        return false;
    }

    /** The file in a store folder that names the dataset URL of the {@code serve} holding it. */
    static final String SERVE_FILE = "newsgraph-serve.url";

    /** Notes in the store folder where the server that holds it answers, for the messages of other processes. */
    static void announce(Path dir, String datasetUrl) {
        try {
            Files.writeString(dir.resolve(SERVE_FILE), datasetUrl + "\n", java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            org.slf4j.LoggerFactory.getLogger(Stores.class).debug("cannot write {}", dir.resolve(SERVE_FILE), e);
        }
    }

    /** Takes the note away when the server stops. */
    static void withdraw(Path dir) {
        try {
            Files.deleteIfExists(dir.resolve(SERVE_FILE));
        } catch (java.io.IOException e) {
            org.slf4j.LoggerFactory.getLogger(Stores.class).debug("cannot delete {}", dir.resolve(SERVE_FILE), e);
        }
    }

    /** The dataset URL of the server holding the store, when it noted one. */
    static java.util.Optional<String> server(Path dir) {
        try {
            Path f = dir.resolve(SERVE_FILE);
            if (!Files.isRegularFile(f)) return java.util.Optional.empty();
            String url = Files.readString(f, java.nio.charset.StandardCharsets.UTF_8).strip();
            return url.matches("https?://\\S+") ? java.util.Optional.of(url) : java.util.Optional.empty();
        } catch (java.io.IOException e) {
            return java.util.Optional.empty();
        }
    }

    /** Opens (creating if needed) a store for writing. */
    static Store openForWrite(Path dir) {
        return openForWrite(dir, Iris.DEFAULT);
    }

    /** As {@link #openForWrite(Path)}, minting IRIs under the given instance base. */
    static Store openForWrite(Path dir, Iris iris) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new CliException(ExitCodes.FAILURE, "store " + dir + " is not a folder");
        }
        try {
            return Store.open(dir, iris);
        } catch (StoreException e) {
            if (!isLocked(e)) throw e;
            String url = server(dir).orElse(null);
            throw new CliException(ExitCodes.FAILURE, url != null
                    ? "store " + dir + " is in use by 'newsgraph serve' at " + url + "; TDB2 allows one process per store."
                            + " Stop it, or ingest through it with --endpoint " + url + " (it must run with --update and a login)"
                    : "store " + dir + " is in use by another process (probably 'newsgraph serve'); TDB2 allows one process"
                            + " per store. Stop it, or ingest through the running server with --endpoint URL"
                            + " (e.g. http://localhost:3030/newsgraph; start it with 'serve --update')", e);
        }
    }

    /** Opens an existing store for reading. */
    static Store openExisting(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new CliException(ExitCodes.FAILURE, "no store at " + dir + " (create one with 'newsgraph ingest --store "
                    + dir + " INPUT...')");
        }
        try {
            return Store.open(dir);
        } catch (StoreException e) {
            if (!isLocked(e)) throw e;
            String url = server(dir).orElse(null);
            throw new CliException(ExitCodes.FAILURE, url != null
                    ? "store " + dir + " is in use by 'newsgraph serve' at " + url + "; TDB2 allows one process per store."
                            + " Stop it, or ask the running server with --endpoint " + url
                    : "store " + dir + " is in use by another process (probably 'newsgraph serve'); TDB2 allows one process"
                            + " per store. Stop it, or ask the running server with --endpoint URL"
                            + " (e.g. http://localhost:3030/newsgraph)", e);
        }
    }
}
