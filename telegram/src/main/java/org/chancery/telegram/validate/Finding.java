package org.chancery.telegram.validate;

/**
 * One broken rule in one cable.
 *
 * @param code the rule's stable code, e.g. {@code CHN-B001}; see {@code docs/validation-rules.md}
 * @param severity the rule's severity
 * @param referenceId the cable's reference id, or null when it has none
 * @param message what is wrong, in words a records officer understands, naming the offending value
 */
public record Finding(String code, Severity severity, String referenceId, String message) {

    static Finding of(Rule rule, String referenceId, String message) {
        return new Finding(rule.code(), rule.severity(), referenceId, message);
    }
}
