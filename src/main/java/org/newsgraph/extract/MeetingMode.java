package org.newsgraph.extract;

/** How a meeting was held; mirrors ng:InPerson, ng:Phone, ng:Video. */
public enum MeetingMode {
    IN_PERSON, PHONE, VIDEO
}
