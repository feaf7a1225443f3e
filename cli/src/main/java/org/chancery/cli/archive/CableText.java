package org.chancery.cli.archive;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.chancery.archive.store.StoredCable;
import org.chancery.telegram.model.Addressee;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Reference;

/** The readable form of a stored cable: what the archive understood, then the text as received. */
final class CableText {
    private CableText() {}

    /**
     * @param versions how many versions the reader may see
     * @param inArchive whether a cited id is a cable the reader can open
     */
    static String render(StoredCable stored, int versions, Predicate<String> inArchive) {
        Cable c = stored.cable();
        StringBuilder sb = new StringBuilder();
        field(sb, "Reference", c.referenceId());
        field(sb, "Version", stored.version() + " of " + versions + ", stored " + stored.importedAt());
        field(sb, "Date", c.date() == null ? null : c.date().toString());
        field(sb, "Origin", c.origin());
        String level = c.classification() == null ? null : c.classification().label();
        field(sb, "Classification", c.handling().isEmpty() ? level : level + "//" + String.join("//", c.handling()));
        field(sb, "Captions", join(c.captions()));
        field(sb, "Subject", c.subject());
        field(sb, "TAGS", join(c.tags()));
        field(sb, "From", c.transmission().originator());
        field(sb, "To", addressees(c.to()));
        field(sb, "Info", addressees(c.info()));
        if (!c.references().isEmpty()) {
            sb.append("References:\n");
            for (Reference r : c.references()) {
                sb.append("  ")
                        .append(r.text())
                        .append(referenceNote(r, inArchive))
                        .append('\n');
            }
        }
        if (c.declassification() != null) {
            field(sb, "Declassify", c.declassification().text());
        }
        if (c.classifiedBy() != null) {
            field(sb, "Classified by", c.classifiedBy().text());
        }
        field(sb, "Signed", join(c.signers()));
        if (c.partial()) {
            sb.append("Partial extract\n");
        }
        sb.append('\n');
        if (!c.header().isEmpty()) {
            sb.append(c.header()).append(c.header().endsWith("\n") ? "" : "\n");
        }
        sb.append(c.body());
        return sb.toString();
    }

    private static String referenceNote(Reference r, Predicate<String> inArchive) {
        if (r.id() == null) {
            return "  (not a cable)";
        }
        return inArchive.test(r.id()) ? "  -> " + r.id() : "  (" + r.id() + ", not in the archive)";
    }

    private static String addressees(List<Addressee> list) {
        return list.stream().map(Addressee::name).collect(Collectors.joining("; "));
    }

    private static String join(List<String> list) {
        return String.join(" ", list);
    }

    private static void field(StringBuilder sb, String name, String value) {
        if (value != null && !value.isBlank()) {
            sb.append(name).append(": ").append(value).append('\n');
        }
    }
}
