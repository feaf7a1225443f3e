package org.chancery.telegram.validate;

import java.util.ArrayList;
import java.util.List;
import org.chancery.telegram.model.Cable;

/**
 * Checks a cable against the rules of the format and of classification, returning findings with stable codes
 * ({@link Rule}). The validator never throws on odd input: real cables break rules, and each broken rule is one
 * finding. Stateless and thread-safe.
 */
public final class CableValidator {
    private final List<Check> checks = List.of(
            new MarkingCheck(), new DeclassificationCheck(), new TagCheck(), new AddressingCheck(), new HeaderCheck());

    public List<Finding> validate(Cable cable) {
        List<Finding> findings = new ArrayList<>();
        for (Check check : checks) {
            check.check(cable, findings::add);
        }
        return findings;
    }
}
