package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.annotate.Annotation;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;

/**
 * Finds the meetings an article states: "X met (with) Y", "X and Y held talks", "talks between X and Y",
 * "X's meeting with Y", "X hosted/received Y", "X spoke by phone with Y", "a phone call between the two",
 * "a meeting was also held with Y" (the subject carried from context), with status, mode, place and date.
 * Works on tokens and the mentions found before; participants left implicit ("he", "the two ministers",
 * "the head of the ministry") are taken from the discourse.
 */
public final class MeetingFinder {
    private static final Set<String> VERBS = Set.of("met", "meet", "meets", "called", "see", "seeing", "hosted", "hosts", "host", "hosting",
            "received", "receives", "receive", "receiving", "welcomed", "welcomes", "welcome", "talked", "talk",
            "spoke", "speak", "speaks", "spoken", "phoned", "conferred", "confer", "sat", "visited");
    /** Verbs that make a meeting out of the noun that follows: "held talks", "had a call". */
    private static final Set<String> SUPPORT = Set.of("held", "hold", "holds", "holding", "had", "have", "has",
            "conducted", "conduct", "conducts", "convened", "convene", "convenes", "maintained", "maintain",
            "maintains", "attended");
    private static final Set<String> NOUNS = Set.of("meeting", "meetings", "talks", "summit", "call", "calls",
            "conversation", "conversations", "session", "discussion", "discussions", "consultations", "exchange",
            "encounter", "videoconference", "video-conference", "tête-à-tête", "phone-call", "audience", "round",
            "conference");
    private static final Set<String> CLAUSE_END = Set.of(".", ";", ":", "?", "!", "as", "while", "which", "who",
            "where", "when", "because", "amid", "said", "says", "told", "following", "after", "before", "but",
            "whereas", "although", "though", "since", "to", "for", "and");
    private static final Set<String> SUBJECT_STOP = Set.of(";", ":", "that", "said", "says", "told", "if",
            "whether", "because", "while", "but", "—", "–");
    private static final Set<String> SPEECH = Set.of("said", "says", "told", "tells", "noted", "added", "stated",
            "reported", "wrote", "explained", "declared", "announced", "insisted", "stressed", "emphasized");
    private static final Set<String> PLANNED = Set.of("will", "'ll", "’ll", "shall", "would", "could", "may", "might",
            "scheduled", "planned", "plans", "plan", "planning", "set", "due", "expected", "expects", "upcoming",
            "anticipated", "proposed", "proposes", "propose", "possible", "potential", "prospective", "future", "hopes",
            "hope", "hoping", "intends", "intend", "want", "wants", "wanted", "agreed", "invited", "seeks", "seeking",
            "likely", "unlikely", "ahead", "forthcoming", "next", "to",
            "forward", "aims", "intended", "envisaged", "slated", "tentatively");
    private static final Set<String> POSTPONED = Set.of("postponed", "postpone", "postpones", "delayed", "delay",
            "rescheduled", "deferred", "suspended", "tabled", "postponement", "delays");
    private static final Set<String> CANCELLED = Set.of("cancelled", "canceled", "cancel", "cancels", "scrapped",
            "scrap", "axed", "abandoned", "scuttled", "cancellation", "cancelation");
    private static final Set<String> NEGATION = Set.of("not", "n't", "never", "no", "denied", "denies", "deny",
            "refused", "refuses", "declined", "ruled", "without");
    private static final Set<String> PHONE = Set.of("phone", "telephone", "phoned", "call", "calls", "phone-call",
            "telephoned");
    private static final Set<String> VIDEO = Set.of("video", "videoconference", "video-conference", "virtual",
            "virtually", "online", "video-link", "videolink", "zoom");
    private static final Set<String> PLURAL_ANAPHORS = Set.of("two", "both", "they", "pair", "duo", "officials", "ministers",
            "leaders", "diplomats", "sides", "politicians", "presidents", "counterparts", "men", "women", "executives",
            "envoys", "delegations", "chiefs");
    private static final Set<String> GROUP_DETERMINERS = Set.of("the", "both", "two", "three", "four", "these",
            "all", "those");
    private static final Set<String> TOPIC_NOUNS = Set.of("war", "conflict", "crisis", "situation", "peace",
            "fighting", "settlement", "invasion", "offensive", "election", "elections", "attacks", "strikes",
            "investment", "interests", "operations", "presence", "troops", "ceasefire", "tensions", "security",
            "violence", "trade", "policy", "role", "influence", "stability", "development", "cooperation", "growth");

    private static final Set<String> PLACE_NOUNS = Set.of("city", "town", "capital", "village", "port", "resort",
            "region", "province", "island", "enclave", "state", "county", "district", "outskirts", "suburb", "seaside");

    private static final Set<String> PERSON_ROLES = Set.of("leader", "premier", "president", "minister", "diplomat",
            "official", "envoy", "chief", "head", "monarch", "king", "queen", "chancellor", "ruler", "counterpart",
            "prime", "foreign", "top", "senior", "delegation");
    private static final Set<String> FOLLOW_UP = Set.of("also", "later", "afterwards", "afterward", "then",
            "subsequently", "separately", "leaving", "departing");

    private static final MeetingLexicon LEX = MeetingLexicon.standard();
    private static final RoleNouns ROLES = RoleNouns.standard();

    private final DateFinder dates;
    private final Gazetteer gazetteer;

    public MeetingFinder(DateFinder dates, Gazetteer gazetteer) {
        this.dates = dates;
        this.gazetteer = gazetteer;
    }

    /** The meetings of one article; {@code anchor} is the publication date or dateline, or null. */
    public List<MeetingFrame> find(Annotation a, Clusters clusters, LocalDate anchor) {
        Discourse d = new Discourse();
        d.clusters = clusters;
        List<MeetingFrame> out = new ArrayList<>();
        List<Mention> ms = clusters.mentions();
        // a dateline ("PARIS — ", "KAMPALA, May 3 (Wire) -") opens one of the first lines: where the story was filed
        for (int k = 0; k < ms.size() && ms.get(k).sentence() <= 2; k++) {
            Mention m = ms.get(k);
            Sentence s = a.sentences().get(m.sentence());
            if (m.type() == EntityType.PLACE && m.firstToken() == s.firstToken() && m.endToken() < s.endToken()
                    && a.tokens().get(m.endToken()).text().matches("[,(\\-–—]")) {
                d.datelinePlace = clusters.clusterOf(k);
                d.datelineSentence = m.sentence();
                break;
            }
        }
        int mi = 0;
        java.util.Set<List<Object>> seen = new java.util.HashSet<>(); // sentence, participants, date of each frame kept
        for (int si = 0; si < a.sentences().size(); si++) {
            Sentence s = a.sentences().get(si);
            List<Integer> here = new ArrayList<>();
            while (mi < ms.size() && ms.get(mi).sentence() < si) mi++;
            for (int k = mi; k < ms.size() && ms.get(k).sentence() == si; k++) here.add(k);
            SentenceView v = new SentenceView(a, s, si, here, clusters);
            String sentText = a.text().substring(s.start(), s.end());
            boolean future = DateCues.futureTense(v);
            List<DateFinder.Found> found = dates.find(sentText, anchor, d.previousDate, future);
            d.noteCues(v);
            List<MeetingFrame> frames = framesOf(v, d, found, anchor, future);
            for (MeetingFrame f : frames) {
                if (seen.add(java.util.Arrays.asList(f.sentence(), f.participants(), f.date()))) out.add(f);
            }
            d.update(v, frames, found, isHeading(a, s));
        }
        return phoneByHeadline(a, datelineYields(inheritWithinArticle(out, clusters), d.datelinePlace));
    }

    /**
     * "ROME – In a meeting with X, Y said … Y met X at his residence in the Vatican": the place the text gives a
     * meeting wins over the dateline's, for the other reports of the same people, status and date.
     */
    private static List<MeetingFrame> datelineYields(List<MeetingFrame> frames, int dateline) {
        if (dateline < 0) return frames;
        List<MeetingFrame> out = new ArrayList<>(frames.size());
        for (MeetingFrame f : frames) {
            MeetingFrame told = null;
            if (f.place() == dateline) {
                for (MeetingFrame g : frames) {
                    if (g.place() < 0 || g.place() == dateline || g.status() != f.status()
                            || f.date() != null && g.date() != null && !f.date().lexical().startsWith(g.date().lexical())
                            && !g.date().lexical().startsWith(f.date().lexical())
                            || !new java.util.HashSet<>(g.participants()).equals(new java.util.HashSet<>(f.participants()))) continue;
                    if (told != null && told.place() != g.place()) {
                        told = null; // two other places: keep the dateline
                        break;
                    }
                    told = g;
                }
            }
            out.add(told == null ? f : new MeetingFrame(f.participants(), told.place(), f.date(), f.status(), f.mode(),
                    f.sentence(), f.confidence()));
        }
        return out;
    }

    /** A readout headed "PM call with President X": conversations of unstated mode in it were by phone. */
    private static List<MeetingFrame> phoneByHeadline(Annotation a, List<MeetingFrame> frames) {
        boolean phone = false;
        for (int si = 0; si < Math.min(3, a.sentences().size()); si++) {
            Sentence s = a.sentences().get(si);
            if (!isHeading(a, s)) continue;
            for (int k = s.firstToken(); k < s.endToken(); k++)
                if (a.tokens().get(k).text().toLowerCase(Locale.ROOT).matches("call|phone|telephone|phone-call|calls"))
                    phone = true;
        }
        if (!phone) return frames;
        List<MeetingFrame> out = new ArrayList<>();
        for (MeetingFrame f : frames)
            out.add(f.mode() == null && f.status() == MeetingStatus.HAPPENED
                    ? new MeetingFrame(f.participants(), -1, f.date(), f.status(), MeetingMode.PHONE, f.sentence(), f.confidence())
                    : f);
        return out;
    }

    /**
     * "The hour-long meeting focused on trade": a report without a date of a meeting the article dates
     * elsewhere takes that date (and place) when exactly one such meeting of the same people fits.
     */
    private static List<MeetingFrame> inheritWithinArticle(List<MeetingFrame> frames, Clusters clusters) {
        List<MeetingFrame> out = new ArrayList<>();
        // dated frames by their people and status: only those can lend a date (a scan of all frames was quadratic)
        java.util.Map<List<Object>, List<MeetingFrame>> dated = new java.util.HashMap<>();
        for (MeetingFrame g : frames) {
            if (g.date() != null)
                dated.computeIfAbsent(List.of(new java.util.HashSet<>(g.participants()), g.status()), k -> new ArrayList<>()).add(g);
        }
        for (MeetingFrame f : frames) {
            if (f.date() != null && f.date().precision() == Precision.YEAR && f.date().anchor() != null) {
                // "this year" said of a meeting the article dates to the day: that day, when exactly one fits
                MeetingFrame only = null;
                Set<String> days = new java.util.HashSet<>();
                for (MeetingFrame g : frames) {
                    if (g == f || g.date() == null || g.date().precision() != Precision.DAY || g.status() != f.status()
                            || !g.date().lexical().startsWith(f.date().lexical())
                            || !new java.util.HashSet<>(g.participants()).equals(new java.util.HashSet<>(f.participants()))) continue;
                    if (only == null) only = g;
                    days.add(g.date().lexical());
                }
                if (days.size() == 1) {
                    out.add(new MeetingFrame(f.participants(), f.place() >= 0 ? f.place() : only.place(), only.date(),
                            f.status(), f.mode() != null ? f.mode() : only.mode(), f.sentence(), f.confidence() * 0.9));
                    continue;
                }
            }
            if (f.date() != null) {
                out.add(f);
                continue;
            }
            MeetingFrame only = null;
            int n = 0;
            for (MeetingFrame g : dated.getOrDefault(List.of(new java.util.HashSet<>(f.participants()), f.status()), List.of())) {
                if (f.mode() != null && g.mode() != null && f.mode() != g.mode()) continue;
                if (f.place() >= 0 && g.place() >= 0 && f.place() != g.place()) continue;
                only = g;
                if (++n > 1) break; // two fit: neither lends its date
            }
            if (n == 1) {
                out.add(new MeetingFrame(f.participants(), f.place() >= 0 ? f.place() : only.place(), only.date(),
                        f.status(), f.mode() != null ? f.mode() : only.mode(), f.sentence(), f.confidence() * 0.9));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    // ---- one sentence ---------------------------------------------------------------------------

    private List<MeetingFrame> framesOf(SentenceView v, Discourse d, List<DateFinder.Found> found, LocalDate anchor,
                                        boolean future) {
        List<MeetingFrame> frames = new ArrayList<>();
        for (int t = v.first; t < v.end; t++) {
            String w = v.low(t);
            Trigger trig = null;
            if (VERBS.contains(w)) trig = verbTrigger(v, t);
            else if (LEX.is("phone-verb", w) || LEX.is("with-verb", w) || LEX.is("visit-verb", w)) trig = lexiconVerbTrigger(v, t);
            else if (SUPPORT.contains(w)) trig = supportTrigger(v, t);
            else if (NOUNS.contains(w) && !supportBefore(v, t)) trig = nounTrigger(v, t);
            if (trig == null) continue;
            LinkedHashSet<Integer> parts = participants(v, d, trig, frames);
            if (parts.size() < 2) {
                int unnamedPlace = place(v, trig);
            if (unnamedPlace < 0 && v.si == d.datelineSentence) unnamedPlace = d.datelinePlace;
            d.rememberUnnamed(v, trig.at, pickDate(v, trig, found), unnamedPlace);
                continue;
            }
            MeetingStatus status = status(v, trig, frames.isEmpty());
            if (status == null) continue; // denied or negated: no meeting
            if (!frames.isEmpty() && v.coordinatedVerbPhrase(trig.at) && v.lowIn(trig.at - 2, 2, "to")
                    && frames.get(0).status() != MeetingStatus.HAPPENED)
                status = frames.get(0).status(); // "was to be received by X and to hold talks with Y"
            if (status == MeetingStatus.PLANNED && unrealisedPlan(v, trig) && d.recentCancelOrPostpone(v.si) != null)
                status = d.recentCancelOrPostpone(v.si);
            else if (status == MeetingStatus.PLANNED && unrealisedPlan(v, trig)) {
                MeetingStatus fate = d.fateOf(new ArrayList<>(parts));
                if (fate != null) status = fate;
            }
            MeetingMode mode = mode(v, trig);
            // a meeting not (yet) held is dated forward: "planned for Friday" means the coming Friday
            // and one that happened backward, whatever else the sentence plans: "X, who met Y in May, will ..."
            List<DateFinder.Found> dated = status != MeetingStatus.HAPPENED && !future
                    ? dates.find(v.a.text().substring(v.s.start(), v.s.end()), anchor, d.previousDate, true)
                    : status == MeetingStatus.HAPPENED && future
                    ? dates.find(v.a.text().substring(v.s.start(), v.s.end()), anchor, d.previousDate, false) : found;
            DateValue date = pickDate(v, trig, dated);
            if (date != null && (status == MeetingStatus.CANCELLED || status == MeetingStatus.POSTPONED)) {
                // "On Tuesday X cancelled the meeting planned for Friday": Friday, when the clause names it
                List<DateFinder.Found> own = new ArrayList<>();
                for (DateFinder.Found f : dated) if (!dateOfDecision(v, trig, f)) own.add(f);
                DateValue planned = own.size() < dated.size() ? pickDate(v, trig, own) : null;
                if (planned != null) date = planned;
            }
            if (date == null && status == MeetingStatus.HAPPENED && anchor != null && ongoing(v, trig))
                date = new DateValue(anchor.toString(), Precision.DAY, "under way", anchor.toString(), "ongoing");
            if (date == null && status == MeetingStatus.HAPPENED) date = d.followUpDate(v, parts);
            if (date == null && status == MeetingStatus.PLANNED) date = d.followUpPlanDate(v, parts);
            int place = mode == MeetingMode.PHONE || mode == MeetingMode.VIDEO ? -1 : place(v, trig);
            if (place < 0 && mode != MeetingMode.PHONE && mode != MeetingMode.VIDEO) place = seatVenue(v, trig);
            if (status == MeetingStatus.HAPPENED && v.si - d.unnamedSentence <= 3 && d.unnamedSentence >= 0
                    && !(place >= 0 && d.unnamedPlace >= 0 && place != d.unnamedPlace)
                    && !v.lowIn(trig.at - 2, 2, "first", "previously", "last", "earlier", "once")) {
                // "The foreign ministers of A, B and C met in X on Thursday. Lee, Park and Kim held talks ..."
                if (date == null) date = d.unnamedDate;
                if (place < 0 && mode != MeetingMode.PHONE && mode != MeetingMode.VIDEO) place = d.unnamedPlace;
            }
            if (place < 0 && mode != MeetingMode.PHONE && mode != MeetingMode.VIDEO && d.datelinePlace >= 0
                    && (v.venueAfter(trig.end) || v.si == d.datelineSentence && status == MeetingStatus.HAPPENED))
                place = d.datelinePlace; // "at State House"; the wire formula "CITY (Wire) - X met Y"
            if (place < 0 && mode != MeetingMode.PHONE && mode != MeetingMode.VIDEO) place = d.contextPlace(date, parts, status);
            if (place < 0 && date != null && "same-occasion".equals(date.rule()) && d.lastHappened != null
                    && mode != MeetingMode.PHONE && mode != MeetingMode.VIDEO) place = d.lastHappened.place();
            double conf = trig.confidence * (trig.implicit ? 0.8 : 1.0);
            List<Integer> subjects = v.subjectSpan(trig.at);
            if (trig.perCounterpart) {
                List<Integer> all = new ArrayList<>(parts);
                for (int o : all.subList(1, all.size()))
                    frames.add(new MeetingFrame(List.of(all.get(0), o), place, date, status, mode, v.si, Math.min(1, conf)));
            } else if (v.lowIn(trig.at - 2, 6, "separately") && subjects.size() >= 2 && parts.size() > subjects.size()) {
                // "A and B met separately with C": A–C and B–C
                List<Integer> others = new ArrayList<>(parts);
                others.removeAll(subjects);
                for (int sub : subjects) {
                    List<Integer> one = new ArrayList<>();
                    one.add(sub);
                    one.addAll(others);
                    frames.add(new MeetingFrame(one, place, date, status, mode, v.si, Math.min(1, conf)));
                }
            } else {
                frames.add(new MeetingFrame(new ArrayList<>(parts), place, date, status, mode, v.si, Math.min(1, conf)));
            }
            t = Math.max(t, trig.end - 1);
        }
        return frames;
    }

    /** Where a meeting's words are: the trigger, and what the patterns attach to it. */
    private static final class Trigger {
        final int at;          // the main trigger token
        int end;               // after the trigger phrase
        boolean verb;          // a verb ("met") or a noun ("meeting")
        boolean needsObject;   // "received", "hosted": only with a named guest
        boolean implicit;      // some participant comes from the discourse
        double confidence = 0.9;
        String noun;           // the meeting noun, if any
        int passiveBy = -1;    // "by" of a passive "was received by X"
        MeetingMode mode;      // the mode the trigger word itself says ("telephoned"), or null
        boolean perCounterpart; // "X met A, B and C": one meeting of X with each

        Trigger(int at, int end, boolean verb) {
            this.at = at;
            this.end = end;
            this.verb = verb;
        }
    }

    private Trigger verbTrigger(SentenceView v, int t) {
        String w = v.low(t);
        if (w.equals("called") || w.equals("calls") || w.equals("call")) {
            // "she called the governor last night", "called Governor X": a telephone call, when the person called
            // ends the clause or a time follows; "called X a liar", "called X's plan" are no call
            int c1 = v.low(t + 1).equals("the") ? t + 2 : t + 1;
            while (c1 < v.end && c1 <= t + 3 && !v.isMention(c1) && Character.isUpperCase(v.tok(c1).text().charAt(0))) c1++;
            Mention called = v.mentionAt(c1);
            if (called != null && called.type() == EntityType.PERSON && !v.lowIn(t - 1, 1, "be", "is", "was", "were", "been")) {
                String next = v.low(called.endToken());
                if (called.endToken() >= v.end || next.matches("[.,;]|last|yesterday|on|in|from|after|before|early|late"
                        + "|earlier|twice|again|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday")
                        || next.equals("to") && v.tok(Math.min(v.end - 1, called.endToken() + 1)).pos().equals("VERB")) {
                    Trigger tr = new Trigger(t, t + 1, true);
                    tr.needsObject = true;
                    tr.mode = MeetingMode.PHONE;
                    tr.confidence = 0.75;
                    return tr;
                }
            }
            // "called on President X at the palace" is a visit; "called on X to withdraw" is an appeal
            if (!v.low(t + 1).equals("on") || v.personAfter(t + 2, 5) < 0) return null;
            int to = v.indexOf("to", t + 2, 12);
            if (to >= 0 && v.tok(to + 1 < v.end ? to + 1 : to).pos().equals("VERB")) return null;
            Trigger tr = new Trigger(t, t + 2, true);
            tr.needsObject = true;
            tr.confidence = 0.8;
            return tr;
        }
        if (w.equals("see") || w.equals("seeing")) {
            // only a planned encounter: "look forward to seeing each other", "expects to see X again"
            if (!v.lowIn(t - 2, 2, "to", "forward")) return null;
            if (!(v.lowIn(t + 1, 2, "each", "one") || v.personAfter(t + 1, 3) >= 0)) return null;
            Trigger tr = new Trigger(t, t + 1, true);
            tr.confidence = 0.7;
            return tr;
        }
        if (w.equals("sat") && !(v.low(t + 1).equals("down"))) return null;
        if ((w.startsWith("receiv") || w.startsWith("host") || w.startsWith("welcom") || w.equals("visited"))) {
            if (v.lowIn(t - 2, 2, "be", "is", "was", "were", "been", "being", "are")) {
                // "X was received by Y": the guest is the subject, the host follows "by"
                int by = v.indexOf("by", t + 1, 12);
                if (by < 0 || v.personAfter(by + 1, 12) < 0) return null;
                Trigger tr = new Trigger(t, t + 1, true);
                tr.passiveBy = by;
                tr.confidence = 0.85;
                return tr;
            }
            // "received a phone call on Friday from X": a call, X on the line
            if (w.startsWith("receiv") && v.lowIn(t + 1, 3, "call", "phone-call")) {
                int from = v.indexOf("from", t + 2, 10);
                if (from >= 0 && v.personAfter(from + 1, 6) >= 0) {
                    Trigger tr = new Trigger(t, t + 1, true);
                    tr.passiveBy = from;
                    tr.mode = MeetingMode.PHONE;
                    tr.confidence = 0.85;
                    return tr;
                }
            }
            // "received a message from X" is no meeting
            if (v.lowIn(t + 1, 1, "a", "an", "the", "his", "her", "their") && LEX.is("not-object", v.low(t + 2))) return null;
            // only with a person or organization as the object: "received an invitation" is no meeting;
            // a group received is named later: "received members of the team, including A, B and C"
            if (v.personAfter(t + 1, 4) < 0 && !(v.lowIn(t + 1, 3, "members", "delegation", "delegations", "team",
                    "teams", "players", "squad", "winners", "athletes", "students", "representatives", "executives")
                    && v.personAfter(t + 1, 26) >= 0)) return null;
            Trigger tr = new Trigger(t, t + 1, true);
            tr.needsObject = true;
            tr.confidence = w.equals("visited") ? 0.6 : 0.85;
            return tr;
        }
        if (w.startsWith("spok") || w.startsWith("speak") || w.startsWith("talk") || w.equals("phoned")
                || w.startsWith("confer")) {
            // "spoke at the summit" is a speech; "spoke with X", "spoke by phone", "talked to each other" are not
            boolean with = v.lowIn(t + 1, 3, "with", "to");
            boolean phone = v.lowIn(t + 1, 4, "phone", "telephone", "video");
            if (!with && !phone && !w.equals("phoned")) return null;
            if (v.lowIn(t + 1, 2, "reporters", "journalists", "media", "press", "lawmakers", "students", "parliament"))
                return null;
            Trigger tr = new Trigger(t, t + 1, true);
            tr.confidence = 0.8;
            return tr;
        }
        if (w.equals("meet") || w.equals("meets") || w.equals("met")) {
            // "met demands", "met expectations" are not meetings
            if (v.lowIn(t + 1, 1, "demands", "expectations", "requirements", "criteria", "target", "targets", "needs",
                    "resistance", "opposition", "deadline", "standards", "conditions")) return null;
            if (LEX.is("not-object", v.low(t + 1)) || v.low(t + 1).equals("the") && LEX.is("not-object", v.low(t + 2))) return null;
        }
        return new Trigger(t, t + 1, true);
    }

    /** Verbs of {@code meeting-words.tsv}: "telephoned Y", "dined with Y", "paid Y a visit", "paid a courtesy call on Y". */
    private Trigger lexiconVerbTrigger(SentenceView v, int t) {
        String w = v.low(t);
        if (LEX.is("phone-verb", w)) {
            if (v.personAfter(t + 1, 4) < 0) return null;
            Trigger tr = new Trigger(t, t + 1, true);
            tr.needsObject = true;
            tr.mode = MeetingMode.PHONE;
            tr.confidence = 0.85;
            return tr;
        }
        if (LEX.is("with-verb", w)) {
            if (!v.lowIn(t + 1, 3, "with") || v.personAfter(t + 1, 8) < 0) return null;
            Trigger tr = new Trigger(t, t + 1, true);
            tr.confidence = 0.8;
            return tr;
        }
        // "paid Y a visit", "paid a courtesy call on Y", "paid a visit to Y"
        for (int k = t + 1; k < Math.min(v.end, t + 10); k++) {
            String n = v.low(k);
            if ((n.equals("visit") || n.equals("call")) && v.lowIn(k - 2, 2, "a", "courtesy", "brief", "surprise")) {
                if (v.personAfter(t + 1, k - t - 1) >= 0 && v.personAfter(t + 1, k - t - 1) < k) {
                    Trigger tr = new Trigger(t, t + 1, true);
                    tr.needsObject = true;
                    tr.confidence = 0.8;
                    return tr;
                }
                if (v.lowIn(k + 1, 1, "on", "to") && v.personAfter(k + 2, 4) >= 0) {
                    Trigger tr = new Trigger(t, k + 2, true);
                    tr.needsObject = true;
                    tr.confidence = 0.8;
                    return tr;
                }
                return null;
            }
            if (CLAUSE_END.contains(n) && !n.equals("to")) break;
        }
        return null;
    }

    private Trigger supportTrigger(SentenceView v, int t) {
        // "held talks", "held a new round of talks", "had a phone call", "conducted private discussions"
        for (int k = t + 1; k < Math.min(v.end, t + 10); k++) {
            String w = v.low(k);
            if (NOUNS.contains(w) && !w.equals("round") && !w.equals("exchange")
                    && !(w.equals("conference") && !v.lowIn(k - 1, 1, "video", "phone", "telephone"))) {
                if (w.equals("session") && !v.lowIn(t + 1, 6, "talks", "negotiations")) {
                    // "held a session" of a parliament is no meeting between people
                }
                Trigger tr = new Trigger(t, k + 1, true);
                tr.noun = w;
                return tr;
            }
            if (CLAUSE_END.contains(w) && !w.equals("to")) break;
            Mention m = v.mentionAt(k);
            if (m != null && m.type() == EntityType.PERSON) break;
        }
        return null;
    }

    private boolean supportBefore(SentenceView v, int t) {
        for (int k = t - 1; k >= Math.max(v.first, t - 6); k--) {
            if (SUPPORT.contains(v.low(k))) return true;
            if (CLAUSE_END.contains(v.low(k)) && !v.low(k).equals("to") || v.isMention(k)) return false;
        }
        return false;
    }

    private Trigger nounTrigger(SentenceView v, int t) {
        String w = v.low(t);
        if (w.equals("round")) return null;
        if (w.equals("conference") && !v.lowIn(t - 1, 1, "video", "phone", "telephone")) return null;
        if (w.equals("call") || w.equals("calls")) {
            // "calls for a ceasefire", "called on" are appeals, not telephone calls
            if (v.lowIn(t + 1, 1, "for", "on", "to") && !v.lowIn(t - 2, 2, "phone", "telephone")) return null;
        }
        if (w.equals("session") && !v.lowIn(t + 1, 2, "between", "with")) return null;
        // "A and B will attend the summit": attending an event is no meeting of the attendees
        if (!v.lowIn(t + 1, 2, "between", "with")) {
            for (int k = t - 1; k >= Math.max(v.first, t - 4); k--) {
                if (LEX.is("attend-verb", v.low(k))) return null;
                if (!(v.low(k).matches("the|a|an|this|that|next|annual|regional") || v.tok(k).pos().equals("ADJ")
                        || Character.isUpperCase(v.tok(k).text().charAt(0)) && !v.isMention(k))) break;
            }
        }
        if (w.equals("exchange") && !v.lowIn(t + 1, 2, "between", "with")) return null;
        if (Character.isUpperCase(v.tok(t).text().charAt(0)) && t > v.first && !v.lowIn(t + 1, 2, "between", "with", "of"))
            return null; // "the G7 Leaders' Summit" names an event; it says nothing of who met
        Trigger tr = new Trigger(t, t + 1, false);
        tr.noun = w;
        tr.confidence = 0.85;
        return tr;
    }

    // ---- participants -------------------------------------------------------------------------------

    private LinkedHashSet<Integer> participants(SentenceView v, Discourse d, Trigger tr, List<MeetingFrame> sentenceFrames) {
        d.role = v.roleOfPluralAnaphor(tr.at);
        d.pastAnaphor = tr.verb && (v.low(tr.at).equals("met") || v.low(tr.at).equals("held") || v.low(tr.at).equals("had"));
        LinkedHashSet<Integer> parts = new LinkedHashSet<>();
        int nounAt = tr.noun != null ? tr.end - 1 : tr.at;
        // "A–B summit", "the Lee-Park talks": a compound right before the noun
        if (!tr.verb || tr.noun != null) {
            List<Integer> compound = v.dashCompoundBefore(nounAt);
            if (compound.size() >= 2) {
                parts.addAll(compound);
                return parts;
            }
        }
        // "between A and B" / "between the two"
        int after = tr.end;
        if (v.low(after).equals("between") || v.lowIn(after, 3, "between") || !tr.verb && v.low(after).equals("among")) {
            int b = v.indexOf("between", after, 4);
            if (b < 0) b = after;
            List<Integer> obj = v.objectSpan(b + 1);
            if (obj.isEmpty() && v.pluralAnaphorAt(b + 1)) {
                tr.implicit = true;
                String role = v.roleOfPluralAnaphor(Math.min(v.end, b + 5));
                if (role != null) d.role = role; // "between the two top diplomats"
                parts.addAll(d.lastPair());
            } else {
                parts.addAll(obj);
            }
            return parts;
        }
        // "a summit of Presidents A, B and C"
        if (!tr.verb && v.low(after).equals("of")) {
            List<Integer> of = v.objectSpan(after + 1);
            if (of.size() >= 2 && of.stream().allMatch(c -> v.clusters.type(c) == EntityType.PERSON)) {
                parts.addAll(of);
                return parts;
            }
        }
        // object: "with B", or the direct object of met/hosted/received
        List<Integer> object = List.of();
        int with = v.indexOf("with", after, tr.verb ? 5 : 4);
        if (with < 0 && v.low(after).equals("to") && v.low(tr.at).matches("spoke|speak|speaks|talked|talk")) with = after;
        boolean hasWith = with >= 0;
        if (tr.passiveBy >= 0) {
            hasWith = true;
            object = v.objectSpan(tr.passiveBy + 1);
        } else if (hasWith) object = v.objectSpan(with + 1);
        else if (tr.verb && tr.noun == null && !v.low(tr.at).startsWith("spok") && !v.low(tr.at).startsWith("talk")) {
            object = v.objectSpan(after);
            // "will meet on the sidelines of the X Summit": after a preposition only a person is met, not the summit's body
            if (after < v.end && v.tok(after).pos().equals("ADP") && !v.isMention(after))
                object = object.stream().filter(c -> v.clusters.type(c) == EntityType.PERSON).toList();
        }
        if (object.isEmpty() && v.lowIn(after, 2, "each")) hasWith = false; // "seeing each other"
        if (hasWith && object.isEmpty()) {
            if (v.lowIn(with + 1, 2, "each", "one")) { // "talked to each other": the subject is plural
                hasWith = false;
            } else if (v.pluralAnaphorAt(with + 1) || v.lowIn(with + 1, 3, "counterpart")) {
                // "with his counterpart" unnamed: no second participant we can name
                return parts;
            } else {
                return parts; // "a meeting with his cabinet": no named guest
            }
        }
        if (tr.needsObject && object.isEmpty()) return parts;
        // subject / possessor
        List<Integer> subject = new ArrayList<>();
        int possessor = v.possessorBefore(nounAt);
        if (!tr.verb || (tr.noun != null && possessor != -2)) {
            if (possessor >= 0) subject.add(possessor);
            else if (possessor == -3) { // "his", "her"
                int p = v.nearestPersonBefore(nounAt, object);
                if (p >= 0) subject.add(p);
                else if (d.lastSubject >= 0) {
                    subject.add(d.lastSubject);
                    tr.implicit = true;
                }
            } else if (possessor == -4) { // "their": the clause's subjects, this sentence's meeting, an unnamed group, the last pair
                List<Integer> named = v.subjectSpan(tr.at);
                if (named.size() >= 2) {
                    parts.addAll(named);
                    parts.addAll(object);
                    return parts;
                }
                if (!sentenceFrames.isEmpty()) return new LinkedHashSet<>(sentenceFrames.get(sentenceFrames.size() - 1).participants());
                if (v.unnamedGroupBefore(v.indexOfBefore("their", nounAt))) return parts;
                tr.implicit = true;
                subject.addAll(d.lastPair());
            }
        }
        boolean coordinated = tr.verb && !sentenceFrames.isEmpty() && v.coordinatedVerbPhrase(tr.at) && !v.pluralAnaphorBefore(tr.at);
        if (coordinated) subject.add(sentenceFrames.get(0).participants().get(0)); // "... and to hold talks with Z"
        if (subject.isEmpty() && tr.verb && v.low(tr.at).endsWith("ing")
                && v.lowIn(tr.at - 1, 1, "upon", "after", "before", "while", "when", "since", "on")) {
            // "X made the offer upon hosting Y": the subject of the main clause, not every name before
            int p = v.clauseSubject();
            if (p >= 0) subject.add(p);
        }
        if (subject.isEmpty() && tr.verb && v.low(tr.at - 1).equals("to")) {
            // "X said it was a pleasure to welcome Y": the speaker is the host
            int sp = v.speakerBefore(tr.at - 1);
            if (sp >= 0) subject.add(sp);
        }
        if (subject.isEmpty() && tr.verb && v.lowIn(tr.at - 1, 1, "he", "she")) {
            // "Mayor X said she called Y": the pronoun is the speaker just named
            int sp = v.speakerBefore(v.lowIn(tr.at - 2, 1, "that") ? tr.at - 2 : tr.at - 1);
            if (sp >= 0) subject.add(sp);
        }
        if (subject.isEmpty() && (tr.verb || tr.noun != null)) subject.addAll(v.subjectSpan(tr.at));
        if (subject.size() == 1 && v.pronounAndSubject(tr.at)) {
            // "during which he and Lee held talks": he is the sentence's earlier person, or the discourse's
            int he = v.nearestPersonBefore(v.indexOfBefore("he", tr.at) < tr.at ? v.indexOfBefore("he", tr.at)
                    : v.indexOfBefore("she", tr.at), subject);
            if (he < 0) he = d.lastSubject;
            if (he >= 0 && !subject.contains(he)) subject.add(0, he);
        }
        if (subject.isEmpty() && !sentenceFrames.isEmpty() && v.lowIn(tr.at - 3, 3, "and") && !v.pluralAnaphorBefore(tr.at)) {
            // "... and to hold talks with Z", "... and later met Z": the same subject as the first meeting
            subject.add(sentenceFrames.get(0).participants().get(0));
        }
        if (subject.isEmpty() && !tr.verb) {
            // "after meeting with X", "a meeting was also held with X": someone named earlier in the sentence, or the discourse
            int p = v.nearestPersonBefore(nounAt, object);
            if (p >= 0) subject.add(p);
        }
        if (subject.isEmpty() && object.isEmpty() && !hasWith && tr.verb && v.quotedWeBefore(tr.at)) {
            // “We will continue to meet,” quoted after a meeting of the speaker's: the pair of that meeting
            List<Integer> pair = d.lastPair();
            // a speaker named in the sentence must be one of the pair: "we" of a spokesperson is the company
            boolean speakerOutside = false;
            for (int mi : v.mentions) {
                int c = v.clusters.clusterOf(mi);
                if (v.clusters.type(c) == EntityType.PERSON && v.isSpeaker(c) && !pair.contains(c)) speakerOutside = true;
            }
            if (pair.size() == 2 && !speakerOutside) {
                tr.implicit = true;
                subject.addAll(pair);
            }
        }
        if (subject.isEmpty()) {
            if (v.pluralAnaphorBefore(tr.at)) {
                tr.implicit = true;
                // "X met Y on Monday, and the two met again on Tuesday": this sentence's meeting
                subject.addAll(sentenceFrames.isEmpty() ? d.lastPair() : sentenceFrames.get(sentenceFrames.size() - 1).participants());
            } else if (!object.isEmpty() || hasWith) {
                int byCountry = personOfDemonymSubject(v, tr.at, object);
                int carried = byCountry >= 0 ? byCountry : v.pronounSubjectBefore(tr.at) ? d.lastSubject : d.agent();
                if (carried >= 0) {
                    tr.implicit = true;
                    subject.add(carried);
                }
            }
        }
        parts.addAll(subject);
        parts.addAll(object);
        // speakers are not participants when enough others remain: "X said Y met Z"
        if (parts.size() > 2) parts.removeIf(c -> v.isSpeaker(c) && parts.size() > 2);
        // "X met A, B and C", "X received A and B": one meeting per counterpart
        List<Integer> subj = subject.stream().filter(parts::contains).toList();
        List<Integer> obj = object.stream().filter(c -> parts.contains(c) && !subj.contains(c)).toList();
        if (subj.size() == 1 && obj.size() >= 2 && obj.stream().allMatch(c -> v.clusters.type(c) == EntityType.PERSON)
                && !v.jointObject(tr.end, obj) && (tr.noun == null && v.low(tr.at).matches("met|meet|meets|meeting")
                || "meetings".equals(tr.noun) || v.lowIn(tr.end, 30, "including", "namely", "notably"))) {
            tr.perCounterpart = true;
        }
        return parts;
    }

    /** "The Portuguese leader will meet X": the person of that country named earlier in the article. */
    private int personOfDemonymSubject(SentenceView v, int at, List<Integer> exclude) {
        for (int k = at - 1; k >= Math.max(v.first, at - 6); k--) {
            if (v.isMention(k)) return -1;
            java.util.Optional<String> country = gazetteer.countryOfDemonym(v.tok(k).text());
            if (country.isEmpty() || !v.low(k - 1).equals("the")) continue;
            // "the Portuguese leader", not "the head of the Russian diplomatic department"
            String role = v.low(k + 1);
            if (!(gazetteer.isTitle(role) || PERSON_ROLES.contains(role))) continue;
            List<Mention> ms = v.clusters.mentions();
            // mentions are in text order: start at the last one before the phrase, not at the end of the article
            int before = v.tok(k).start();
            int lo = 0, hi = ms.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (ms.get(mid).start() < before) lo = mid + 1;
                else hi = mid;
            }
            for (int mi = lo - 1; mi >= 0; mi--) {
                Mention m = ms.get(mi);
                if (m.type() != EntityType.PERSON || m.country() == null || m.start() >= before) continue;
                String c = gazetteer.countryOfDemonym(m.country()).orElse(m.country());
                int cluster = v.clusters.clusterOf(mi);
                if (c.equals(country.get()) && !exclude.contains(cluster)) return cluster;
            }
        }
        return -1;
    }

    // ---- status, mode, place, date --------------------------------------------------------------

    /**
     * Status from the words around the trigger; null for denials ("did not meet"). In order: negation;
     * what modifies the meeting noun ("the postponed talks", "the postponement of the A–B meeting");
     * the sentence's predicate for its first meeting ("The planned meeting ... has been postponed");
     * planning words ("the upcoming summit", "will meet", "is scheduled to hold talks"); else it happened.
     */
    private MeetingStatus status(SentenceView v, Trigger tr, boolean firstFrame) {
        for (int k = Math.max(v.first, tr.at - 3); k < tr.at; k++) {
            String w = v.low(k);
            if (NEGATION.contains(w) && !w.equals("without")) return null;
        }
        if (v.lowIn(Math.max(v.first, tr.at - 8), 8, "denied", "denies", "deny")) return null;
        // "their regular discussions", "frequent calls": a habit, not one meeting
        if (tr.noun != null && (LEX.is("habitual", v.low(tr.end - 2)) || LEX.is("habitual", v.low(tr.end - 3)))) return null;
        // "X proposed a meeting with Y": an offer not yet taken up is no meeting
        for (int k = Math.max(tr.at, tr.end - 1) - 1; k >= Math.max(v.first, tr.at - 4); k--) {
            if (LEX.is("proposal", v.low(k))) return null;
            if (v.isMention(k) || v.low(k).equals(",")) break;
        }
        int head = tr.noun != null ? tr.end - 1 : tr.at;
        int pre = head;   // before the participants of "the expected A–B summit"
        while (pre - 1 >= v.first && (v.isMention(pre - 1) || v.low(pre - 1).equals("–") || v.low(pre - 1).equals("-")
                || v.low(pre - 1).equals("—"))) pre--;
        for (int k = pre - 1; k >= Math.max(v.first, pre - 3); k--) {
            String w = v.low(k);
            if (CANCELLED.contains(w) || LEX.is("status-cancelled", w)) return MeetingStatus.CANCELLED;
            if (POSTPONED.contains(w)) return MeetingStatus.POSTPONED;
            if (CLAUSE_END.contains(w) && !w.equals("to")) break;
        }
        {
            // "the postponement of the talks", "the cancellation of X's scheduled meeting with Y"
            int k = pre - 1;
            while (k > v.first && pre - k <= 6 && (v.isMention(k) || v.low(k).matches("the|a|an|his|her|their|its|'s|’s|'|’")
                    || PLANNED.contains(v.low(k)) || v.tok(k).pos().equals("ADJ") || Character.isUpperCase(v.tok(k).text().charAt(0)))) k--;
            if (v.low(k).equals("of")) {
                String noun = v.low(k - 1);
                if (CANCELLED.contains(noun)) return MeetingStatus.CANCELLED;
                if (POSTPONED.contains(noun)) return MeetingStatus.POSTPONED;
            }
        }
        if (firstFrame) {
            // the predicate: "has been postponed", "was cancelled", "were called off", or a headline's last word
            for (int k = tr.end; k < v.end; k++) {
                String w = v.low(k);
                boolean verbal = v.lowIn(k - 2, 2, "is", "was", "were", "been", "be", "are", "has", "have", "had")
                        || k == v.end - 1 || k == v.end - 2 && v.low(v.end - 1).matches("[.!]");
                if (!verbal) continue;
                if (CANCELLED.contains(w) || w.equals("off") && v.low(k - 1).equals("called")) return MeetingStatus.CANCELLED;
                if (POSTPONED.contains(w) || (w.equals("off") || w.equals("back")) && v.low(k - 1).matches("put|pushed"))
                    return MeetingStatus.POSTPONED;
            }
        }
        // "X postponed his trip to Y, where he was due to meet Z", "cancelled a visit to Y to meet Z": the plan shares the trip's fate
        if (v.lowIn(tr.at - 3, 3, "due", "scheduled", "set", "supposed", "planned", "expected")
                || tr.verb && v.low(tr.at - 1).equals("to") && v.lowIn(v.first, tr.at - v.first, "visit", "trip", "travel", "tour")) {
            for (int k = v.first; k < tr.at; k++) {
                String w = v.low(k);
                if (CANCELLED.contains(w) && !w.equals("cancellation")) return MeetingStatus.CANCELLED;
                if (POSTPONED.contains(w) && !w.equals("postponement")) return MeetingStatus.POSTPONED;
            }
        }
        if (!tr.verb && v.low(pre - 1).equals("new") && v.lowIn(pre - 2, 1, "a", "another")) return MeetingStatus.PLANNED;
        if (tr.verb && v.low(tr.at - 1).equals("to") && v.feelingOfNow(tr.at - 1)) return MeetingStatus.HAPPENED;
        for (int k = pre - 1; k >= Math.max(v.first, pre - 2); k--) {
            String w = v.cue(k);
            if (w.equals("of") && v.low(k - 1).equals("ahead")) return MeetingStatus.PLANNED;
            if (PLANNED.contains(w) && !w.equals("to") && !w.equals("next") && !w.equals("ahead") && !modalPerfect(v, k)
                    || LEX.is("status-planned", w))
                return MeetingStatus.PLANNED;
        }
        // a cancelling verb before the meeting in its own clause: "cancelled the talks with"
        for (int k = tr.at - 1; k >= Math.max(v.first, tr.at - 6); k--) {
            String w = v.low(k);
            if (CANCELLED.contains(w) || w.equals("called") && v.low(k + 1).equals("off")) return MeetingStatus.CANCELLED;
            if (POSTPONED.contains(w)) return MeetingStatus.POSTPONED;
            if (v.isMention(k) || w.equals(",") || CLAUSE_END.contains(w) && !w.equals("to") && !w.equals("the")) break;
        }
        // for "hold the next A–B summit" the cues stand before the verb, not before the noun
        int from = tr.verb && tr.noun != null ? tr.at : head;
        for (int k = from - 1; k >= Math.max(v.first, tr.at - 7); k--) {
            String w = v.cue(k);
            if (w.equals("to") && !(k + 1 <= tr.at && (VERBS.contains(v.low(k + 1)) || SUPPORT.contains(v.low(k + 1)))))
                continue;
            if (modalPerfect(v, k)) break; // "it is possible the pair may have been meeting": a guess about the past
            if (PLANNED.contains(w)) {
                if (w.equals("ahead") && !v.low(k + 1).equals("of")) continue;
                if (w.equals("next") && tr.verb) continue;
                return MeetingStatus.PLANNED;
            }
            if (v.isMention(k) || w.equals(".") || w.equals(";")) break;
        }
        if (v.lowIn(tr.end, 4, "next", "tomorrow")) return MeetingStatus.PLANNED;
        if (!tr.verb) {
            // "a meeting with X could be considered", "talks between A and B will take place"
            for (int k = tr.end; k < Math.min(v.end, tr.end + 12); k++) {
                String w = v.cue(k);
                if (w.equals("will") || w.equals("would") || w.equals("could") || w.equals("may") || w.equals("might")
                        || w.equals("is") && v.low(k + 1).equals("expected") || w.equals("'ll") || w.equals("’ll"))
                    return MeetingStatus.PLANNED;
                if (VERBS.contains(w) || SUPPORT.contains(w) || v.tok(k).pos().equals("VERB") && !v.isMention(k)) break;
            }
        }
        if (unrealisedPlan(v, tr)) return MeetingStatus.PLANNED;
        return MeetingStatus.HAPPENED;
    }

    /** "may have met", "could have been meeting": a guess about the past, not a plan. */
    private static boolean modalPerfect(SentenceView v, int k) {
        return v.low(k).matches("may|might|could|must|would") && v.low(k + 1).equals("have");
    }

    /** "was to be received", "were to meet", "had been due to hold talks": a plan told in the past. */
    private static boolean unrealisedPlan(SentenceView v, Trigger tr) {
        for (int k = tr.at - 1; k >= Math.max(v.first, tr.at - 5); k--) {
            if (v.low(k).equals("to") && (v.lowIn(k - 1, 1, "was", "were", "is", "are")
                    || v.lowIn(k - 1, 1, "due", "scheduled", "supposed", "set", "slated") && v.lowIn(k - 2, 1, "was", "were", "had")))
                return true;
            if (v.isMention(k) || v.low(k).equals(",")) break;
        }
        return false;
    }

    private MeetingMode mode(SentenceView v, Trigger tr) {
        if (tr.mode != null) return tr.mode;
        // "talks with A, B and C were held on Tuesday in a videoconference mode": farther on, before another meeting word
        for (int k = tr.end + 7; k < Math.min(v.end, tr.end + 45); k++) {
            String w = v.low(k);
            if (w.equals(";") || VERBS.contains(w) || NOUNS.contains(w) && !w.startsWith("video")) break;
            if (VIDEO.contains(w) || w.startsWith("video")) return MeetingMode.VIDEO;
        }
        int from = Math.max(v.first, tr.at - 4), to = Math.min(v.end, tr.end + 7);
        for (int k = from; k < to; k++) {
            String w = v.low(k);
            if (VIDEO.contains(w) || w.startsWith("video")) return MeetingMode.VIDEO;
        }
        for (int k = from; k < to; k++) {
            String w = v.low(k);
            if (PHONE.contains(w) && !(w.equals("call") || w.equals("calls")) || w.equals("phone")) return MeetingMode.PHONE;
            if ((w.equals("call") || w.equals("calls")) && (k == tr.at || k == tr.end - 1)) return MeetingMode.PHONE;
        }
        String n = tr.noun != null ? tr.noun : v.low(tr.at);
        if (n.startsWith("conversation") || n.startsWith("spok") || n.startsWith("speak") || n.startsWith("talk")
                && !n.equals("talks")) return null;
        return MeetingMode.IN_PERSON;
    }

    /** A place introduced by "in"/"at" in the trigger's clause, not a topic ("the war in X"). */
    private int place(SentenceView v, Trigger tr) {
        int best = -1, bestDist = Integer.MAX_VALUE;
        for (int mi : v.mentions) {
            Mention m = v.clusters.mentions().get(mi);
            // a body's building said as a venue ("at the Marlow Palace") names no city: the city is looked for
            if (m.type() != EntityType.PLACE || m.origin() == Mention.Origin.VENUE) continue;
            int k = m.firstToken() - 1;
            while (k >= v.first && (v.low(k).equals("the") || v.isDemonymOrAdj(k))) k--;
            // "in the southern Russian city of X", "at the resort town of X"
            if (v.low(k).equals("of") && PLACE_NOUNS.contains(v.low(k - 1))) {
                k -= 2;
                while (k >= v.first && (v.low(k).equals("the") || v.isDemonymOrAdj(k) || v.tok(k).pos().equals("ADJ")
                        || Character.isUpperCase(v.tok(k).text().charAt(0)) && !v.isMention(k))) k--;
            }
            boolean whereClause = m.endToken() < tr.at && v.low(m.endToken()).equals(",") && v.low(m.endToken() + 1).equals("where");
            if (!whereClause && (k < v.first || !(v.low(k).equals("in") || v.low(k).equals("at")))) continue;
            if (k - 1 >= v.first && TOPIC_NOUNS.contains(v.low(k - 1))) continue;
            if (v.lowIn(Math.min(tr.end, k), Math.max(0, k - tr.end), "discuss", "discussed", "discussing", "about",
                    "regarding")) continue;
            if (m.firstToken() > tr.end && v.otherClauseBetween(tr.end, m.firstToken())) continue;
            int lo = Math.min(tr.end, m.firstToken()), hi = Math.max(tr.at, m.firstToken());
            boolean otherMeeting = false;
            boolean sidelines = v.lowIn(lo, hi - lo, "sidelines", "margins", "margin", "sideline", "during", "at");
            for (int q = lo; q < hi && !sidelines; q++)
                if ((q < tr.at || q >= tr.end) && !Character.isUpperCase(v.tok(q).text().charAt(0))
                        && (NOUNS.contains(v.low(q)) && !v.low(q).equals("round") || VERBS.contains(v.low(q))))
                    otherMeeting = true;
            if (otherMeeting) continue;
            int dist = m.firstToken() >= tr.at ? m.firstToken() - tr.at : (tr.at - m.firstToken()) * 2;
            if (dist < bestDist) {
                bestDist = dist;
                best = v.clusters.clusterOf(mi);
            }
        }
        return best;
    }

    /** "at the White House", "at No. 10 Downing Street": an organization that is also a venue (it has a seat), as the place. */
    private int seatVenue(SentenceView v, Trigger tr) {
        for (int mi : v.mentions) {
            Mention m = v.clusters.mentions().get(mi);
            if (!(m.type() == EntityType.ORGANIZATION || m.origin() == Mention.Origin.VENUE)
                    || gazetteer.seatOf(m.lookupName()).isEmpty()) continue;
            int k = m.firstToken() - 1;
            while (k >= v.first && (v.low(k).equals("the") || v.low(k).matches("no\\.?|number|\\d+"))) k--;
            if (k < v.first || !v.low(k).equals("at")) continue;
            if (m.firstToken() > tr.end && v.otherClauseBetween(tr.end, m.firstToken())) continue;
            if (m.firstToken() < tr.at && tr.at - m.endToken() > 12) continue;
            return v.clusters.clusterOf(mi);
        }
        return -1;
    }

    private DateValue pickDate(SentenceView v, Trigger tr, List<DateFinder.Found> found) {
        DateFinder.Found best = null;
        int bestDist = Integer.MAX_VALUE;
        int trigStart = v.tok(tr.at).start() - v.s.start();
        int clauseEnd = v.clauseEndChar(tr.end);
        for (DateFinder.Found f : found) {
            if (f.start() > clauseEnd) continue;
            if (v.decisionBefore(f.start())) continue;
            if (v.inRelativeAside(f.start())) continue; // "X, whose term ends in June, met Y" // "was cancelled on Sunday": when it was decided, not when it meets
            int dist = f.start() >= trigStart ? f.start() - trigStart : (trigStart - f.end()) + 10;
            if (dist < bestDist) {
                bestDist = dist;
                best = f;
            }
        }
        return best == null ? null : best.value();
    }

    /** "On Friday, X cancelled her meeting with Y": a date before the cancelling verb of the meeting says when it was called off. */
    private static boolean dateOfDecision(SentenceView v, Trigger tr, DateFinder.Found f) {
        int k = v.first;
        while (k < v.end && v.tok(k).start() - v.s.start() < f.end()) k++;
        for (int q = k; q < tr.at; q++) {
            String w = v.low(q);
            if (w.equals(".") || w.equals(";")) break;
            if (CANCELLED.contains(w) || POSTPONED.contains(w) || w.equals("called") && v.low(q + 1).equals("off")) return true;
        }
        return false;
    }

    /** "Talks between X and Y are under way": a meeting going on as the article is written. */
    private static boolean ongoing(SentenceView v, Trigger tr) {
        for (int k = Math.max(v.first, tr.at - 3); k < Math.min(v.end, tr.end + 12); k++) {
            String w = v.low(k);
            if (w.equals("underway") || w.equals("ongoing") || w.equals("under") && v.low(k + 1).equals("way")) return true;
            if (w.equals(";") || w.equals(".")) break;
        }
        return false;
    }

    private static boolean isHeading(Annotation a, Sentence s) {
        String t = a.text().substring(s.start(), s.end()).strip();
        int lineStart = a.text().lastIndexOf('\n', s.start() - 1) + 1;
        int lineEnd = a.text().indexOf('\n', s.end());
        if (lineEnd < 0) lineEnd = a.text().length();
        boolean wholeLine = a.text().substring(lineStart, lineEnd).strip().equals(t);
        return wholeLine && !t.isEmpty() && ".!\"”'’".indexOf(t.charAt(t.length() - 1)) < 0 && s.endToken() - s.firstToken() <= 14;
    }

    // ---- discourse state ----------------------------------------------------------------------------

    /** What earlier sentences leave behind: the last agent, the last pair, the section's place, the last date. */
    private static final class Discourse {
        int lastSubject = -1;          // first person named in the last sentence that named one
        List<Integer> lastPersons = new ArrayList<>();
        MeetingFrame lastFrame;
        int sectionPlace = -1;
        DateValue previousDate;
        int lastFrameSentence = -1, lastPersonSentence = -1, pairSentence = -1;
        int unnamedSentence = -1, unnamedPlace = -1, lastHappenedSentence = -1;
        boolean lastFrameAside;     // the last meeting was told as a side note ("is also due to meet")
        boolean pastAnaphor;        // the meeting being read is past ("the two last met")
        MeetingFrame lastHappened;
        DateValue unnamedDate;

        int datelinePlace = -1, datelineSentence = -1;
        MeetingStatus lastUnheldCue;
        int lastUnheldCueSentence = -10;
        final List<MeetingFrame> unheld = new ArrayList<>();   // the cancelled and postponed meetings told so far

        /** "X cancelled a visit … X was due to meet Y": a plan told in the past, of the subject of an unheld meeting, shares its fate. */
        MeetingStatus fateOf(List<Integer> parts) {
            for (int i = unheld.size() - 1; i >= 0; i--) {
                MeetingFrame f = unheld.get(i);
                if (!parts.isEmpty() && f.participants().get(0).equals(parts.get(0))) return f.status();
            }
            return null;
        }

        /** "The state visit has been postponed. X was to be received by Y ...": a cue in this or the last sentence. */
        MeetingStatus recentCancelOrPostpone(int si) {
            return si - lastUnheldCueSentence <= 3 ? lastUnheldCue : null;
        }

        void noteCues(SentenceView v) {
            for (int k = v.first; k < v.end; k++) {
                String w = v.low(k);
                if (CANCELLED.contains(w) || w.equals("off") && v.low(k - 1).equals("called")) {
                    lastUnheldCue = MeetingStatus.CANCELLED;
                    lastUnheldCueSentence = v.si;
                } else if (POSTPONED.contains(w)) {
                    lastUnheldCue = MeetingStatus.POSTPONED;
                    lastUnheldCueSentence = v.si;
                }
            }
        }

        /** A meeting whose participants the text does not name, but whose date or place it gives. */
        void rememberUnnamed(SentenceView v, int at, DateValue date, int place) {
            if (date == null && place < 0) return;
            if (!(VERBS.contains(v.low(at)) || SUPPORT.contains(v.low(at)))) return;
            unnamedSentence = v.si;
            unnamedDate = date;
            unnamedPlace = place;
        }
        List<Integer> pair = List.of();

        int agent() {
            if (lastFrame != null) return lastFrame.participants().get(0);
            return lastSubject;
        }

        String role;            // "presidents" in "the two presidents", for lastPair
        Clusters clusters;

        /** Whether every person of the group has a title that fits the role ("foreign minister" fits "diplomats"). */
        boolean fits(List<Integer> group) {
            if (role == null || clusters == null) return true;
            for (int c : group) {
                String t = titled(c);
                if (t.isEmpty() || !ROLES.fits(role, List.of(t.split("\u0000")))) return false;
            }
            return true;
        }

        /** The meetings told so far, most recent last (a few: "the two diplomats" looks back a paragraph). */
        final java.util.ArrayDeque<MeetingFrame> recentFrames = new java.util.ArrayDeque<>();

        /** "The two diplomats": the most recent meeting or pair of two people whose titles both fit the role, or null. */
        List<Integer> fittingPair() {
            if (role == null) return null;
            List<Integer> best = null;
            int bestSentence = -1;
            for (MeetingFrame f : recentFrames) {
                if (f.participants().size() == 2 && f.sentence() >= bestSentence && fits(f.participants())) {
                    best = f.participants();
                    bestSentence = f.sentence();
                }
            }
            if (pairSentence > bestSentence && pair.size() == 2 && fits(pair)) best = pair;
            return best;
        }

        /** The titles of a cluster's mentions, lower-case, one string: read once per cluster, not per sentence. */
        private final java.util.Map<Integer, String> titles = new java.util.HashMap<>();

        private String titled(int c) {
            return titles.computeIfAbsent(c, k -> {
                StringBuilder b = new StringBuilder();
                for (int mi : clusters.members(k)) {
                    String t = clusters.mentions().get(mi).title();
                    if (t != null) b.append(t.toLowerCase(Locale.ROOT)).append('\u0000');
                }
                return b.toString();
            });
        }

        List<Integer> lastPair() {
            // "X is also due to meet Z. The two ministers last met in January": the main pair, not the side plan
            if (pastAnaphor && lastFrame != null && lastFrame.status() != MeetingStatus.HAPPENED && lastFrameAside
                    && lastHappened != null && lastHappened.participants().size() == 2 && pairSentence <= lastFrameSentence)
                return lastHappened.participants();
            List<Integer> fitting = fittingPair();
            if (fitting != null) return fitting;
            // the most recent of: the last meeting's people, or a later sentence naming exactly two people
            // "the two executives" are two people, not a person and the company she was to meet
            boolean people = lastFrame != null && lastFrame.participants().stream().allMatch(c -> clusters.type(c) == EntityType.PERSON);
            if (lastFrame != null && (pairSentence < 0 || lastFrameSentence >= pairSentence) && (people || pairSentence < 0))
                return lastFrame.participants();
            if (pairSentence >= 0) return pair;
            int n = lastPersons.size();
            return n >= 2 ? List.of(lastPersons.get(n - 2), lastPersons.get(n - 1)) : List.of();
        }

        /** "X also met Y", "X was later received by Y": the same occasion as the dated meeting of X just told. */
        DateValue followUpDate(SentenceView v, java.util.Collection<Integer> parts) {
            MeetingFrame last = lastHappened;
            if (last == null || last.date() == null || last.date().precision() != Precision.DAY
                    || v.si - lastHappenedSentence > 6) return null;
            if (java.util.Collections.disjoint(parts, last.participants())) return null;
            for (int k = v.first; k < v.end; k++) {
                if (FOLLOW_UP.contains(v.low(k))) {
                    DateValue d = last.date();
                    return new DateValue(d.lexical(), d.precision(), v.tok(k).text(), d.lexical(), "same-occasion");
                }
            }
            return null;
        }

        /** "X will meet Y on May 3. X could be received by Z after the talks": the plan just told gives its day. */
        DateValue followUpPlanDate(SentenceView v, java.util.Collection<Integer> parts) {
            MeetingFrame last = lastFrame;
            if (last == null || last.status() != MeetingStatus.PLANNED || last.date() == null
                    || last.date().precision() != Precision.DAY || v.si - lastFrameSentence > 1
                    || java.util.Collections.disjoint(parts, last.participants())) return null;
            for (int k = v.first; k < v.end; k++) {
                boolean after = v.low(k).equals("after") && v.lowIn(k + 1, 2, "talks", "meeting", "meetings", "summit");
                if (after || FOLLOW_UP.contains(v.low(k)) && !v.low(k).equals("also")) {
                    DateValue d = last.date();
                    return new DateValue(d.lexical(), d.precision(), v.tok(k).text(), d.lexical(), "same-occasion");
                }
            }
            return null;
        }

        /** The place of the meeting just told, when this one fits it in time (same people may meet again next day). */
        int contextPlace(DateValue date, java.util.Collection<Integer> parts, MeetingStatus status) {
            // a plan does not take the place of a meeting that happened, nor the reverse
            if (lastFrame != null && lastFrame.place() >= 0
                    && (lastFrame.status() == MeetingStatus.HAPPENED) == (status == MeetingStatus.HAPPENED)) {
                DateValue last = lastFrame.date();
                if (date == null || last == null || date.lexical().startsWith(last.lexical())
                        || last.lexical().startsWith(date.lexical()))
                    return lastFrame.place();
                // a second round the next day, of the same kind: the same venue
                if (date.precision() == Precision.DAY && last.precision() == Precision.DAY && status == lastFrame.status()
                        && !java.util.Collections.disjoint(parts, lastFrame.participants())
                        && Math.abs(LocalDate.parse(date.lexical()).toEpochDay() - LocalDate.parse(last.lexical()).toEpochDay()) <= 2)
                    return lastFrame.place();
            }
            return sectionPlace;
        }

        void update(SentenceView v, List<MeetingFrame> frames, List<DateFinder.Found> found, boolean heading) {
            int firstPerson = -1;
            for (int mi : v.mentions) {
                Mention m = v.clusters.mentions().get(mi);
                if (m.type() != EntityType.PERSON) continue;
                int c = v.clusters.clusterOf(mi);
                if (firstPerson < 0) firstPerson = c;
                lastPersons.remove((Integer) c);
                lastPersons.add(c);
            }
            if (firstPerson >= 0) lastSubject = firstPerson;
            java.util.LinkedHashSet<Integer> persons = new java.util.LinkedHashSet<>();
            for (int mi : v.mentions)
                if (v.clusters.mentions().get(mi).type() == EntityType.PERSON) persons.add(v.clusters.clusterOf(mi));
            if (persons.size() == 2) {
                pair = List.copyOf(persons);
                pairSentence = v.si;
            }
            for (MeetingFrame f : frames) {
                recentFrames.addLast(f);
                if (recentFrames.size() > 8) recentFrames.removeFirst();
                if (f.status() == MeetingStatus.CANCELLED || f.status() == MeetingStatus.POSTPONED) unheld.add(f);
            }
            if (!frames.isEmpty()) {
                lastFrame = frames.get(frames.size() - 1);
                lastFrameSentence = v.si;
                lastFrameAside = v.lowIn(v.first, v.end - v.first, "also");
            }
            for (MeetingFrame f : frames) {
                if (f.status() == MeetingStatus.HAPPENED && f.date() != null) {
                    lastHappened = f;
                    lastHappenedSentence = v.si;
                }
            }
            if (firstPerson >= 0) lastPersonSentence = v.si;
            for (DateFinder.Found f : found)
                if (f.value() != null && f.value().precision() == Precision.DAY) previousDate = f.value();
            if (heading) {
                sectionPlace = -1;
                boolean aboutMeetings = false;
                for (int k = v.first; k < v.end; k++)
                    if (NOUNS.contains(v.low(k)) || VERBS.contains(v.low(k))) aboutMeetings = true;
                if (!aboutMeetings) return;
                for (int mi : v.mentions) {
                    Mention m = v.clusters.mentions().get(mi);
                    if (m.type() == EntityType.PLACE && m.firstToken() > v.first && v.low(m.firstToken() - 1).equals("in"))
                        sectionPlace = v.clusters.clusterOf(mi);
                }
                if (sectionPlace >= 0) lastFrame = null;
            }
        }
    }

    /** Future-tense cues for a sentence, to resolve its dates forward. */
    private static final class DateCues {
        static boolean futureTense(SentenceView v) {
            for (int k = v.first; k < v.end; k++) {
                String w = v.low(k);
                if (w.equals("will") || w.equals("'ll") || w.equals("’ll") || w.equals("scheduled") || w.equals("upcoming")
                        || w.equals("plans") || w.equals("expected") || w.equals("due") || w.equals("set") && v.low(k + 1).equals("to"))
                    return true;
            }
            return false;
        }
    }

    // ---- a sentence's tokens and mentions -------------------------------------------------------------

    static final class SentenceView {
        final Annotation a;
        final Sentence s;
        final int si, first, end;
        final List<Integer> mentions;
        final Clusters clusters;
        private final String[] low;
        private final int[] mentionAt;   // token -> mention index (first mention covering it), or -1

        SentenceView(Annotation a, Sentence s, int si, List<Integer> mentions, Clusters clusters) {
            this.a = a;
            this.s = s;
            this.si = si;
            this.first = s.firstToken();
            this.end = s.endToken();
            this.mentions = mentions;
            this.clusters = clusters;
            low = new String[end - first];
            mentionAt = new int[end - first];
            java.util.Arrays.fill(mentionAt, -1);
            for (int k = first; k < end; k++) low[k - first] = a.tokens().get(k).text().toLowerCase(Locale.ROOT);
            for (int mi : mentions) {
                Mention m = clusters.mentions().get(mi);
                for (int k = m.firstToken(); k < m.endToken(); k++)
                    if (k >= first && k < end && mentionAt[k - first] < 0) mentionAt[k - first] = mi;
            }
        }

        /** "at the Élysée Palace", "at State House": a venue that names no city. */
        boolean venueAfter(int from) {
            for (int q = from; q < Math.min(end, from + 14); q++) {
                if (low(q).equals("at") && (low(q + 1).equals("the") ? q + 2 : q + 1) < end) {
                    int v = low(q + 1).equals("the") ? q + 2 : q + 1;
                    Mention m = mentionAt(v);
                    if (Character.isUpperCase(tok(v).text().charAt(0))
                            && (m == null || m.type() != EntityType.PLACE || m.origin() == Mention.Origin.VENUE)) return true;
                }
                if (low(q).equals(".") || low(q).equals(";")) break;
            }
            return false;
        }

        /** Whether a sentence offset lies in ", whose/which/who ... ," between commas. */
        boolean inRelativeAside(int charOffset) {
            int k = first;
            while (k < end && tok(k).start() - s.start() < charOffset) k++;
            for (int q = k - 1; q >= first; q--) {
                String w = low(q);
                if (w.equals(",")) return low(q + 1).equals("whose") || low(q + 1).equals("who");
                if (VERBS.contains(w) || SUPPORT.contains(w) || NOUNS.contains(w)) return false;
            }
            return false;
        }

        /** Whether the words right before a date (by its offset in the sentence) are a decision or a statement. */
        boolean decisionBefore(int charOffset) {
            int k = first;
            while (k < end && tok(k).start() - s.start() < charOffset) k++;
            for (int q = k - 1; q >= Math.max(first, k - 2); q--) {
                String w = low(q);
                if (CANCELLED.contains(w) || POSTPONED.contains(w) || SPEECH.contains(w) || w.equals("announced")
                        || w.equals("confirmed") || w.equals("off")) return true;
                if (w.equals("updated") || w.equals("posted") || w.equals("published")) return true; // a page's timestamp
            }
            return false;
        }

        /** Offset within the sentence where the clause after token k ends (":", ";", a dash, or a relative clause). */
        int clauseEndChar(int k) {
            for (int q = k; q < end; q++) {
                String w = low(q);
                if (w.equals(":") || w.equals(";") || w.equals("—") || w.equals("–")
                        || w.equals(",") && (low(q + 1).equals("where") || low(q + 1).equals("while")))
                    return tok(q).start() - s.start();
            }
            return Integer.MAX_VALUE;
        }

        Token tok(int k) {
            return a.tokens().get(k);
        }

        String low(int k) {
            return k >= first && k < end ? low[k - first] : "";
        }

        /** The word at k as a cue: nothing when it is part of a name ("May" the person is no modal). */
        String cue(int k) {
            // "on May 20", "since May": the month is no modal (a capital "May" inside a sentence never is)
            if (k >= first && k < end && tok(k).text().equals("May") && (k > first || k + 1 < end && low(k + 1).matches("\\d+.*")))
                return "";
            return isMention(k) ? "" : low(k);
        }

        boolean lowIn(int from, int n, String... words) {
            for (int k = Math.max(from, first); k < Math.min(end, from + n); k++)
                for (String w : words) if (low(k).equals(w)) return true;
            return false;
        }

        int indexOf(String word, int from, int n) {
            for (int k = Math.max(from, first); k < Math.min(end, from + n); k++) {
                if (low(k).equals(word)) return k;
                if (k > from && (low(k).equals(".") || low(k).equals(";"))) return -1;
            }
            return -1;
        }

        boolean isMention(int k) {
            return k >= first && k < end && mentionAt[k - first] >= 0;
        }

        Mention mentionAt(int k) {
            return isMention(k) ? clusters.mentions().get(mentionAt[k - first]) : null;
        }

        boolean isParticipantType(int mi) {
            EntityType t = clusters.mentions().get(mi).type();
            return t == EntityType.PERSON || t == EntityType.ORGANIZATION;
        }

        int personAfter(int from, int n) {
            for (int k = from; k < Math.min(end, from + n + 4); k++) {
                Mention m = mentionAt(k);
                if (m != null && m.type() == EntityType.PERSON) return k;
                if (low(k).equals(".") || low(k).equals(";")) break;
            }
            return -1;
        }

        boolean isDemonymOrAdj(int k) {
            Token t = tok(k);
            return t.pos().equals("ADJ") && Character.isUpperCase(t.text().charAt(0));
        }

        /** Persons and organizations from {@code from} to the end of the clause ("B, C and D"). */
        List<Integer> objectSpan(int from) {
            List<Integer> out = new ArrayList<>();
            int k = from;
            int limit = Math.min(end, from + 30);
            while (k < limit) {
                String w = low(k);
                if (isMention(k)) {
                    int mi = mentionAt[k - first];
                    Mention m = clusters.mentions().get(mi);
                    if (m.type() != EntityType.PLACE) {
                        int c = clusters.clusterOf(mi);
                        // a person's organization in the object ("the head of the ministry, X") is context, not a guest
                        if (!out.contains(c)) out.add(c);
                    }
                    k = Math.max(k + 1, m.endToken());
                    continue;
                }
                if (w.equals(",")) {
                    // continue only into a list or an apposition naming someone
                    if (!(isMention(k + 1) || low(k + 1).equals("and") || isMention(k + 2) || personSoon(k + 1, 8)
                            || low(k + 1).equals("including") || low(k + 1).equals("among"))) break;
                } else if (CLAUSE_END.contains(w) && !(w.equals("and") || w.equals("to") || w.equals("for"))) {
                    break;
                } else if ((w.equals("at") || w.equals("in")) && !out.isEmpty()) {
                    break; // "received X at State House": the venue is no guest
                } else if (VERBS.contains(w) || SUPPORT.contains(w) || SPEECH.contains(w)) {
                    break;
                } else if (tok(k).pos().equals("VERB") && !w.endsWith("ing") && k > from + 1) {
                    break;
                }
                k++;
            }
            if (out.isEmpty()) {
                // a long title before the guest's name: take the first person named before any verb
                for (int q = from; q < Math.min(end, from + 25); q++) {
                    String w = low(q);
                    if (w.equals(".") || w.equals(";") || tok(q).pos().equals("VERB") && !isMention(q)) break;
                    Mention m = mentionAt(q);
                    if (m != null && m.type() == EntityType.PERSON) {
                        out.add(clusters.clusterOf(mentionAt[q - first]));
                        break;
                    }
                }
            }
            // keep organizations only as guests in their own right, not as the employer of a named person
            boolean hasPerson = out.stream().anyMatch(c -> clusters.type(c) == EntityType.PERSON);
            if (hasPerson) out.removeIf(c -> clusters.type(c) == EntityType.ORGANIZATION);
            return out;
        }

        /** Persons (and organizations) before a verb in its clause: "A and B held talks". */
        List<Integer> subjectSpan(int verbAt) {
            List<Integer> out = new ArrayList<>();
            for (int k = verbAt - 1; k >= first; k--) {
                String w = low(k);
                if (SUBJECT_STOP.contains(w)) break;
                // ", and the two met again": a new clause, when a clause with its own verb stands before it
                if ((w.equals("and") || w.equals("but")) && low(k - 1).equals(",") && verbBefore(k - 1)) break;
                if (VERBS.contains(w) || SPEECH.contains(w)) break;
                Mention m = mentionAt(k);
                if (m != null) {
                    int mi = mentionAt[k - first];
                    if (m.type() == EntityType.PERSON && !inAside(k)) {
                        int c = clusters.clusterOf(mi);
                        if (!out.contains(c)) out.add(0, c);
                    }
                    k = m.firstToken();
                }
                if (w.equals(",") && k - 1 >= first && low(k - 1).matches("according|to")) break;
            }
            // an appositive or possessive chain keeps only the people: "Lee, the minister of X," is one subject
            return out;
        }

        /** "met A and B together", "jointly", "a three-way meeting": the counterparts met as one party. */
        boolean jointObject(int from, List<Integer> obj) {
            for (int k = Math.max(first, from - 6); k < Math.min(end, from + 30); k++) {
                String w = low(k);
                if (w.equals("together") || w.equals("jointly") || w.equals("trilateral") || w.equals("three-way")
                        || w.equals("joint") || w.equals("couple")) return true;
                if (w.equals(".") || w.equals(";")) break;
            }
            return false;
        }

        /** The first person of the sentence before its first verb: the main clause's subject, or -1. */
        int clauseSubject() {
            for (int k = first; k < end; k++) {
                Mention m = mentionAt(k);
                if (m != null && m.type() == EntityType.PERSON) return clusters.clusterOf(mentionAt[k - first]);
                if (m == null && tok(k).pos().equals("VERB")) return -1;
            }
            return -1;
        }

        /** ", with both sides preparing to …", "to commemorate …": a place after this is in another clause. */
        boolean otherClauseBetween(int from, int to) {
            for (int q = from; q < to; q++) {
                int rel = meetingRelativeEnd(q);
                if (rel > q) { // ", which was scheduled to take place ... at X": still the meeting's own clause
                    q = rel - 1;
                    continue;
                }
                if (low(q).equals(",") && low(q + 1).matches("with|while|as|who|which|whose|although|though|but|following|amid"))
                    return true;
                if (low(q).equals("to") && q + 1 < to && tok(q + 1).pos().equals("VERB") && !isMention(q + 1)) return true;
            }
            return false;
        }

        /**
         * After ", which was scheduled to take place" / ", which took place" / ", which will be held" (a relative clause
         * that says when and where the meeting itself is), the token after it; else -1.
         */
        int meetingRelativeEnd(int q) {
            if (!low(q).equals(",") || !low(q + 1).matches("which|that")) return -1;
            int k = q + 2;
            if (low(k).matches("was|is|were|are|had|has|will|would")) k++;
            if (low(k).equals("been") || low(k).equals("be") && !low(k + 1).equals("held")) k++;
            if (low(k).matches("scheduled|due|set|planned|expected|slated|supposed") && low(k + 1).equals("to")) k += 2;
            if (low(k).matches("take|took|taken|taking") && low(k + 1).equals("place")) return k + 2;
            if (low(k).equals("be") && low(k + 1).equals("held")) return k + 2;
            if (low(k).equals("held")) return k + 1;
            return -1;
        }

        /** Words that open an aside between commas: "X and Y, one of Z's advisers, met". */
        private static final Set<String> ASIDE_OPENERS = Set.of("one", "who", "whose", "which", "a", "an", "also", "himself",
                "herself", "both", "each", "then", "now", "formerly", "once");

        /** Whether token k lies in ", one of …," / ", who …," between two commas. */
        boolean inAside(int k) {
            int open = -1;
            for (int q = k - 1; q >= first; q--) {
                if (low(q).equals(",")) {
                    open = q;
                    break;
                }
            }
            if (open < 0 || !ASIDE_OPENERS.contains(low(open + 1))) return false;
            for (int q = k + 1; q < end; q++) {
                if (low(q).equals(",")) return true;
                if (low(q).equals(".") || low(q).equals(";")) return false;
            }
            return false;
        }

        /** "..., and to hold talks", "and later met": a verb phrase joined to the sentence's first one. */
        boolean coordinatedVerbPhrase(int at) {
            for (int k = at - 1; k >= Math.max(first, at - 4); k--) {
                String w = low(k);
                if (w.equals("and")) return true;
                if (!(w.equals("to") || w.equals("then") || w.equals("later") || w.equals("also") || w.equals("afterwards")))
                    return false;
            }
            return false;
        }

        /** "he and X", "she and X" in the subject of the trigger. */
        boolean pronounAndSubject(int at) {
            for (int k = at - 1; k >= Math.max(first, at - 10); k--) {
                if ((low(k).equals("he") || low(k).equals("she")) && low(k + 1).equals("and")) return true;
                if (SUBJECT_STOP.contains(low(k))) return false;
            }
            return false;
        }

        boolean pronounSubjectBefore(int at) {
            for (int k = at - 1; k >= Math.max(first, at - 6); k--) {
                String w = low(k);
                if (w.equals("he") || w.equals("she")) return true;
                if (isMention(k) || w.equals(",") || w.equals("the")) return false;
            }
            return false;
        }

        /** "the presidents of A and B ... their call": a group named by its role, not by its members ("Presidents A and B"). */
        boolean unnamedGroupBefore(int at) {
            for (int k = at - 1; k >= first; k--)
                if (PLURAL_ANAPHORS.contains(low(k)) && !low(k).equals("they") && !low(k).equals("two") && !isMention(k + 1))
                    return true;
            return false;
        }

        int indexOfBefore(String word, int at) {
            for (int k = at - 1; k >= first; k--) if (low(k).equals(word)) return k;
            return at;
        }

        boolean verbBefore(int at) {
            for (int q = first; q < at; q++) if (!isMention(q) && (tok(q).pos().equals("VERB") || VERBS.contains(low(q)))) return true;
            return false;
        }

        /** A person named within n tokens, before any verb: "…, the Czech Republic's Petr Novak and …". */
        boolean personSoon(int from, int n) {
            for (int q = from; q < Math.min(end, from + n); q++) {
                Mention m = mentionAt(q);
                if (m != null && m.type() == EntityType.PERSON) return true;
                if (tok(q).pos().equals("VERB") && !isMention(q) || low(q).equals(".") || low(q).equals(";")) return false;
            }
            return false;
        }

        /** The role noun of "the two presidents" before or at the trigger, or null. */
        String roleOfPluralAnaphor(int at) {
            for (int k = at - 1; k >= Math.max(first, at - 12); k--) {
                String w = low(k);
                // "the two ministers", "the two top diplomats"
                if (ROLES.isRole(w) && (GROUP_DETERMINERS.contains(low(k - 1))
                        || !isMention(k - 1) && GROUP_DETERMINERS.contains(low(k - 2)))) return w;
                if (isMention(k)) return null;
            }
            return null;
        }

        boolean pluralAnaphorAt(int k) {
            if (low(k).equals("the") || low(k).equals("both")) k++;
            return PLURAL_ANAPHORS.contains(low(k)) || low(k).equals("two") || low(k).equals("each");
        }

        boolean pluralAnaphorBefore(int verbAt) {
            for (int k = verbAt - 1; k >= Math.max(first, verbAt - 12); k--) {
                String w = low(k);
                if (w.equals("two") || w.equals("three") || w.equals("four") || w.equals("both") || w.equals("they")
                        || w.equals("pair") || w.equals("duo")) return true;
                if (PLURAL_ANAPHORS.contains(w) && GROUP_DETERMINERS.contains(low(k - 1))) return true;
                if (isMention(k)) return false;
            }
            return false;
        }

        /**
         * The possessor before a meeting noun: cluster id for "Lee's meeting", -3 for "his/her", -4 for "their",
         * -2 when a determiner rules a possessor out, -1 when none.
         */
        int possessorBefore(int noun) {
            for (int k = noun - 1; k >= Math.max(first, noun - 6); k--) {
                String w = low(k);
                if (w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’")) {
                    Mention m = mentionAt(k - 1);
                    if (m != null && m.type() == EntityType.PERSON) return clusters.clusterOf(mentionAt[k - 1 - first]);
                    if (m != null) return -1;
                    continue;
                }
                if (w.equals("his") || w.equals("her")) return -3;
                if (w.equals("their")) return -4;
                if (w.equals("a") || w.equals("an") || w.equals("this") || w.equals("that")) return -2;
                if (isMention(k) || CLAUSE_END.contains(w) || w.equals(",")) return -1;
            }
            return -1;
        }

        int nearestPersonBefore(int at, List<Integer> exclude) {
            for (int k = at - 1; k >= first; k--) {
                Mention m = mentionAt(k);
                if (m != null && m.type() == EntityType.PERSON) {
                    int c = clusters.clusterOf(mentionAt[k - first]);
                    // "Lee said a meeting with Park could follow": the speaker is not the one meeting
                    if (SPEECH.contains(low(m.endToken())) || low(m.firstToken() - 1).equals("to")
                            && low(m.firstToken() - 2).equals("according")) continue;
                    if (!exclude.contains(c)) return c;
                }
            }
            return -1;
        }

        /** "Lee – Park meeting" or "Lee-Park meeting" right before the noun. */
        List<Integer> dashCompoundBefore(int noun) {
            List<Integer> out = new ArrayList<>();
            int k = noun - 1;
            while (k >= first && isMention(k)) {
                Mention m = mentionAt(k);
                if (m.type() != EntityType.PERSON) break;
                int c = clusters.clusterOf(mentionAt[k - first]);
                // both halves of "Lee-Park" sit on one token
                for (int mi : mentions) {
                    Mention o = clusters.mentions().get(mi);
                    if (o.firstToken() == k && o.type() == EntityType.PERSON) {
                        int oc = clusters.clusterOf(mi);
                        if (!out.contains(oc)) out.add(0, oc);
                    }
                }
                if (!out.contains(c)) out.add(0, c);
                k = m.firstToken() - 1;
                if (k >= first && (low(k).equals("–") || low(k).equals("—") || low(k).equals("-"))) k--;
                else break;
            }
            return out.size() >= 2 ? out : List.of();
        }

        /**
         * "X said it was fantastic to welcome", "X said she called": the person who speaks, when only a pronoun, a
         * copula and words of feeling stand between the speech verb and {@code to} (the infinitive's "to", or the pronoun).
         */
        int speakerBefore(int to) {
            for (int k = to - 1; k >= Math.max(first, to - 9); k--) {
                String w = low(k);
                if (SPEECH.contains(w)) {
                    Mention m = mentionAt(k - 1);
                    if (k - 1 >= first && m != null && m.type() == EntityType.PERSON && m.endToken() == k)
                        return clusters.clusterOf(mentionAt[k - 1 - first]);
                    return -1;
                }
                if (isMention(k) || w.equals(",") || w.equals(".") || w.equals(";") || w.equals("that") && k < to - 1
                        && !low(k + 1).matches("it|he|she|they|we|i")) return -1;
                if (VERBS.contains(w)) return -1;
            }
            return -1;
        }

        /** "it was fantastic to welcome", "I am delighted to host": a feeling about what is done, not a plan. */
        boolean feelingOfNow(int to) {
            for (int k = to - 1; k >= Math.max(first, to - 6); k--) {
                String w = low(k);
                if (w.matches("was|is|am|are|were|'s|’s|'m|’m")) return k < to - 1 && !PLANNED.contains(low(k - 1));
                if (isMention(k) || PLANNED.contains(w) || w.matches("forward|hope|hopes|hoped|want|wants|wanted|going"
                        + "|looking|plans|planned|expects|expected|keen|eager|ready|invited|asked") || !w.matches("[a-z’'-]+")) return false;
            }
            return false;
        }

        /** “We will meet again”: "we" before the verb, in a quotation, with no name between. */
        boolean quotedWeBefore(int at) {
            boolean we = false;
            for (int k = at - 1; k >= Math.max(first, at - 5); k--) {
                if (isMention(k)) return false;
                if (low(k).equals("we")) we = true;
            }
            if (!we) return false;
            for (int k = first; k < at; k++) if (low(k).matches("[“\"]|``")) return true;
            return false;
        }

        boolean isSpeaker(int cluster) {
            for (int mi : mentions) {
                if (clusters.clusterOf(mi) != cluster) continue;
                Mention m = clusters.mentions().get(mi);
                if (SPEECH.contains(low(m.endToken())) || low(m.firstToken() - 1).equals("to")
                        && low(m.firstToken() - 2).equals("according")
                        || low(m.endToken()).equals(",") && SPEECH.contains(low(m.endToken() + 1))) return true;
            }
            return false;
        }
    }
}
