/**
 * Temporal expressions in news sentences, normalized against the publication date.
 *
 * <p>{@link org.newsgraph.extract.date.DateTagger#tag} returns every expression of a sentence as a
 * {@link org.newsgraph.extract.date.DateMention}: its span, and either a {@link org.newsgraph.extract.DateValue}
 * at the precision the text gives or, when it denotes no single date, the reason in {@code rule}.
 *
 * <h2>Rules (value rule names)</h2>
 * <ul>
 * <li>{@code iso} "2025-10-20"; {@code month-day-year} "October 20, 2025", "20 October 2025"; {@code month-year}
 *     "February 2025"; {@code year} "in 2024", "since 2022", "by the end of 2027"; {@code season-year}
 *     "in the summer of 2024" (year precision). These are absolute: their anchor is null.</li>
 * <li>{@code month-day} "July 3", "Oct. 20", "20 October", "the 3rd of July": the anchor's year, moved back a year
 *     when the clause is past and the date falls more than 3 days after the anchor, forward a year when it is future
 *     and the date falls more than 14 days before; otherwise the year that puts it nearest the anchor.
 *     {@code month-day-weekday} "Tuesday, July 8": the year in which that date is that weekday, if within half a
 *     year of the anchor.</li>
 * <li>{@code weekday-past} (on or before the anchor; the same day counts), {@code weekday-future} (on or after; for
 *     future and present clauses and for "this Thursday" outside the past), {@code weekday-nearest} (tense unknown,
 *     ties to the past), {@code weekday-last} / {@code weekday-next} ("last"/"next": strictly before/after).</li>
 * <li>{@code month} "in February", "in early March", "mid-August": the anchor's year, moved back when past and
 *     after the anchor's month, forward when future and before it; unknown tense keeps the anchor's year.
 *     {@code month-last}, {@code month-next}, {@code month-this} for "last/next/this February".</li>
 * <li>{@code relative-month}, {@code relative-year} "last month", "this year", "next year"; {@code month-part},
 *     {@code year-part} "earlier this month", "later this year" (month or year precision: the period is certain).</li>
 * <li>{@code today} (also "tonight", "this morning"), {@code yesterday} (also "last night"), {@code tomorrow},
 *     {@code day-before-yesterday}, {@code day-after-tomorrow}; {@code days-ago}, {@code months-ago},
 *     {@code years-ago} "three days ago".</li>
 * <li>{@code previous-offset} "one day earlier", "the next day", "two days later", "a week later", "the day before",
 *     "that day": counted from {@link org.newsgraph.extract.date.DateContext#previous()} (or from an earlier date in
 *     the same sentence), only when that has day precision; otherwise {@code no-previous}. It never falls back to
 *     the anchor: in news these phrases refer to an event already dated.</li>
 * </ul>
 *
 * <h2>Recognised without a value (the reason is the mention's rule)</h2>
 * {@code range} "from July 8 to 11", "July 8-11", "8-11 July", "2026-2030", "from Monday to Wednesday";
 * {@code week} "last week", "earlier this week", "next week"; {@code weekend} "over the weekend";
 * {@code vague} "recently", "in recent weeks", "in the coming days", "the past year", "a few days ago",
 * "two weeks ago"; {@code year-in-name} "Act of 2025", "Awards 2025" (a year after a capitalised word belongs to a
 * name, not to the calendar); {@code from-event} "two days before the vote" (counted from an event named next);
 * {@code no-anchor} any relative expression when the context has no anchor (the tagger never guesses from today's
 * date); {@code invalid} "Feb. 30".
 *
 * <h2>Traps</h2>
 * Month and weekday names count only capitalised; "May" stands alone only after "in", "during", "since", "until"
 * or with "early", "late", "mid-", "last", "next", "this"; other bare months are skipped next to a capitalised word
 * ("Senator April Daniels"); "Sat." and "Sun." only before a date; "Good Friday", "Black Friday" and the like are
 * skipped. Bare numbers are never years ("2000 troops", "7,000 people", "500%"); a year needs a preposition, a
 * month, a season or "early/late/mid".
 *
 * <h2>Tense</h2>
 * Read per clause (split at punctuation and at "and", "but", "while", "after", ...): future markers ("will",
 * "would", "could", modal "may", "is scheduled/expected/due/set to", "plans/hopes/agreed to", "next week",
 * "talks set to") win over past ones ("met", "held", "said", "was", regular "-ed" verbs), which win over present
 * ones ("meets", "is"). "Was scheduled to" leaves the tense unknown. A clause without markers borrows the tense of
 * the nearest clause that has them, left first.
 *
 * <h2>Anchor</h2>
 * {@link org.newsgraph.extract.date.DateTagger#anchorFor} prefers the dateline's date when it lies within a week of
 * the publication date, then the publication date, then a dateline that carries a year.
 *
 * <h2>Speed</h2>
 * A sentence is tokenized once; each rule is tried with a precompiled pattern only at its trigger words (a month,
 * a weekday, a number, "yesterday", "week", ...) and at most a few words before them.
 */
package org.newsgraph.extract.date;
