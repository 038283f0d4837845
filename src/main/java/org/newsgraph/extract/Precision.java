package org.newsgraph.extract;

/** How precisely the text gives a date; maps to xsd:date, xsd:gYearMonth and xsd:gYear. */
public enum Precision {
    DAY, MONTH, YEAR
}
