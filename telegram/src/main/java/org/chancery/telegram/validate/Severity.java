package org.chancery.telegram.validate;

/** How bad a finding is: an ERROR breaks a rule of the format or of classification; a WARNING is suspicious. */
public enum Severity {
    ERROR,
    WARNING
}
