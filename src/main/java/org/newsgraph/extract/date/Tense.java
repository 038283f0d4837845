package org.newsgraph.extract.date;

/** Grammatical time of a clause; decides which way an expression without a year or week points. */
public enum Tense {
    PAST, PRESENT, FUTURE, UNKNOWN
}
