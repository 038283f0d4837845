package org.newsgraph.extract;

/** Whether a meeting took place; mirrors ng:Happened, ng:Planned, ng:Postponed, ng:Cancelled. */
public enum MeetingStatus {
    HAPPENED, PLANNED, POSTPONED, CANCELLED
}
