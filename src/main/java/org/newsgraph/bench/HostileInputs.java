package org.newsgraph.bench;

import java.util.Random;

/**
 * Generated inputs that probe the ingest budget: ordinary prose of any size, a "sentence" with no punctuation,
 * and a capitalized name repeated many times. The same for the same arguments; nothing is stored on disk.
 */
public final class HostileInputs {
    private static final String[] WORDS = ("the minister said that talks would continue and officials from both sides"
            + " agreed to meet again later after a long day of discussions about trade energy and water").split(" ");
    private static final String[] FIRST = {"Ana", "Tomas", "Lena", "Omar", "Ingrid", "Kwame", "Rania", "Diego", "Mei",
            "Pavel", "Sofia", "Jonas", "Amara", "Ravi", "Elif", "Noor"};
    private static final String[] LAST = {"Ruiz", "Berg", "Hart", "Saleh", "Lindqvist", "Boateng", "Haddad", "Quispe",
            "Tanaka", "Novak", "Moreau", "Keller", "Okafor", "Mehta", "Demir", "Farouk"};
    private static final String[] TITLES = {"Foreign Minister", "Prime Minister", "Trade Minister", "President",
            "Finance Minister", "Defence Minister"};
    private static final String[] PLACES = {"Oslo", "Vienna", "Geneva", "Lisbon", "Nairobi", "Madrid", "Helsinki",
            "Brussels", "Rome", "Warsaw"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
    private static final String[] SENTENCES = {
            "%T %A met %U %B in %P on %D.",
            "The two discussed trade, energy and the security of shipping routes.",
            "%A said the talks had been constructive and that both sides would meet again soon.",
            "Officials from both governments attended the meeting, which lasted about two hours.",
            "%B is expected to visit %P next month for a conference on water and climate.",
            "Earlier in the week, %A held talks with business leaders about investment in ports.",
            "%T %A and %U %B signed a memorandum on cooperation in research and education.",
            "Analysts said the meeting was the first at this level in more than a year.",
            "The ministry said in a statement that further rounds of talks were planned.",
            "%B told reporters that the agreement would take effect early next year."};

    private HostileInputs() {
    }

    /** Paragraphs of ordinary news prose, about {@code chars} characters long (cut at a paragraph end). */
    public static String prose(int chars, long seed) {
        Random rng = new Random(seed);
        StringBuilder b = new StringBuilder(chars + 1000);
        while (b.length() < chars) {
            String a = FIRST[rng.nextInt(FIRST.length)] + " " + LAST[rng.nextInt(LAST.length)];
            String o = FIRST[rng.nextInt(FIRST.length)] + " " + LAST[rng.nextInt(LAST.length)];
            if (a.equals(o)) continue;
            String place = PLACES[rng.nextInt(PLACES.length)];
            int n = 3 + rng.nextInt(4);
            StringBuilder para = new StringBuilder();
            para.append(fill(SENTENCES[0], a, o, place, rng));
            for (int i = 1; i < n; i++) para.append(' ').append(fill(SENTENCES[1 + rng.nextInt(SENTENCES.length - 1)], a, o, place, rng));
            if (b.length() > 0) b.append("\n\n");
            b.append(para);
        }
        return b.toString();
    }

    private static String fill(String s, String a, String o, String place, Random rng) {
        return s.replace("%T", TITLES[rng.nextInt(TITLES.length)]).replace("%U", TITLES[rng.nextInt(TITLES.length)])
                .replace("%A", a).replace("%B", o).replace("%P", place).replace("%D", DAYS[rng.nextInt(DAYS.length)]);
    }

    /** Lower-case words and spaces, no punctuation: one "sentence" of exactly {@code chars} characters. */
    public static String longSentence(int chars, long seed) {
        Random rng = new Random(seed);
        StringBuilder b = new StringBuilder(chars + 20);
        while (b.length() < chars) {
            if (b.length() > 0) b.append(' ');
            b.append(WORDS[rng.nextInt(WORDS.length)]);
        }
        b.setLength(chars);
        return b.toString().strip();
    }

    /** A capitalized name, {@code times} times, separated by spaces. */
    public static String repeatedName(String name, int times) {
        StringBuilder b = new StringBuilder((name.length() + 1) * times);
        for (int i = 0; i < times; i++) {
            if (i > 0) b.append(' ');
            b.append(name);
        }
        return b.toString();
    }
}
