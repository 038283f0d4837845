package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of {@code extract/meeting-words.tsv}: meeting verbs, cues and non-meetings, each with an example
 * sentence. Knowledge lives in the file; {@link MeetingFinder} is the engine that uses it.
 */
public final class MeetingLexicon {
    /** One line of the file. */
    public record Entry(String kind, String word, String example) {
    }

    static final String RESOURCE = "/extract/meeting-words.tsv";
    private static final MeetingLexicon DEFAULT = load();

    private final List<Entry> entries;
    private final Map<String, Set<String>> byKind = new HashMap<>();

    private MeetingLexicon(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry e : entries) byKind.computeIfAbsent(e.kind(), k -> new HashSet<>()).add(e.word());
    }

    /** The lexicon bundled with newsgraph. */
    public static MeetingLexicon standard() {
        return DEFAULT;
    }

    private static MeetingLexicon load() {
        List<Entry> out = new ArrayList<>();
        for (String[] f : ResourceTable.read(RESOURCE, 3, "kind, word, example")) out.add(new Entry(f[0], f[1], f[2]));
        return new MeetingLexicon(out);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Whether {@code word} (lower case) is listed under {@code kind}. */
    public boolean is(String kind, String word) {
        Set<String> s = byKind.get(kind);
        return s != null && s.contains(word);
    }
}
