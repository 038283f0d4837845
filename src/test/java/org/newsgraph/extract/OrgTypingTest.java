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
            body before a title ~ Solaria Grid CEO Ana Ruiz met the minister on Monday. ~ Solaria Grid ~ ORGANIZATION
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
            hall ~ President Ana Ruiz met Ivo Dranek at the Kelmore Town Hall on Monday. ~ Kelmore Town Hall ~ NONE
            lodge ~ President Ana Ruiz met Ivo Dranek at the Aster State Lodge on Monday. ~ Aster State Lodge ~ NONE
            residence ~ President Ana Ruiz met Ivo Dranek at the Varn Lake Residence on Monday. ~ Varn Lake Residence ~ NONE
            hotel ~ President Ana Ruiz met Ivo Dranek at the Selwyn Grand Hotel on Monday. ~ Selwyn Grand Hotel ~ NONE
            castle ~ President Ana Ruiz met Ivo Dranek at the Marlow Castle on Monday. ~ Marlow Castle ~ NONE
            stadium ~ President Ana Ruiz met Ivo Dranek at the Kelmore National Stadium on Monday. ~ Kelmore National Stadium ~ NONE
            arena ~ President Ana Ruiz met Ivo Dranek at the Port Aster Arena on Monday. ~ Port Aster Arena ~ NONE
            centre ~ President Ana Ruiz met Ivo Dranek at the Kelmore Convention Centre on Monday. ~ Kelmore Convention Centre ~ NONE
            center ~ President Ana Ruiz met Ivo Dranek at the Aster Trade Center on Monday. ~ Aster Trade Center ~ NONE
            building ~ President Ana Ruiz met Ivo Dranek at the Varn Federal Building on Monday. ~ Varn Federal Building ~ NONE
            mansion ~ President Ana Ruiz met Ivo Dranek at the Selwyn Executive Mansion on Monday. ~ Selwyn Executive Mansion ~ NONE
            manor ~ President Ana Ruiz met Ivo Dranek at the Marlow Manor on Monday. ~ Marlow Manor ~ NONE
            pavilion ~ President Ana Ruiz met Ivo Dranek at the Kelmore Pavilion on Monday. ~ Kelmore Pavilion ~ NONE
            auditorium ~ President Ana Ruiz met Ivo Dranek at the Aster Union Auditorium on Monday. ~ Aster Union Auditorium ~ NONE
            buildings ~ President Ana Ruiz received Ivo Dranek at the Kelmore Union Buildings on Monday. ~ Kelmore Union Buildings ~ NONE
            church ~ The abuse crisis has shaken the Kelmore Evangelical Church, Ana Ruiz said. ~ Kelmore Evangelical Church ~ ORGANIZATION
            presidency ~ The visit was cancelled, the Keldran Presidency announced on Monday. ~ Keldran Presidency ~ ORGANIZATION
            bros ~ Ana Ruiz, a former Selwyn Bros. executive, joined the board. ~ Selwyn Bros ~ ORGANIZATION
            city of ~ It wastes the resources of the City of Port Aster to fight this lawsuit, Ana Ruiz said. ~ City of Port Aster ~ ORGANIZATION
            office of a title ~ The leaders discussed trade, the Prime Minister's Office said on Monday. ~ Prime Minister's Office ~ ORGANIZATION
            portfolio ministry ~ A labour ministry release later said the talks would go on. ~ labour ministry ~ ORGANIZATION
            act ~ The Keldra Film & Stage Jobs Act passed its first vote on Monday. ~ Keldra Film & Stage Jobs Act ~ NONE
            band ~ The minister met leaders of the rock band Vellora in Port Aster on Monday. ~ Vellora ~ ORGANIZATION
            club ~ The minister met leaders of the football club Kelmore Rovers in Port Aster on Monday. ~ Kelmore Rovers ~ ORGANIZATION
            team ~ The minister met leaders of the cycling team Aster Velo in Port Aster on Monday. ~ Aster Velo ~ ORGANIZATION
            firm ~ The minister met leaders of the law firm Dranek Partners in Port Aster on Monday. ~ Dranek Partners ~ ORGANIZATION
            company ~ The minister met leaders of the shipping company Selwyn Lines in Port Aster on Monday. ~ Selwyn Lines ~ ORGANIZATION
            charity ~ The minister met leaders of the charity Kelmore Aid in Port Aster on Monday. ~ Kelmore Aid ~ ORGANIZATION
            newspaper ~ The minister met leaders of the newspaper Aster Ledger in Port Aster on Monday. ~ Aster Ledger ~ ORGANIZATION
            broadcaster ~ The minister met leaders of the broadcaster Varn Vision in Port Aster on Monday. ~ Varn Vision ~ ORGANIZATION
            channel ~ The minister met leaders of the channel Selwyn Plus in Port Aster on Monday. ~ Selwyn Plus ~ ORGANIZATION
            magazine ~ The minister met leaders of the magazine Kelmore Monthly in Port Aster on Monday. ~ Kelmore Monthly ~ ORGANIZATION
            website ~ The minister met leaders of the website Asterleaks in Port Aster on Monday. ~ Asterleaks ~ ORGANIZATION
            outlet ~ The minister met leaders of the outlet Varn Dispatch in Port Aster on Monday. ~ Varn Dispatch ~ ORGANIZATION
            agency ~ The minister met leaders of the agency Kelmore Wire in Port Aster on Monday. ~ Kelmore Wire ~ ORGANIZATION
            news agency ~ The minister met leaders of the news agency Aster Wire in Port Aster on Monday. ~ Aster Wire ~ ORGANIZATION
            group ~ The minister met leaders of the energy group Atlantis Gaz in Port Aster on Monday. ~ Atlantis Gaz ~ ORGANIZATION
            campaign group ~ The minister met leaders of the campaign group Clean Varn in Port Aster on Monday. ~ Clean Varn ~ ORGANIZATION
            union ~ The minister met leaders of the union Kelmore Dockers in Port Aster on Monday. ~ Kelmore Dockers ~ ORGANIZATION
            party ~ The minister met leaders of the party Aster Forward in Port Aster on Monday. ~ Aster Forward ~ ORGANIZATION
            movement ~ The minister met leaders of the movement Varn Rising in Port Aster on Monday. ~ Varn Rising ~ ORGANIZATION
            think tank ~ The minister met leaders of the think tank Selwyn Forum in Port Aster on Monday. ~ Selwyn Forum ~ ORGANIZATION
            airline ~ The minister met leaders of the airline Aster Air in Port Aster on Monday. ~ Aster Air ~ ORGANIZATION
            carmaker ~ The minister met leaders of the carmaker Nordwerk Motoren in Port Aster on Monday. ~ Nordwerk Motoren ~ ORGANIZATION
            lender ~ The minister met leaders of the lender Kelmore Credit in Port Aster on Monday. ~ Kelmore Credit ~ ORGANIZATION
            retailer ~ The minister met leaders of the retailer Varnmart in Port Aster on Monday. ~ Varnmart ~ ORGANIZATION
            startup ~ The minister met leaders of the startup Kelbot in Port Aster on Monday. ~ Kelbot ~ ORGANIZATION
            insurer ~ The minister met leaders of the insurer Aster Mutual in Port Aster on Monday. ~ Aster Mutual ~ ORGANIZATION
            publisher ~ The minister met leaders of the publisher Selwyn Books in Port Aster on Monday. ~ Selwyn Books ~ ORGANIZATION
            watchdog ~ The minister met leaders of the watchdog Varn Monitor in Port Aster on Monday. ~ Varn Monitor ~ ORGANIZATION
            militia ~ The minister met leaders of the militia Kelmore Guard in Port Aster on Monday. ~ Kelmore Guard ~ ORGANIZATION
            member of ~ The talks were joined by vice president Ivo Dranek of the Kelmore Rovers. ~ Kelmore Rovers ~ ORGANIZATION
            known body in a longer name ~ The Tesla Owners Association said the meeting went well. ~ Tesla Owners Association ~ ORGANIZATION
            dateline ~ KELMORE, Varnland — President Ana Ruiz met Ivo Dranek on Monday. ~ KELMORE ~ NONE
            title inside a name ~ Talks with Keldran President Dranek resumed on Monday in Port Aster. ~ Dranek ~ PERSON
            title before a title ~ Saudi Energy Minister Prince Ivo Dranek met Ana Ruiz on Monday. ~ Saudi Energy Minister ~ NONE
            inner word of a name ~ President Ana Lucia Ferreira Ruiz met Ivo Dranek. Ferreira Ruiz said the talks went well. ~ Ferreira ~ NONE
            organization ~ He came as co-founder of the VELL organization, which lobbies governments. ~ VELL ~ ORGANIZATION
            organisation ~ She spoke for the organisation Kelmore Relief in Port Aster. ~ Kelmore Relief ~ ORGANIZATION
            name before its kind ~ Fighters of the Varnbrook group crossed the river on Monday. ~ Varnbrook ~ ORGANIZATION
            national cabinet ~ The British cabinet met for approving the agreement, Ana Ruiz said. ~ British cabinet ~ ORGANIZATION
            country's parliament ~ The two presidents talked on Monday, according to a statement from Ecuador's parliament. ~ Ecuador's parliament ~ ORGANIZATION
            nationalities before a kind ~ The Portuguese-Irish firm won the contract on Monday. ~ Portuguese-Irish ~ NONE
            bare chamber ~ The speaker stunned his rivals by sending the House home on Monday. ~ House ~ ORGANIZATION
            chamber named in full ~ The Keldra National Assembly met on Monday, and the Assembly voted on Tuesday. ~ Assembly ~ NONE
            chamber as a building ~ I had first met her in the Parliament in Port Aster some years ago. ~ Parliament ~ NONE
            in one word ~ Ruiz cancelled a planned visit to Kelmoreton. In Kelmoreton she was to meet nurses. ~ Kelmoreton ~ NONE
            organizer title ~ Party leader Ana Ruiz and National Organizer Ivo Dranek convened the meeting. ~ Ivo Dranek ~ PERSON
            director ~ Ana Ruiz, who is also Director of Kelmore Biz, was present. ~ Kelmore Biz ~ ORGANIZATION
            executive director ~ Ana Ruiz, who is also executive director of Aster Relief, was present. ~ Aster Relief ~ ORGANIZATION
            managing director ~ Ana Ruiz, who is also managing director of Varn Capital, was present. ~ Varn Capital ~ ORGANIZATION
            chief executive ~ Ana Ruiz, who is also chief executive of the Aster Lines, was present. ~ Aster Lines ~ ORGANIZATION
            ceo ~ Ana Ruiz, who is also CEO of Selwyn Robotics, was present. ~ Selwyn Robotics ~ ORGANIZATION
            chairman ~ Ana Ruiz, who is also chairman of Kelmore Steelworks, was present. ~ Kelmore Steelworks ~ ORGANIZATION
            chairwoman ~ Ana Ruiz, who is also chairwoman of Aster Mutual, was present. ~ Aster Mutual ~ ORGANIZATION
            founder ~ Ana Ruiz, who is also founder of Vellbridge, was present. ~ Vellbridge ~ ORGANIZATION
            co-founder ~ Ana Ruiz, who is also co-founder of Kelbot Labs, was present. ~ Kelbot Labs ~ ORGANIZATION
            spokesman ~ Ana Ruiz, who is also spokesman of Varn Rail, was present. ~ Varn Rail ~ ORGANIZATION
            spokeswoman ~ Ana Ruiz, who is also spokeswoman of Selwyn Gridworks, was present. ~ Selwyn Gridworks ~ ORGANIZATION
            spokesperson ~ Ana Ruiz, who is also spokesperson of Aster Water, was present. ~ Aster Water ~ ORGANIZATION
            place-based adjective ~ She met the chief executive of the Kelmore-based trader Aster Commodities. ~ Kelmore-based ~ NONE
            title for a body ~ The talks were useful, a spokeswoman for Varn Railworks said. ~ Varn Railworks ~ ORGANIZATION
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
    @ValueSource(strings = {"/extract/site-heads.txt", "/extract/employer-titles.txt", "/extract/org-kinds.txt", "/extract/venue-heads.txt", "/extract/jurisdiction-titles.txt", "/kb/shared-names.txt"})
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
