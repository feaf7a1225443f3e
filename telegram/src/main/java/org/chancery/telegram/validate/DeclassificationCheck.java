package org.chancery.telegram.validate;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Classification;
import org.chancery.telegram.model.ClassifiedBy;
import org.chancery.telegram.model.Declassification;

/** The E.O. line and the Classified By line (rules D001–D006). */
final class DeclassificationCheck implements Check {
    /** E.O. 12958 (1995) cited section 1.5 until its 2003 amendment renumbered the reasons to 1.4; 13526 keeps 1.4. */
    private static final Pattern REASON = Pattern.compile("1\\.4\\([a-h]\\)|1\\.5\\([a-g]\\)");

    private static final Set<String> ORDERS = Set.of("11652", "12065", "12356", "12958", "13292", "13526");

    @Override
    public void check(Cable cable, Consumer<Finding> findings) {
        String id = cable.referenceId();
        boolean classified = cable.classification() != null && cable.classification() != Classification.UNCLASSIFIED;
        Declassification decl = cable.declassification();
        ClassifiedBy by = cable.classifiedBy();
        if (classified && decl == null) {
            findings.accept(Finding.of(
                    Rule.D001, id, cable.classification().label() + " cable has no E.O. line with a DECL instruction"));
        }
        if (classified && by == null && !olderThanE012958(decl)) {
            findings.accept(
                    Finding.of(Rule.D002, id, cable.classification().label() + " cable has no Classified By line"));
        }
        if (classified && by != null && by.reasons().isEmpty()) {
            findings.accept(Finding.of(Rule.D003, id, "Classified By line gives no reasons: " + by.text()));
        }
        if (by != null) {
            for (String reason : by.reasons()) {
                if (!REASON.matcher(reason).matches()) {
                    findings.accept(
                            Finding.of(Rule.D004, id, "reason " + reason + " is not one of 1.4(a)-(h) or 1.5(a)-(g)"));
                }
            }
        }
        if (decl != null && decl.kind() == Declassification.Kind.DATE && decl.on() != null && cable.date() != null) {
            LocalDate written = cable.date().toLocalDate();
            if (decl.on().isBefore(written)
                    || decl.on().isAfter(written.plusYears(25).plusDays(1))) {
                findings.accept(Finding.of(
                        Rule.D005,
                        id,
                        "declassify on " + decl.on() + " is not within 25 years after the cable's date " + written));
            }
        }
        if (decl != null && decl.authority() != null) {
            String digits = decl.authority().replaceAll("\\D", "");
            if (!ORDERS.contains(digits)) {
                findings.accept(
                        Finding.of(Rule.D006, id, "authority " + decl.authority() + " is not a known executive order"));
            }
        }
    }

    /** Before E.O. 12958 cables did not name the classifying official. */
    private static boolean olderThanE012958(Declassification decl) {
        if (decl == null || decl.authority() == null) {
            return false;
        }
        String digits = decl.authority().replaceAll("\\D", "");
        return digits.equals("12356") || digits.equals("12065") || digits.equals("11652");
    }
}
