package org.chancery.telegram.validate;

import java.util.function.Consumer;
import org.chancery.telegram.model.Cable;

/** The TAGS line (rules T001–T004). */
final class TagCheck implements Check {

    @Override
    public void check(Cable cable, Consumer<Finding> findings) {
        String id = cable.referenceId();
        if (cable.tags().isEmpty()) {
            if (!cable.partial()) {
                findings.accept(Finding.of(Rule.T001, id, "the cable has no TAGS"));
            }
            return;
        }
        boolean place = false;
        for (String tag : cable.tags()) {
            if (!TagCatalogue.isWellFormed(tag)) {
                findings.accept(Finding.of(
                        Rule.T002, id, "TAG '" + tag + "' is not a subject, country, organisation or person tag"));
                continue;
            }
            if (TagCatalogue.isCountry(tag) || TagCatalogue.isOrganisation(tag) || tag.matches("[A-Z]{2}")) {
                place = true;
            } else if (TagCatalogue.hasSubjectShape(tag) && !TagCatalogue.isKnownSubject(tag)) {
                findings.accept(Finding.of(Rule.T003, id, "subject TAG " + tag + " is not in the catalogue"));
            }
        }
        if (!place) {
            findings.accept(Finding.of(
                    Rule.T004, id, "TAGS " + String.join(" ", cable.tags()) + " name no country or organisation"));
        }
    }
}
