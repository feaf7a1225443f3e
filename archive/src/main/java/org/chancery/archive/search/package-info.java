/** Searching the archive: requests, results, facets, highlights and the reference graph, all behind the access decision. */
package org.chancery.archive.search;
