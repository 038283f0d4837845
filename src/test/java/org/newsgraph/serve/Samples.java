package org.newsgraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.store.Store;

/** The bundled sample articles ingested into a TDB2 store in a folder, for the server tests. */
final class Samples {
    private Samples() {
    }

    static Store ingest(Path dir) throws IOException {
        Path samples = dir.resolve("articles.jsonl");
        try (InputStream in = Samples.class.getResourceAsStream("/samples/articles.jsonl")) {
            Files.copy(in, samples);
        }
        Store store = Store.open(dir.resolve("store"));
        Pipeline.builder().store(store).threads(2).build().run(List.of(samples));
        return store;
    }
}
