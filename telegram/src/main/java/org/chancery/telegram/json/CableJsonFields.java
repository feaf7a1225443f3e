package org.chancery.telegram.json;

/**
 * The field names of the JSON form of a cable. Other tools rely on them, so they live in one place that the writer
 * and the reader share; renaming one is a breaking change of the contract.
 */
final class CableJsonFields {
    private CableJsonFields() {}

    static final String REFERENCE_ID = "reference_id";
    static final String ORIGIN = "origin";
    static final String DATE = "date";
    static final String CLASSIFICATION = "classification";
    static final String HANDLING = "handling";
    static final String CAPTIONS = "captions";
    static final String SUBJECT = "subject";
    static final String TAGS = "tags";
    static final String REFERENCES = "references";
    static final String DECLASSIFY = "declassify";
    static final String CLASSIFIED_BY = "classified_by";
    static final String SIGNERS = "signers";
    static final String SUMMARY = "summary";
    static final String TO = "to";
    static final String INFO = "info";
    static final String PARAGRAPHS = "paragraphs";
    static final String PARTIAL = "partial";
    static final String TRANSMISSION = "transmission";
    static final String SECTIONS = "sections";
    static final String HEADER = "header";
    static final String BODY = "body";

    // references
    static final String ID = "id";
    static final String TEXT = "text";

    // declassify
    static final String ON = "on";
    static final String KIND = "kind";
    static final String AUTHORITY = "authority";

    // classified_by
    static final String NAMES = "names";
    static final String REASONS = "reasons";

    // to, info
    static final String ROUTE = "route";
    static final String NAME = "name";
    static final String PRECEDENCE = "precedence";
    static final String MCN = "mcn";

    // paragraphs
    static final String NUMBER = "number";
    static final String MARKING = "marking";

    // transmission
    static final String TRANSMISSION_ID = "transmission_id";
    static final String CHANNEL = "channel";
    static final String CHANNEL_SEQUENCE = "channel_sequence";
    static final String PRECEDENCE_PROSIGNS = "precedence_prosigns";
    static final String ROUTING_INDICATORS = "routing_indicators";
    static final String ORIGINATING_STATION = "originating_station";
    static final String STATION_SERIAL = "station_serial";
    static final String SECTION = "section";
    static final String FILING_TIME = "filing_time";
    static final String SECURITY_WARNING = "security_warning";
    static final String DATE_TIME_GROUP = "date_time_group";
    static final String DATE_TIME = "date_time";
    static final String ORIGINATOR = "originator";
    static final String ORIGINATOR_ROUTE = "originator_route";
    static final String RELAY_ROUTES = "relay_routes";
    static final String ACTION_OFFICES = "action_offices";
    static final String INFO_OFFICES = "info_offices";
}
