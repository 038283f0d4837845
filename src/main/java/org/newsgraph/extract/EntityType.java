package org.newsgraph.extract;

/** The kinds of named entity the graph holds. */
public enum EntityType {
    PERSON, ORGANIZATION, PLACE
}
