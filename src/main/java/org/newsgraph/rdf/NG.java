package org.newsgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The newsgraph vocabulary ({@code ontology/newsgraph.ttl}); a test keeps the two in step. */
public final class NG {
    public static final String NS = "https://w3id.org/newsgraph/ns#";
    public static final String PREFIX = "ng";

    private static Resource r(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property p(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    // Classes
    public static final Resource Article = r("Article");
    public static final Resource Person = r("Person");
    public static final Resource Organization = r("Organization");
    public static final Resource Place = r("Place");
    public static final Resource Meeting = r("Meeting");
    public static final Resource MeetingReport = r("MeetingReport");
    public static final Resource MeetingStatus = r("MeetingStatus");
    public static final Resource MeetingMode = r("MeetingMode");

    // Individuals
    public static final Resource Happened = r("Happened");
    public static final Resource Planned = r("Planned");
    public static final Resource Postponed = r("Postponed");
    public static final Resource Cancelled = r("Cancelled");
    public static final Resource InPerson = r("InPerson");
    public static final Resource Phone = r("Phone");
    public static final Resource Video = r("Video");

    // Canonical meetings
    public static final Property participant = p("participant");
    public static final Property location = p("location");
    public static final Property date = p("date");
    public static final Property status = p("status");
    public static final Property mode = p("mode");
    public static final Property metWith = p("metWith");
    public static final Property reportedIn = p("reportedIn");
    public static final Property report = p("report");
    public static final Property sourceCount = p("sourceCount");
    public static final Property mergeReason = p("mergeReason");

    // Precomputed answers (graph/lists/NAME): chunks of 100 ranked rows
    public static final Property rowCount = p("rowCount");
    public static final Property firstRank = p("firstRank");
    public static final Property row = p("row");
    public static final Property rank = p("rank");

    // Meeting reports
    public static final Property inArticle = p("inArticle");
    public static final Property reportedParticipant = p("reportedParticipant");
    public static final Property reportedLocation = p("reportedLocation");
    public static final Property reportedDate = p("reportedDate");
    public static final Property reportedStatus = p("reportedStatus");
    public static final Property reportedMode = p("reportedMode");
    public static final Property evidence = p("evidence");
    public static final Property evidenceStart = p("evidenceStart");
    public static final Property evidenceEnd = p("evidenceEnd");
    public static final Property confidence = p("confidence");
    public static final Property dateExpression = p("dateExpression");
    public static final Property dateAnchor = p("dateAnchor");
    public static final Property dateRule = p("dateRule");

    // Entities and articles
    public static final Property mentions = p("mentions");
    public static final Property title = p("title");
    public static final Property country = p("country");
    public static final Property name = p("name");
    public static final Property sameAsReason = p("sameAsReason");

    /** Other vocabularies the graph uses. */
    public static final String SCHEMA = "https://schema.org/";
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";
    public static final Property schemaDatePublished = ResourceFactory.createProperty(SCHEMA + "datePublished");
    public static final Property schemaUrl = ResourceFactory.createProperty(SCHEMA + "url");
    public static final Property schemaPublisher = ResourceFactory.createProperty(SCHEMA + "publisher");

    /** schema.org terms written beside ours, so that schema.org consumers read meetings and people without reasoning. */
    public static final Resource schemaEvent = ResourceFactory.createResource(SCHEMA + "Event");
    public static final Resource schemaPerson = ResourceFactory.createResource(SCHEMA + "Person");
    public static final Resource schemaOrganization = ResourceFactory.createResource(SCHEMA + "Organization");
    public static final Resource schemaPlace = ResourceFactory.createResource(SCHEMA + "Place");
    public static final Property schemaName = ResourceFactory.createProperty(SCHEMA + "name");
    public static final Property schemaSameAs = ResourceFactory.createProperty(SCHEMA + "sameAs");
    public static final Property schemaAttendee = ResourceFactory.createProperty(SCHEMA + "attendee");
    public static final Property schemaLocation = ResourceFactory.createProperty(SCHEMA + "location");
    public static final Property schemaStartDate = ResourceFactory.createProperty(SCHEMA + "startDate");
    public static final Property schemaEventStatus = ResourceFactory.createProperty(SCHEMA + "eventStatus");
    public static final Property schemaEventAttendanceMode = ResourceFactory.createProperty(SCHEMA + "eventAttendanceMode");
    public static final Resource schemaEventScheduled = ResourceFactory.createResource(SCHEMA + "EventScheduled");
    public static final Resource schemaEventPostponed = ResourceFactory.createResource(SCHEMA + "EventPostponed");
    public static final Resource schemaEventCancelled = ResourceFactory.createResource(SCHEMA + "EventCancelled");
    public static final Resource schemaOffline = ResourceFactory.createResource(SCHEMA + "OfflineEventAttendanceMode");
    public static final Resource schemaOnline = ResourceFactory.createResource(SCHEMA + "OnlineEventAttendanceMode");

    /** Prefixes for queries and output. */
    public static final java.util.Map<String, String> PREFIXES = java.util.Map.of(
            "ng", NS,
            "rdfs", "http://www.w3.org/2000/01/rdf-schema#",
            "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "xsd", "http://www.w3.org/2001/XMLSchema#",
            "skos", "http://www.w3.org/2004/02/skos/core#",
            "owl", "http://www.w3.org/2002/07/owl#",
            "dcterms", "http://purl.org/dc/terms/",
            "schema", SCHEMA,
            "wd", WIKIDATA);

    private NG() {
    }
}
