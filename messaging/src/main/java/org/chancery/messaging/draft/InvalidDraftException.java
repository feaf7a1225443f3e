package org.chancery.messaging.draft;

import java.util.List;
import java.util.stream.Collectors;

/** A draft that cannot be released (or saved) as it is: each error names its field. */
public final class InvalidDraftException extends IllegalArgumentException {
    private final transient List<DraftFinding> findings;

    public InvalidDraftException(String what, List<DraftFinding> findings) {
        super(what + ": "
                + findings.stream()
                        .filter(DraftFinding::error)
                        .map(DraftFinding::toString)
                        .collect(Collectors.joining("; ")));
        this.findings = List.copyOf(findings);
    }

    public List<DraftFinding> findings() {
        return findings;
    }
}
