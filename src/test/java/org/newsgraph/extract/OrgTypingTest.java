package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.article.Article;
import org.newsgraph.pipeline.Analyzer;
import org.newsgraph.resolve.Entity;

/**
 * Organizations and what only looks like one: venues, places before a mayor's title, portfolios, nationalities,
 * names many countries share. One row per entry of the resource files behind the rules ({@code extract/site-heads.txt},
 * {@code extract/venue-heads.txt}, {@code extract/jurisdiction-titles.txt}, {@code kb/shared-names.txt}); a test
 * checks that every entry has its row. Expected: the type of the entity with that label, or NONE for no entity of
 * that label typed as an organization.
 */
class OrgTypingTest {
    private static final Analyzer ANALYZER = Analyzer.load();

    private static List<Entity> entities(String text) {
        Article a = new Article("t", null, null, "2026-03-05", null, text + "\n", false, "test");
        return ANALYZER.analyze(a).mentions();
    }

    private static final String TABLE = """
            entry ~ text ~ label ~ type
            palace ~ President Ana Ruiz received Chancellor Lukas Brenner at the Marlow Palace on Monday. ~ Marlow Palace ~ NONE
            house ~ Prime Minister Ivo Dranek welcomed Ana Ruiz to Kelmore House on Tuesday. ~ Kelmore House ~ NONE
            street ~ The two leaders met at No. 12 Kelmore Street, the Keldra Ministry said. ~ Kelmore Street ~ NONE
            hill ~ Ruiz and Dranek shook hands at a news conference on Aster Hill last June. ~ Aster Hill ~ NONE
            square ~ Thousands gathered at the Varn Square Council offices, the Keldra Union said. ~ Keldra Union ~ ORGANIZATION
            avenue ~ The minister spoke at the Oakridge Avenue Institute in Port Aster. ~ Oakridge Avenue Institute ~ ORGANIZATION
            road ~ Dranek met union leaders at the Millbrook Road Hall on Friday. ~ Millbrook Road Hall ~ NONE
            gardens ~ The two presidents walked through the Selwyn Gardens in Port Aster. ~ Selwyn Gardens ~ NONE
            mayor ~ Port Aster Mayor Ana Ruiz said the storm had passed. ~ Port Aster ~ PLACE
            deputy mayor ~ Kelmore Deputy Mayor Ivo Dranek opened the bridge. ~ Kelmore ~ PLACE
            governor ~ Varnland Governor Lukas Brenner signed the bill. ~ Varnland ~ PLACE
            gov ~ Varnland Gov. Lukas Brenner signed the bill on Monday. ~ Varnland ~ PLACE
            lieutenant governor ~ Varnland Lieutenant Governor Ana Ruiz chaired the session. ~ Varnland ~ PLACE
            premier ~ Selwyn Premier Ivo Dranek called the election. ~ Selwyn ~ PLACE
            company ~ Solaria Grid CEO Ana Ruiz met the minister on Monday. ~ Solaria Grid ~ ORGANIZATION
            portfolio ~ Besides Ruiz, the group includes Power Minister Ivo Dranek and Lukas Brenner. ~ Power ~ NONE
            nationality ~ Kelmore and South African President Ivo Dranek met on Monday. ~ South African ~ NONE
            common word ~ Party leader Ana Ruiz and General Secretary Ivo Dranek called the meeting. ~ Party ~ NONE
            acronym ~ The meeting among KDP Leader Ana Ruiz and Speaker Ivo Dranek was postponed. ~ KDP ~ ORGANIZATION
            longer name ~ Keldra Trade Union Congress secretary Ana Ruiz said the strike would go on. ~ Keldra Trade Union Congress ~ ORGANIZATION
            senate ~ The Senate passed the budget on Monday, Keldra officials said. ~ Senate ~ ORGANIZATION
            congress ~ Congress approved the reform on Monday, Keldra officials said. ~ Congress ~ ORGANIZATION
            house of representatives ~ The House of Representatives of Keldra met on Monday. ~ House of Representatives ~ ORGANIZATION
            labour ~ Labour MP Ana Ruiz was to have joined her leader in Port Aster. ~ Labour ~ ORGANIZATION
            labour party ~ The Labour Party won in Port Aster on Sunday, Keldra officials said. ~ Labour Party ~ ORGANIZATION
            conservatives ~ The Conservatives lost two seats in Port Aster. ~ Conservatives ~ ORGANIZATION
            conservative party ~ The Conservative Party chose Ana Ruiz in Port Aster. ~ Conservative Party ~ ORGANIZATION
            democrats ~ Both Democrats issued statements after Tuesday's meeting in Port Aster. ~ Democrats ~ ORGANIZATION
            democratic party ~ The Democratic Party of Keldra chose Ana Ruiz on Sunday. ~ Democratic Party ~ ORGANIZATION
            republicans ~ The Republicans of Keldra chose Ivo Dranek on Sunday. ~ Republicans ~ ORGANIZATION
            republican party ~ The Republican Party of Keldra chose Ivo Dranek on Sunday. ~ Republican Party ~ ORGANIZATION
            treasury ~ The Treasury of Keldra will publish the figures on Monday. ~ Treasury ~ ORGANIZATION
            foreign office ~ The Foreign Office of Keldra summoned the envoy on Monday. ~ Foreign Office ~ ORGANIZATION
            chancellery ~ The Chancellery in Port Aster confirmed the visit. ~ Chancellery ~ ORGANIZATION
            commons ~ The Commons of Keldra voted on Monday. ~ Commons ~ ORGANIZATION
            named country ~ The Senate passed the bill on Monday, officials in the United States said. ~ United States Senate ~ ORGANIZATION
            """;

    static List<Arguments> rows() {
        return TABLE.lines().skip(1).map(String::strip).filter(l -> !l.isEmpty())
                .map(l -> Arguments.of((Object[]) l.split("\\s*~\\s*"))).collect(Collectors.toList());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("rows")
    void typesTheName(String entry, String text, String label, String want) {
        List<Entity> es = entities(text);
        List<Entity> same = es.stream().filter(e -> e.label().equals(label)).toList();
        if (want.equals("NONE")) {
            assertTrue(same.stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION), es::toString);
        } else {
            assertTrue(same.stream().anyMatch(e -> e.type() == EntityType.valueOf(want)), es::toString);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/extract/site-heads.txt", "/extract/jurisdiction-titles.txt", "/kb/shared-names.txt"})
    void everyEntryHasARow(String resource) throws IOException {
        List<Object> entries = rows().stream().map(r -> r.get()[0]).toList();
        try (InputStream in = OrgTypingTest.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String t = line.strip().toLowerCase(Locale.ROOT);
                if (t.isEmpty() || t.startsWith("#")) continue;
                assertTrue(entries.contains(t), "no test sentence for " + t + " of " + resource);
            }
        }
        assertEquals(rows().size(), entries.stream().distinct().count());
    }
}
