package org.chancery.messaging.draft;

/**
 * One problem of a draft, with the field it is about, so that the page can show it beside the field.
 *
 * @param field the draft field: {@code classification}, {@code declassify}, {@code classifiedBy}, {@code tags},
 *     {@code subject}, {@code references}, {@code paragraphs}, {@code to}, {@code info}
 * @param code the format's rule code ({@code CHN-B001}) or messaging's own ({@code MSG-A001})
 * @param error true for an error that stops a release, false for a warning
 * @param message what is wrong, naming the value
 */
public record DraftFinding(String field, String code, boolean error, String message) {

    @Override
    public String toString() {
        return (error ? "error " : "warning ") + code + " [" + field + "] " + message;
    }
}
