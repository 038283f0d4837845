package org.newsgraph.resolve.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A TSV file with a header row, '#' comment lines and '|'-separated multi-values. */
final class Tsv {
    final String source;
    final List<Row> rows = new ArrayList<>();

    record Row(String source, int line, Map<String, Integer> columns, String[] cells) {
        String get(String column) {
            Integer i = columns.get(column);
            if (i == null || i >= cells.length) return null;
            String v = cells[i].strip();
            return v.isEmpty() ? null : v;
        }

        String require(String column) {
            String v = get(column);
            if (v == null) throw new KnowledgeBaseException(source + ":" + line + ": missing " + column);
            return v;
        }

        List<String> list(String column) {
            String v = get(column);
            if (v == null) return List.of();
            List<String> out = new ArrayList<>();
            for (String part : v.split("\\|")) {
                String p = part.strip();
                if (!p.isEmpty()) out.add(p);
            }
            return out;
        }
    }

    private Tsv(String source) {
        this.source = source;
    }

    static Tsv read(String source, BufferedReader in, String... requiredColumns) throws IOException {
        Tsv tsv = new Tsv(source);
        Map<String, Integer> columns = null;
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            if (n == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cells = line.split("\t", -1);
            if (columns == null) {
                columns = new HashMap<>();
                for (int i = 0; i < cells.length; i++) columns.put(cells[i].strip().toLowerCase(), i);
                for (String c : requiredColumns)
                    if (!columns.containsKey(c))
                        throw new KnowledgeBaseException(source + ": header lacks column " + c + " " + Arrays.toString(cells));
                continue;
            }
            tsv.rows.add(new Row(source, n, columns, cells));
        }
        return tsv;
    }
}
