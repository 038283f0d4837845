package org.newsgraph.annotate.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerTrainerTest {
    private static final String[] FIRST = {"Alma", "Boris", "Clara", "Dmitri", "Edith", "Farid", "Greta", "Hugo", "Ines", "Jonah"};
    private static final String[] LAST = {"Varga", "Lund", "Okoro", "Brenner", "Sato", "Quist", "Mbeki", "Rossi", "Tal", "Novak"};
    private static final String[] ORGS = {"Helix Systems", "Norland Bank", "Crescent Media", "Tidewater Group", "Oakridge Union"};
    private static final String[] PLACES = {"Marrow", "Castelbrook", "New Ferrin", "Lake Odra", "Sunport", "Vell"};

    static Path corpus;

    /** A small, regular corpus in OpenNLP's format, written here. */
    @BeforeAll
    static void writeCorpus(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            String p = "<START:person> " + FIRST[i % 10] + " " + LAST[(i * 7) % 10] + " <END>";
            String o = "<START:organization> " + ORGS[i % 5] + " <END>";
            String l = "<START:place> " + PLACES[(i * 5) % 6] + " <END>";
            lines.add(switch (i % 4) {
                case 0 -> p + " met the head of " + o + " in " + l + " on Monday .";
                case 1 -> "In " + l + " , " + p + " said " + o + " would open an office .";
                case 2 -> o + " hired " + p + " , who lives in " + l + " .";
                default -> "The weather in " + l + " was mild , " + p + " told reporters .";
            });
        }
        corpus = dir.resolve("tiny.train");
        Files.write(corpus, lines, StandardCharsets.UTF_8);
    }

    private static NerTrainer tiny() {
        return NerTrainer.builder().corpus(corpus, CorpusFormat.OPENNLP).heldOutFraction(0.25).iterations(30).cutoff(1).build();
    }

    @Test
    void trainsEvaluatesPrintsAndSaves(@TempDir Path dir) throws Exception {
        NerTrainer trainer = tiny();
        TrainingReport report = trainer.train();
        assertEquals(180, report.trainingSentences());
        assertEquals(1, report.corpora().size());
        CorpusEvaluation held = report.corpora().get(0);
        assertEquals(60, held.sentences());
        assertEquals(List.of("person", "organization", "place"), held.types().stream().map(TypeScore::type).toList());
        assertEquals(60, held.type("person").support());
        assertTrue(held.overall().f1() > 0.8, "regular data should be learned: " + held.overall());
        assertNotNull(report.combined());
        assertTrue(report.tokensPerSecond() > 0);

        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        report.print(new PrintStream(buf, true, StandardCharsets.UTF_8));
        String table = buf.toString(StandardCharsets.UTF_8);
        assertTrue(table.contains("tiny.train") && table.contains("organization") && table.contains("overall"), table);

        Path out = dir.resolve("sub/model.bin");
        trainer.save(out);
        try (InputStream in = Files.newInputStream(out)) {
            NameFinderME finder = new NameFinderME(new TokenNameFinderModel(in));
            Span[] found = finder.find("Hugo Varga met the head of Norland Bank in Sunport on Monday .".split(" "));
            assertTrue(List.of(found).contains(new Span(0, 2, "person")), List.of(found).toString());
        }
    }

    @Test
    void sameDataAndSettingsGiveTheSameModel() {
        NerTrainer a = tiny();
        NerTrainer b = tiny();
        assertEquals(a.train().corpora(), b.train().corpora());
        String[] sentence = "Clara Novak said Oakridge Union would open an office in Castelbrook .".split(" ");
        assertEquals(List.of(a.finder().find(sentence)), List.of(b.finder().find(sentence)));
    }

    @Test
    void saveBeforeTrainAndBadSettingsFail() {
        assertThrows(IllegalStateException.class, () -> tiny().save(Path.of("never.bin")));
        assertThrows(IllegalArgumentException.class, () -> NerTrainer.builder().build());
        assertThrows(IllegalArgumentException.class, () -> NerTrainer.builder().heldOutFraction(1.0));
        assertThrows(IllegalArgumentException.class, () -> NerTrainer.builder().iterations(0));
    }
}
