package org.newsgraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A tab-separated resource file of the extractor's knowledge: comment lines start with "#", blank lines are skipped. */
final class ResourceTable {
    private ResourceTable() {
    }

    /** The rows of {@code resource}, each with exactly {@code columns} stripped fields; {@code want} names them for errors. */
    static List<String[]> read(String resource, int columns, String want) {
        try (InputStream in = ResourceTable.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            List<String[]> out = new ArrayList<>();
            int n = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length != columns) throw new IllegalStateException(resource + ":" + n + ": want " + want);
                for (int i = 0; i < f.length; i++) f[i] = f[i].strip();
                out.add(f);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
