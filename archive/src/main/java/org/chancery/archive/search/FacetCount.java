package org.chancery.archive.search;

/** One value of a facet and how many (permitted) hits have it. */
public record FacetCount(String value, long count) {}
