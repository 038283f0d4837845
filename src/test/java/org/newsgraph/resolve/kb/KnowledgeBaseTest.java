package org.newsgraph.resolve.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.extract.EntityType;

class KnowledgeBaseTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "U.S.;PLACE;united-states;Q30",
            "the United States of America;PLACE;united-states;Q30",
            "USA;PLACE;united-states;Q30",
            "Russian Federation;PLACE;russia;Q159",
            "Türkiye;PLACE;turkey;Q43",
            "Turkiye;PLACE;turkey;Q43",
            "Ivory Coast;PLACE;cote-divoire;",
            "Côte d’Ivoire;PLACE;cote-divoire;",
            "Czech Republic;PLACE;czechia;",
            "Burma;PLACE;myanmar;",
            "East Timor;PLACE;timor-leste;",
            "Lao PDR;PLACE;laos;",
            "DPRK;PLACE;north-korea;",
            "Republic of Korea;PLACE;south-korea;",
            "People's Republic of China;PLACE;china;Q148",
            "Kingdom of Cambodia;PLACE;cambodia;",
            "Georgia;PLACE;georgia;",
            "Kiev;PLACE;kyiv;Q1899",
            "Peking;PLACE;beijing;",
            "Washington, D.C.;PLACE;washington-dc;Q61",
            "Washington D.C.;PLACE;washington-dc;Q61",
            "Washington;PLACE;washington-dc;Q61",
            "NYC;PLACE;new-york-city;",
            "New York;PLACE;new-york-city;",
            "St Petersburg;PLACE;st-petersburg;",
            "Gaza;PLACE;gaza-strip;",
            "Donbass;PLACE;donbas;",
            "Asia Pacific;PLACE;asia-pacific;",
            "Mideast;PLACE;middle-east;",
            "Kuala Lumpur;PLACE;kuala-lumpur;Q1865",
            "NATO;ORGANIZATION;nato;Q7184",
            "the E.U.;ORGANIZATION;european-union;Q458",
            "U.N.;ORGANIZATION;united-nations;Q1065",
            "UN Security Council;ORGANIZATION;un-security-council;",
            "Association of Southeast Asian Nations;ORGANIZATION;asean;Q7768",
            "ASEAN Regional Forum;ORGANIZATION;asean-regional-forum;",
            "State Department;ORGANIZATION;us-department-of-state;",
            "U.S. State Department;ORGANIZATION;us-department-of-state;",
            "Senate;ORGANIZATION;us-senate;",
            "The Associated Press;ORGANIZATION;associated-press;",
            "RIA;ORGANIZATION;ria-novosti;",
            "RBK;ORGANIZATION;rbc;",
            "OPEC+;ORGANIZATION;opec-plus;",
            "Sergei Lavrov;PERSON;sergey-lavrov;Q80137",
            "Vladimir Zelensky;PERSON;volodymyr-zelenskyy;Q3874799",
            "Volodymyr Zelenskiy;PERSON;volodymyr-zelenskyy;Q3874799",
            "Donald J. Trump;PERSON;donald-trump;Q22686",
            "Marco Rubio;PERSON;marco-rubio;Q324546",
            "Recep Tayyip Erdogan;PERSON;recep-tayyip-erdogan;",
            "Mohammad bin Salman;PERSON;mohammed-bin-salman;",
            "Aleksandr Lukashenko;PERSON;alexander-lukashenko;",
    })
    void findsByNameOrAlias(String name, EntityType type, String key, String qid) {
        KbEntry e = KB.find(name, type).orElseThrow(() -> new AssertionError("not found: " + name));
        assertEquals(key, e.key());
        if (qid != null) assertEquals(qid, e.qid());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Narnia", "Smith", "Foreign Ministry", ""})
    void unknownNamesAreNotFound(String name) {
        assertTrue(KB.find(name, EntityType.PLACE).isEmpty());
        assertTrue(KB.find(name, EntityType.ORGANIZATION).isEmpty());
    }

    @Test
    void anyTypeLookupPutsCountriesBeforeOtherPlaces() {
        List<KbEntry> georgia = KB.find("Georgia");
        assertEquals("georgia", georgia.get(0).key());
        assertTrue(georgia.stream().anyMatch(e -> e.key().equals("georgia-us")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Russian;russia", "U.S.;united-states", "US;united-states", "American;united-states",
            "Laotian;laos", "Sri Lankan;sri-lanka", "Emirati;united-arab-emirates", "Saudi;saudi-arabia",
            "Filipino;philippines", "Philippine;philippines", "Chinese;china", "Malaysian;malaysia",
            "British;united-kingdom", "Ukrainian;ukraine", "Dutch;netherlands", "Swiss;switzerland",
            "Russians;russia", "Filipinos;philippines", "Cambodian;cambodia", "Thai;thailand",
            "Ivorian;cote-divoire", "Burmese;myanmar", "Malaysia;malaysia", "North Korean;north-korea",
    })
    void demonymsNameCountries(String adjective, String countryKey) {
        assertEquals(countryKey, KB.countryOfDemonym(adjective).map(KbEntry::key).orElse(null));
    }

    @Test
    void unknownDemonymIsEmpty() {
        assertTrue(KB.countryOfDemonym("Martian").isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "malaysia;kuala-lumpur", "russia;moscow", "united-states;washington-dc", "ukraine;kyiv",
            "saudi-arabia;riyadh", "kazakhstan;astana", "singapore;singapore", "laos;vientiane",
    })
    void capitals(String country, String capital) {
        assertEquals(capital, KB.capitalOf(country).map(KbEntry::key).orElse(null));
    }

    @Test
    void theMalaysianCapitalResolvesThroughDemonymAndCapital() {
        KbEntry c = KB.countryOfDemonym("Malaysian").orElseThrow();
        assertEquals("Kuala Lumpur", KB.capitalOf(c.key()).orElseThrow().label());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Russian Foreign Ministry;ministry-of-foreign-affairs-of-russia",
            "Russian Ministry of Foreign Affairs;ministry-of-foreign-affairs-of-russia",
            "Foreign Ministry of Russia;ministry-of-foreign-affairs-of-russia",
            "Russia's Foreign Ministry;ministry-of-foreign-affairs-of-russia",
            "Russia’s foreign ministry;ministry-of-foreign-affairs-of-russia",
            "Ministry of Foreign Affairs of the Russian Federation;ministry-of-foreign-affairs-of-russia",
            "Thai Foreign Ministry;ministry-of-foreign-affairs-of-thailand",
            "Laotian Ministry of Foreign Affairs;ministry-of-foreign-affairs-of-laos",
            "Russian Defence Ministry;ministry-of-defence-of-russia",
            "Russian Defense Ministry;ministry-of-defence-of-russia",
            "Ukraine's Ministry of Defense;ministry-of-defence-of-ukraine",
            "Chinese Foreign Ministry;ministry-of-foreign-affairs-of-china",
            "Chinese Defense Ministry;ministry-of-national-defense-of-china",
            "British Foreign Ministry;fcdo",
            "Foreign Office;fcdo",
            "U.S. Defense Department;us-department-of-defense",
            "Indian Foreign Ministry;ministry-of-external-affairs-of-india",
    })
    void generatedMinistryAliases(String name, String key) {
        assertEquals(key, KB.find(name, EntityType.ORGANIZATION).map(KbEntry::key).orElse(null));
    }

    @Test
    void generatedMinistryHasLabelAndCountry() {
        KbEntry m = KB.find("Thai Foreign Ministry", EntityType.ORGANIZATION).orElseThrow();
        assertEquals("Ministry of Foreign Affairs of Thailand", m.label());
        assertEquals("thailand", m.country());
        assertEquals("ministry", m.kind());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Zelenskyy;Zelensky", "Zelenskiy;Zelensky", "Volodymyr Zelenskyy;Volodymyr Zelenskiy",
            "Sergey Lavrov;Sergei Lavrov", "Aleksandr Lukashenko;Alexander Lukashenko",
            "Dmitry Peskov;Dmitri Peskov", "Dmitriy Medvedev;Dmitry Medvedev", "Yuri Ushakov;Yuriy Ushakov",
            "Alexei Navalny;Aleksey Navalny", "Mohammed bin Salman;Muhammad bin Salman",
            "Yevgeny Prigozhin;Evgeny Prigozhin", "Kassym-Jomart Tokayev;Kassym Jomart Tokaev",
            "Mikhail Mishustin;Mihail Mishustin", "Donald J. Trump;Donald Trump", "Maria Zakharova;Mariya Zakharova",
            "Recep Tayyip Erdoğan;Recep Tayyip Erdogan", "Abdel Fattah el-Sisi;Abdel Fattah Sisi",
    })
    void transliterationVariantsMeet(String a, String b) {
        assertEquals(KnowledgeBase.matchKey(a), KnowledgeBase.matchKey(b));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Sergey Lavrov;Sergey Lavrin", "Vladimir Putin;Vladimir Pozner", "Kim Jong Un;Kim Yo Jong",
            "Li Qiang;Li Keqiang", "Joe Biden;Hunter Biden",
    })
    void differentPeopleStayApart(String a, String b) {
        assertNotEquals(KnowledgeBase.matchKey(a), KnowledgeBase.matchKey(b));
    }

    @Test
    void personFoundByMatchKeyAlone() {
        // No alias lists this spelling; the transliteration key finds it.
        assertEquals("dmitry-peskov", KB.find("Dmitriy Peskov", EntityType.PERSON).orElseThrow().key());
        assertEquals("vijitha-herath", KB.find("Vijita Herath", EntityType.PERSON).orElseThrow().key());
        assertTrue(KB.find("Sergey Lavrin", EntityType.PERSON).isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "U.S.;us", "the United States;united states", "Russia's;russia", "Côte d'Ivoire;cote divoire",
            "Washington, D.C.;washington dc", "Asia-Pacific;asia pacific", "ŁÓDŹ;lodz", "“NATO”;nato",
            "Ministry of Foreign Affairs of the Philippines;ministry of foreign affairs of philippines",
            "Philippines' capital;philippines capital", "Bosnia & Herzegovina;bosnia and herzegovina",
    })
    void normalize(String in, String out) {
        assertEquals(out, KnowledgeBase.normalize(in));
    }

    @ParameterizedTest
    @ValueSource(strings = {"president", "foreign minister", "minister of defence", "minister of foreign affairs",
            "secretary of state", "deputy prime minister", "first deputy prime minister", "defence minister",
            "defense secretary", "minister for trade and industry", "crown prince", "emir", "spokeswoman",
            "foreign ministry spokeswoman", "secretary-general", "secretary general", "acting president",
            "former prime minister", "senate majority leader", "ceo", "chief executive",
            "secretary of the treasury", "president-elect", "national security adviser", "special envoy"})
    void titles(String phrase) {
        assertTrue(KB.isTitle(phrase), phrase);
    }

    @ParameterizedTest
    @ValueSource(strings = {"met", "in moscow", "foreign", "deputy", "the", "said on tuesday", "minister of",
            "kremlin spokesman"})
    void notTitles(String phrase) {
        assertFalse(KB.isTitle(phrase), phrase);
    }

    @Test
    void maxTitleWordsCoversPatterns() {
        assertTrue(KB.maxTitleWords() >= "first deputy minister of foreign affairs".split(" ").length);
        assertTrue(KB.maxTitleWords() < 12);
    }

    @Test
    void keysWellFormedAndUniquePerType() {
        for (EntityType t : EntityType.values()) {
            Set<String> seen = new HashSet<>();
            for (KbEntry e : KB.entries()) {
                if (e.type() != t) continue;
                assertTrue(KEY.matcher(e.key()).matches(), e.key());
                assertTrue(seen.add(e.key()), "duplicate " + e.key());
            }
        }
    }

    @Test
    void qidsWellFormedAndUnique() {
        Set<String> seen = new HashSet<>();
        for (KbEntry e : KB.entries()) {
            if (e.qid() == null) continue;
            assertTrue(QID.matcher(e.qid()).matches(), e.key() + " " + e.qid());
            assertTrue(seen.add(e.qid()), "QID used twice: " + e.qid() + " at " + e.key());
        }
    }

    @Test
    void referencedCountriesAndCapitalsExist() {
        int countries = 0;
        for (KbEntry e : KB.entries()) {
            if (e.isCountry()) {
                countries++;
                assertNull(e.country());
                assertTrue(KB.capitalOf(e.key()).isPresent(), "no capital for " + e.key());
            } else if (e.country() != null) {
                KbEntry c = KB.byKey(EntityType.PLACE, e.country()).orElseThrow(() -> new AssertionError(e.key()));
                assertTrue(c.isCountry(), e.key() + " -> " + e.country());
            }
        }
        assertTrue(countries >= 197, "countries: " + countries);
        for (String cap : KB.capitals().values()) assertTrue(KB.byKey(EntityType.PLACE, cap).isPresent(), cap);
    }

    @Test
    void everyCountryHasDemonymAndMinistries() {
        for (KbEntry e : KB.entries()) {
            if (!e.isCountry()) continue;
            assertTrue(KB.demonyms().containsValue(e.key()), "no demonym for " + e.key());
            assertTrue(KB.find("Foreign Ministry of " + e.label(), EntityType.ORGANIZATION).isPresent(), e.key());
            assertTrue(KB.find("Ministry of Defence of " + e.label(), EntityType.ORGANIZATION).isPresent(), e.key());
        }
    }

    @Test
    void checkedQids() {
        String[][] checked = {{"PLACE", "russia", "Q159"}, {"PLACE", "united-states", "Q30"}, {"PLACE", "china", "Q148"},
                {"PLACE", "ukraine", "Q212"}, {"PLACE", "malaysia", "Q833"}, {"PLACE", "moscow", "Q649"},
                {"PLACE", "kyiv", "Q1899"}, {"PLACE", "washington-dc", "Q61"}, {"PLACE", "kuala-lumpur", "Q1865"},
                {"PLACE", "riyadh", "Q3692"}, {"ORGANIZATION", "nato", "Q7184"}, {"ORGANIZATION", "european-union", "Q458"},
                {"ORGANIZATION", "asean", "Q7768"}, {"ORGANIZATION", "united-nations", "Q1065"},
                {"PERSON", "vladimir-putin", "Q7747"}, {"PERSON", "donald-trump", "Q22686"},
                {"PERSON", "sergey-lavrov", "Q80137"}, {"PERSON", "marco-rubio", "Q324546"},
                {"PERSON", "volodymyr-zelenskyy", "Q3874799"}};
        for (String[] c : checked)
            assertEquals(c[2], KB.byKey(EntityType.valueOf(c[0]), c[1]).orElseThrow().qid(), c[1]);
    }

    @Test
    void peopleHaveRolesAndCountries() {
        KbEntry lavrov = KB.byKey(EntityType.PERSON, "sergey-lavrov").orElseThrow();
        assertEquals("russia", lavrov.country());
        assertTrue(lavrov.roles().contains("Minister of Foreign Affairs of Russia"));
        for (KbEntry e : KB.entries())
            if (e.type() == EntityType.PERSON) assertFalse(e.roles().isEmpty(), e.key());
    }

    @Test
    void loadIsCachedAndFast() {
        assertSame(KB, KnowledgeBase.load());
        // CPU time of this thread: wall time on a busy build machine says little about the loader.
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long t0 = mx.getCurrentThreadCpuTime();
            KnowledgeBase.of(Path.of("src/main/resources/kb"));
            times.add((mx.getCurrentThreadCpuTime() - t0) / 1_000_000);
        }
        long best = times.stream().mapToLong(Long::longValue).min().orElseThrow();
        assertTrue(best < 300, "load took " + times + " ms of CPU");
    }

    @Test
    void entriesAreImmutable() {
        KbEntry e = KB.byKey(EntityType.PLACE, "russia").orElseThrow();
        assertThrows(UnsupportedOperationException.class, () -> e.aliases().add("x"));
        assertThrows(UnsupportedOperationException.class, () -> KB.entries().clear());
    }

    @Test
    void ofDirectoryReadsUserFilesAndRejectsBadReferences(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("countries.tsv"),
                "key\tname\taliases\tqid\tiso2\tcapital\tdemonyms\n# invented\nruritania\tRuritania\tKingdom of Ruritania\t\tRU\tstrelsau\tRuritanian\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("places.tsv"),
                "key\tname\taliases\tqid\tcountry\tkind\nstrelsau\tStrelsau\t\t\truritania\tcapital\n", StandardCharsets.UTF_8);
        KnowledgeBase kb = KnowledgeBase.of(dir);
        assertEquals("strelsau", kb.capitalOf(kb.countryOfDemonym("Ruritanian").orElseThrow().key()).orElseThrow().key());
        assertEquals("ministry-of-foreign-affairs-of-ruritania",
                kb.find("Ruritanian Foreign Ministry", EntityType.ORGANIZATION).orElseThrow().key());
        assertFalse(kb.isTitle("president"));

        Files.writeString(dir.resolve("places.tsv"),
                "key\tname\taliases\tqid\tcountry\tkind\nstrelsau\tStrelsau\t\t\tzenda\tcapital\n", StandardCharsets.UTF_8);
        assertThrows(KnowledgeBaseException.class, () -> KnowledgeBase.of(dir));
        Files.writeString(dir.resolve("places.tsv"),
                "key\tname\taliases\tqid\tcountry\tkind\nStrelsau\tStrelsau\t\t\truritania\tcapital\n", StandardCharsets.UTF_8);
        assertThrows(KnowledgeBaseException.class, () -> KnowledgeBase.of(dir));
    }
    @Test
    void aPlaceIsLabelledWithoutItsDesignatorWhenTheBareNameIsItsOwn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("countries.tsv"),
                "key\tname\taliases\tqid\tiso2\tcapital\tdemonyms\n# invented\nruritania\tRuritania\t\t\tRU\truritania-city\tRuritanian\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("places.tsv"), "key\tname\taliases\tqid\tcountry\tkind\n"
                + "ruritania-city\tRuritania City\tRuritania\t\truritania\tcapital\n"
                + "port-zenda\tPort Zenda City\tPort Zenda|PZC\t\truritania\tcity\n", StandardCharsets.UTF_8);
        KnowledgeBase kb = KnowledgeBase.of(dir);
        // "the port talks in Port Zenda": the name articles use is the label, the long form an alias
        KbEntry port = kb.byKey(EntityType.PLACE, "port-zenda").orElseThrow();
        assertEquals("Port Zenda", port.label());
        assertEquals(List.of("Port Zenda City", "PZC"), port.aliases());
        assertEquals("port-zenda", kb.find("Port Zenda City", EntityType.PLACE).orElseThrow().key());
        // "Ruritania" is the country's name: the capital keeps its designator
        assertEquals("Ruritania City", kb.byKey(EntityType.PLACE, "ruritania-city").orElseThrow().label());
    }

    @Test
    void aVenueOrganizationNamesTheCityItSitsIn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("countries.tsv"),
                "key\tname\taliases\tqid\tiso2\tcapital\tdemonyms\n# invented\nruritania\tRuritania\t\t\tRU\tstrelsau\tRuritanian\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("places.tsv"),
                "key\tname\taliases\tqid\tcountry\tkind\nstrelsau\tStrelsau\t\t\truritania\tcapital\n", StandardCharsets.UTF_8);
        // "the king received the envoy at the Summer Palace"
        Files.writeString(dir.resolve("organizations.tsv"), "key\tname\taliases\tqid\tcountry\tkind\tseat\n"
                + "summer-palace\tSummer Palace\t\t\truritania\tgovernment\tstrelsau\n"
                + "royal-mint\tRoyal Mint\t\t\truritania\tgovernment\t\n", StandardCharsets.UTF_8);
        KnowledgeBase kb = KnowledgeBase.of(dir);
        assertEquals("strelsau", kb.seatOf("summer-palace").orElseThrow().key());
        assertTrue(kb.seatOf("royal-mint").isEmpty());
        Files.writeString(dir.resolve("organizations.tsv"), "key\tname\taliases\tqid\tcountry\tkind\tseat\n"
                + "summer-palace\tSummer Palace\t\t\truritania\tgovernment\tzenda\n", StandardCharsets.UTF_8);
        assertThrows(KnowledgeBaseException.class, () -> KnowledgeBase.of(dir));
    }
}
