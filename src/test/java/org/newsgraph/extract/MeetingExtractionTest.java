package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.article.Article;
import org.newsgraph.pipeline.Analyzer;
import org.newsgraph.resolve.ArticleFacts;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.MeetingReport;

/**
 * Meetings from short texts written for this table. Each expected meeting is
 * "participants sorted and joined by '+' | status | mode | date | place", meetings separated by ';'.
 */
class MeetingExtractionTest {
    private static final Analyzer ANALYZER = Analyzer.load();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
        met-with ~ 2026-03-12 ~ Foreign Minister Amara Okafor met with Chancellor Lukas Brenner on Wednesday in Vienna. ~ Amara Okafor+Lukas Brenner|HAPPENED|IN_PERSON|2026-03-11|Vienna
        met-direct ~ 2026-03-12 ~ Prime Minister Ines Duarte met Senator Paul Whitcombe in Lisbon last month. ~ Ines Duarte+Paul Whitcombe|HAPPENED|IN_PERSON|2026-02|Lisbon
        held-talks-subject-pair ~ 2026-05-08 ~ Defence Minister Tomasz Wrona and his counterpart Hannah Lindqvist held talks in Stockholm on Thursday. ~ Hannah Lindqvist+Tomasz Wrona|HAPPENED|IN_PERSON|2026-05-07|Stockholm
        talks-between ~ 2026-05-08 ~ Talks between President Rafael Quintero and Prime Minister Mei Tanaka took place in Tokyo on May 2. ~ Mei Tanaka+Rafael Quintero|HAPPENED|IN_PERSON|2026-05-02|Tokyo
        phone-call ~ 2026-01-20 ~ President Olga Marchenko spoke by phone with Chancellor Lukas Brenner on Monday. ~ Lukas Brenner+Olga Marchenko|HAPPENED|PHONE|2026-01-19|
        phone-call-between-the-two ~ 2026-01-20 ~ Minister Pavel Sokol criticised Senator Dana Reyes. A phone call between the two took place on January 9. ~ Dana Reyes+Pavel Sokol|HAPPENED|PHONE|2026-01-09|
        video ~ 2026-04-02 ~ Chief executive Nadia Farouk held a video call with Finance Minister Jonas Berg on Tuesday. ~ Jonas Berg+Nadia Farouk|HAPPENED|VIDEO|2026-03-31|
        postponed ~ 2026-10-22 ~ The planned meeting between Foreign Minister Amara Okafor and Secretary Paul Whitcombe has been postponed, officials said. ~ Amara Okafor+Paul Whitcombe|POSTPONED|IN_PERSON||
        cancelled ~ 2026-06-01 ~ The summit between President Rafael Quintero and President Olga Marchenko in Geneva was cancelled on Sunday. ~ Olga Marchenko+Rafael Quintero|CANCELLED|IN_PERSON||Geneva
        planned-weekday ~ 2026-07-06 ~ President Olga Marchenko will meet Prime Minister Ines Duarte in Warsaw on Thursday. ~ Ines Duarte+Olga Marchenko|PLANNED|IN_PERSON|2026-07-09|Warsaw
        scheduled ~ 2026-07-06 ~ Secretary Paul Whitcombe is scheduled to hold talks with Minister Mei Tanaka on Friday. ~ Mei Tanaka+Paul Whitcombe|PLANNED|IN_PERSON|2026-07-10|
        hosted ~ 2026-09-15 ~ King Haakon Alvestad hosted President Rafael Quintero at the palace in Oslo on Monday. ~ Haakon Alvestad+Rafael Quintero|HAPPENED|IN_PERSON|2026-09-14|Oslo
        received ~ 2026-09-15 ~ President Olga Marchenko received footballer Diego Almirón in Kyiv on Saturday. ~ Diego Almirón+Olga Marchenko|HAPPENED|IN_PERSON|2026-09-12|Kyiv
        received-invitation ~ 2026-09-15 ~ President Olga Marchenko received an invitation to visit Canberra in May. ~
        possessive ~ 2026-02-10 ~ Of note was Okafor's meeting with Chancellor Lukas Brenner. Minister Amara Okafor said little. ~ Amara Okafor+Lukas Brenner|HAPPENED|IN_PERSON||
        his-meeting ~ 2026-02-10 ~ The remarks by President Rafael Quintero came after his meeting this week with Prime Minister Mei Tanaka. ~ Mei Tanaka+Rafael Quintero|HAPPENED|IN_PERSON||
        carried-subject ~ 2026-02-10 ~ Foreign Minister Amara Okafor met Chancellor Lukas Brenner in Berlin. A meeting was also held with the head of the Irish foreign ministry, Ciaran Doyle. ~ Amara Okafor+Lukas Brenner|HAPPENED|IN_PERSON||Berlin;Amara Okafor+Ciaran Doyle|HAPPENED|IN_PERSON||Berlin
        also-held-talks ~ 2026-02-10 ~ Minister Amara Okafor met Chancellor Lukas Brenner in Berlin on Monday. She also held talks with Senator Dana Reyes. ~ Amara Okafor+Lukas Brenner|HAPPENED|IN_PERSON|2026-02-09|Berlin;Amara Okafor+Dana Reyes|HAPPENED|IN_PERSON|2026-02-09|Berlin
        one-day-earlier ~ 2026-07-11 ~ President Rafael Quintero and Prime Minister Mei Tanaka held a second round of talks in Osaka on Friday. The session followed a longer session between the two leaders one day earlier. ~ Mei Tanaka+Rafael Quintero|HAPPENED|IN_PERSON|2026-07-10|Osaka;Mei Tanaka+Rafael Quintero|HAPPENED|IN_PERSON|2026-07-09|Osaka
        denial ~ 2026-03-03 ~ Officials denied that Senator Dana Reyes met Minister Pavel Sokol in Prague. ~
        did-not-meet ~ 2026-03-03 ~ Senator Dana Reyes did not meet Minister Pavel Sokol during the trip. ~
        speech-not-meeting ~ 2026-03-03 ~ President Olga Marchenko spoke at the forum in Davos on Tuesday, while Chancellor Lukas Brenner listened. ~
        speaker-excluded ~ 2026-03-03 ~ Minister Pavel Sokol said that President Olga Marchenko met Prime Minister Ines Duarte in Rome on Sunday. ~ Ines Duarte+Olga Marchenko|HAPPENED|IN_PERSON|2026-03-01|Rome
        topic-not-place ~ 2026-03-03 ~ Prime Minister Ines Duarte met Chancellor Lukas Brenner to discuss the war in Ukraine. ~ Ines Duarte+Lukas Brenner|HAPPENED|IN_PERSON||
        background-month ~ 2026-07-11 ~ Their previous meeting between Minister Amara Okafor and Chancellor Lukas Brenner took place in February in Madrid. ~ Amara Okafor+Lukas Brenner|HAPPENED|IN_PERSON|2026-02|Madrid
        dash-compound ~ 2026-10-22 ~ President Rafael Quintero and President Olga Marchenko disagree. The Quintero–Marchenko summit is expected next month. ~ Olga Marchenko+Rafael Quintero|PLANNED|IN_PERSON|2026-11|
        unnamed-then-named ~ 2025-05-23 ~ The finance ministers of Chile, Peru and Colombia met in Lima on Thursday. Ana Ruiz, Pedro Salas and Marta Gil held talks for two hours. ~ Ana Ruiz+Marta Gil+Pedro Salas|HAPPENED|IN_PERSON|2025-05-22|Lima
        look-forward ~ 2025-06-12 ~ President Olga Marchenko spoke with Chancellor Lukas Brenner. The leaders agreed to stay in contact and look forward to meeting in Vienna next month. ~ Lukas Brenner+Olga Marchenko|HAPPENED|||;Lukas Brenner+Olga Marchenko|PLANNED|IN_PERSON|2025-07|Vienna
        again-same-sentence ~ 2026-03-11 ~ Negotiator Henrik Vandermeulen met Secretary Lucía Barragán Ortiz on Monday, and the two met again on Tuesday. ~ Henrik Vandermeulen+Lucía Barragán Ortiz|HAPPENED|IN_PERSON|2026-03-09|;Henrik Vandermeulen+Lucía Barragán Ortiz|HAPPENED|IN_PERSON|2026-03-10|
        coordinated-plan ~ 2026-11-18 ~ The state visit has been postponed. President Ana Ruiz was to be received by King Haakon Alvestad and to hold talks with Prime Minister Ines Duarte. ~ Ana Ruiz+Haakon Alvestad|POSTPONED|IN_PERSON||;Ana Ruiz+Ines Duarte|POSTPONED|IN_PERSON||
        separately ~ 2025-10-14 ~ Premier Li Wen and Speaker Zhao Ming met separately with President Tran Van Minh on Monday. ~ Li Wen+Tran Van Minh|HAPPENED|IN_PERSON|2025-10-13|;Tran Van Minh+Zhao Ming|HAPPENED|IN_PERSON|2025-10-13|
        group-received ~ 2024-10-04 ~ President Ana Ruiz on Thursday received members of the national chess team, including Pedro Salas and Marta Gil, at the palace. ~ Ana Ruiz+Pedro Salas|HAPPENED|IN_PERSON|2024-10-03|;Ana Ruiz+Marta Gil|HAPPENED|IN_PERSON|2024-10-03|
        side-plan-then-past ~ 2025-09-02 ~ Energy Minister Omar Haddad met Oil Minister Karim Nasser in Riyadh on Tuesday. Nasser is also due to meet the trade minister, Youssef Barakat, on Thursday. The two ministers last met in Baghdad in January. ~ Karim Nasser+Omar Haddad|HAPPENED|IN_PERSON|2025-09-02|Riyadh;Karim Nasser+Youssef Barakat|PLANNED|IN_PERSON|2025-09-04|;Karim Nasser+Omar Haddad|HAPPENED|IN_PERSON|2025-01|Baghdad
        met-each-counterpart ~ 2026-11-05 ~ Chancellor Lukas Brenner met with Prime Minister Ines Duarte and President Olga Marchenko in Brussels on Wednesday. ~ Ines Duarte+Lukas Brenner|HAPPENED|IN_PERSON|2026-11-04|Brussels;Lukas Brenner+Olga Marchenko|HAPPENED|IN_PERSON|2026-11-04|Brussels
        met-jointly ~ 2026-11-05 ~ Chancellor Lukas Brenner met jointly with Prime Minister Ines Duarte and President Olga Marchenko in Brussels on Wednesday. ~ Ines Duarte+Lukas Brenner+Olga Marchenko|HAPPENED|IN_PERSON|2026-11-04|Brussels
        a-meeting-with-two ~ 2026-11-05 ~ Mayor Rosa Okafor had a meeting with Premier Tomas Lindqvist and Minister Dana Reyes on Wednesday. ~ Dana Reyes+Rosa Okafor+Tomas Lindqvist|HAPPENED|IN_PERSON|2026-11-04|
        called-phone ~ 2026-05-06 ~ Mayor Rosa Okafor said she called Governor Youssef Barakat last night. ~ Rosa Okafor+Youssef Barakat|HAPPENED|PHONE|2026-05-05|
        called-a-name ~ 2026-05-06 ~ Mayor Rosa Okafor called Governor Youssef Barakat a coward on Tuesday. ~
        title-with-and ~ 2026-05-06 ~ Mayor Rosa Okafor met with Premier Li Wen and the Minister of Culture and Heritage on Monday. ~ Li Wen+Rosa Okafor|HAPPENED|IN_PERSON|2026-05-04|
        quoted-we ~ 2026-05-06 ~ Speaker Dana Reyes and Senator Paul Whitcombe met on Tuesday. "We will continue to meet in the coming weeks," the two said in a statement. ~ Dana Reyes+Paul Whitcombe|HAPPENED|IN_PERSON|2026-05-05|;Dana Reyes+Paul Whitcombe|PLANNED|IN_PERSON||
        quoted-we-spokesperson ~ 2026-05-06 ~ Chief executive Nadia Farouk met Minister Jonas Berg on Tuesday. "We had a useful conversation," a company spokeswoman, Eva Steiner, said afterwards. ~ Jonas Berg+Nadia Farouk|HAPPENED|IN_PERSON|2026-05-05|
        dateline-yields ~ 2026-05-06 ~ LISBON – In a private meeting with President Olga Marchenko, singer Diego Almirón spoke of poverty. Almirón met Marchenko at her residence in Sintra. ~ Diego Almirón+Olga Marchenko|HAPPENED|IN_PERSON||Sintra;Diego Almirón+Olga Marchenko|HAPPENED|IN_PERSON||Sintra
        role-named-later ~ 2026-05-06 ~ In a telephone conversation with the Kenyan leader on Monday, President Ana Ruiz discussed trade. Kenyan President Otieno Kamau thanked her. ~ Ana Ruiz+Otieno Kamau|HAPPENED|PHONE|2026-05-04|
        may-is-a-month ~ 2026-06-05 ~ Prime Minister Ines Duarte will meet President Olga Marchenko in August. She last met Olga Marchenko at a function in Porto on June 3. Earlier on May 20, the duo held bilateral talks in London. ~ Ines Duarte+Olga Marchenko|PLANNED|IN_PERSON|2026-08|;Ines Duarte+Olga Marchenko|HAPPENED|IN_PERSON|2026-06-03|Porto;Ines Duarte+Olga Marchenko|HAPPENED|IN_PERSON|2026-05-20|London
        dateline-yields-same-month ~ 2026-05-06 ~ LISBON – In a private meeting with President Olga Marchenko on May 4, singer Diego Almirón spoke of poverty. Almirón met Marchenko at her residence in Sintra. ~ Diego Almirón+Olga Marchenko|HAPPENED|IN_PERSON|2026-05-04|Sintra;Diego Almirón+Olga Marchenko|HAPPENED|IN_PERSON||Sintra
        country-name-role ~ 2026-05-06 ~ Leaders of the region arrive on Friday, among them Nepal Prime Minister Ram Thapa. Foreign Minister Ana Ruiz is likely to hold talks with the Nepal prime minister on Saturday. ~ Ana Ruiz+Ram Thapa|PLANNED|IN_PERSON|2026-05-09|
        plan-not-at-past-place ~ 2026-05-06 ~ President Ana Ruiz met Chancellor Lukas Brenner in London on May 2. The two leaders will meet again next month. ~ Ana Ruiz+Lukas Brenner|HAPPENED|IN_PERSON|2026-05-02|London;Ana Ruiz+Lukas Brenner|PLANNED|IN_PERSON|2026-06|
        speaker-hosts ~ 2026-05-06 ~ Prime Minister Ines Duarte said it was a great pleasure to welcome President Olga Marchenko in Lisbon on Tuesday. ~ Ines Duarte+Olga Marchenko|HAPPENED|IN_PERSON|2026-05-05|Lisbon
        speaker-will-host ~ 2026-05-06 ~ Prime Minister Ines Duarte said it would be an honour to welcome President Olga Marchenko on Friday. ~ Ines Duarte+Olga Marchenko|PLANNED|IN_PERSON|2026-05-08|
        due-after-cancelled-trip ~ 2026-05-06 ~ Secretary Paul Whitcombe cancelled a trip to Vienna, where he was to meet Chancellor Lukas Brenner. Officials cited the budget talks at home. The secretary was due to meet Brenner and Minister Eva Steiner on trade. ~ Lukas Brenner+Paul Whitcombe|CANCELLED|IN_PERSON||Vienna;Lukas Brenner+Paul Whitcombe|CANCELLED|IN_PERSON||Vienna;Eva Steiner+Paul Whitcombe|CANCELLED|IN_PERSON||Vienna
        meetings-including ~ 2026-11-05 ~ Minister Karim Nasser has held meetings with several officials, including Speaker Omar Haddad and Governor Youssef Barakat. ~ Karim Nasser+Omar Haddad|HAPPENED|IN_PERSON||;Karim Nasser+Youssef Barakat|HAPPENED|IN_PERSON||
        city-of ~ 2026-11-05 ~ Secretary Paul Whitcombe will hold talks with Minister Mei Tanaka on November 12 in the southern Spanish city of Seville. ~ Mei Tanaka+Paul Whitcombe|PLANNED|IN_PERSON|2026-11-12|Seville
        past-in-a-future-sentence ~ 2026-06-20 ~ President Ana Ruiz, who met Chancellor Lukas Brenner in May in Porto, will travel to Vienna next week. ~ Ana Ruiz+Lukas Brenner|HAPPENED|IN_PERSON|2026-05|Porto
        cancellation-of-possessive ~ 2026-03-03 ~ The ministry announced the cancellation of President Rafael Quintero's scheduled meeting with Prime Minister Mei Tanaka. ~ Mei Tanaka+Rafael Quintero|CANCELLED|IN_PERSON||
        cancelled-trip-to-meet ~ 2026-03-03 ~ Chancellor Lukas Brenner cancelled a planned trip to Lisbon to meet Prime Minister Ines Duarte. ~ Ines Duarte+Lukas Brenner|CANCELLED|IN_PERSON||
        due-after-postponement ~ 2026-03-03 ~ The state visit of President Ana Ruiz has been postponed. The palace gave no reason. Officials did not say when it would take place. King Haakon Alvestad was due to host Ruiz on Thursday. ~ Ana Ruiz+Haakon Alvestad|POSTPONED|IN_PERSON|2026-03-05|
        patronymic-short-form ~ 2026-11-05 ~ Foreign Minister Khalid bin Faris bin Nasser arrived in Muscat on Monday. Officials said that bin Faris met Minister Ana Ruiz at the ministry. ~ Ana Ruiz+Khalid bin Faris bin Nasser|HAPPENED|IN_PERSON||
        wire-formula-then-named ~ 2026-04-13 ~ OSLO (Meridian Wire) - Negotiators for the ferry workers and the operators met on Sunday to avert a strike. The union's chief Marta Gil argued for a pay rise. Gil and federation chief Pedro Salas held talks for six hours. ~ Marta Gil+Pedro Salas|HAPPENED|IN_PERSON|2026-04-12|Oslo
        aside-not-subject ~ 2026-03-03 ~ Senator Dana Reyes and Mayor Rosa Okafor, one of Governor Omar Haddad's closest allies, met in Porto on Monday. ~ Dana Reyes+Rosa Okafor|HAPPENED|IN_PERSON|2026-03-02|Porto
        meeting-among ~ 2026-03-03 ~ The scheduled meeting among Speaker Omar Haddad, Minister Karim Nasser and Governor Youssef Barakat has been postponed. ~ Karim Nasser+Omar Haddad+Youssef Barakat|POSTPONED|IN_PERSON||
        may-have-met ~ 2026-03-03 ~ Officials said Minister Pavel Sokol and Senator Dana Reyes may have met in Prague. ~ Dana Reyes+Pavel Sokol|HAPPENED|IN_PERSON||Prague
        place-in-another-clause ~ 2026-03-03 ~ Minister Karim Nasser met Governor Youssef Barakat on Monday, with both men preparing to commemorate the founding of the port at Porto. ~ Karim Nasser+Youssef Barakat|HAPPENED|IN_PERSON|2026-03-02|
        this-year-is-that-day ~ 2026-03-04 ~ Prime Minister Ines Duarte hosted Chancellor Lukas Brenner in Lisbon on Tuesday. The annual talks between Duarte and Brenner carry special weight this year. ~ Ines Duarte+Lukas Brenner|HAPPENED|IN_PERSON|2026-03-03|Lisbon;Ines Duarte+Lukas Brenner|HAPPENED|IN_PERSON|2026-03-03|Lisbon
        role-reference ~ 2026-03-05 ~ Governor Youssef Barakat toured the port on Monday. On Tuesday the governor met Minister Karim Nasser in Porto. ~ Karim Nasser+Youssef Barakat|HAPPENED|IN_PERSON|2026-03-03|Porto
        upon-hosting ~ 2026-03-05 ~ President Ana Ruiz made the offer at the inauguration of the new mayor, Pedro Salas, upon hosting Minister Karim Nasser in Lima on Tuesday. ~ Ana Ruiz+Karim Nasser|HAPPENED|IN_PERSON|2026-03-03|Lima
        venue-named-after-a-person ~ 2026-03-05 ~ President Ana Ruiz hosted Chancellor Lukas Brenner at her Dr Amos Kibet House residence in Lima on Tuesday. ~ Ana Ruiz+Lukas Brenner|HAPPENED|IN_PERSON|2026-03-03|Lima
        video-far-in-the-clause ~ 2026-03-05 ~ President Ana Ruiz's talks with Chancellor Lukas Brenner, Prime Minister Ines Duarte and President Olga Marchenko were held on Tuesday in a videoconference format because of the storm. ~ Ana Ruiz+Ines Duarte+Lukas Brenner+Olga Marchenko|HAPPENED|VIDEO|2026-03-03|
        received-a-call-from ~ 2026-03-06 ~ Governor Youssef Barakat received a phone call on Friday from Prime Minister Ines Duarte. ~ Ines Duarte+Youssef Barakat|HAPPENED|PHONE|2026-03-06|
        sidelines-body-not-met ~ 2026-03-04 ~ President Ana Ruiz and Chancellor Lukas Brenner will meet on the sidelines of the Pacific Ports Council summit in Lima on Friday. ~ Ana Ruiz+Lukas Brenner|PLANNED|IN_PERSON|2026-03-06|Lima
        patronymic-name ~ 2026-11-05 ~ Foreign Minister Khalid bin Faris bin Nasser met Minister Ana Ruiz in Muscat on Wednesday. ~ Ana Ruiz+Khalid bin Faris bin Nasser|HAPPENED|IN_PERSON|2026-11-04|Muscat
        """)
    void findsMeetings(String name, String published, String text, String expected) {
        Article a = new Article("t-" + name, null, null, published, null, text, false, "table:" + name);
        ArticleFacts facts = ANALYZER.analyze(a);
        List<String> got = new ArrayList<>();
        for (MeetingReport r : facts.meetings()) {
            TreeSet<String> names = new TreeSet<>();
            for (Entity e : r.participants()) names.add(e.label());
            got.add(String.join("+", names) + "|" + r.status() + "|" + (r.mode() == null ? "" : r.mode()) + "|"
                    + (r.date() == null ? "" : r.date().lexical()) + "|" + (r.place() == null ? "" : r.place().label()));
        }
        assertEquals(expected == null ? "" : expected.strip(), String.join(";", got));
    }
}
