package org.chancery.cli.admin;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.chancery.archive.access.Principal;
import org.chancery.archive.account.Role;
import org.chancery.cli.archive.CommandRefusedException;
import org.chancery.telegram.model.Classification;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The reader attributes {@code users add} and {@code users set} take; an option left out leaves the value alone. */
final class AccountAttributeOptions {

    @Option(
            names = "--clearance",
            paramLabel = "LEVEL",
            converter = ClearanceConverter.class,
            description = "Highest level the reader is cleared for: UNCLASSIFIED, CONFIDENTIAL, SECRET, TOP-SECRET.")
    Classification clearance;

    @Option(
            names = "--foreign",
            negatable = true,
            description = "Not a US national: NOFORN material is withheld (--no-foreign: a US national, the default).")
    Boolean foreign;

    @Option(
            names = "--rel-to",
            split = ",",
            paramLabel = "C",
            description = "Country codes the reader counts under for REL TO caveats, e.g. GBR,AUS.")
    List<String> relTo;

    @Option(
            names = "--posts",
            split = ",",
            paramLabel = "P",
            description = "Posts and offices the reader belongs to, e.g. LONDON,\"Embassy Paris\"; * for every post.")
    List<String> posts;

    @Option(
            names = "--roles",
            split = ",",
            paramLabel = "r",
            description = "Roles: reader, drafter, releasing-officer, records-officer, administrator (new accounts:"
                    + " reader).")
    List<String> roles;

    @Option(
            names = "--channels",
            split = ",",
            paramLabel = "NODIS",
            description = "Restricted channels the reader is named on: NODIS, EXDIS, LIMDIS, STADIS, ROGER...")
    List<String> channels;

    /** A new reader; every attribute not given takes its default (US national, no posts, role reader). */
    Principal newReader(String name) {
        if (clearance == null) {
            throw new CommandRefusedException("a new account needs --clearance");
        }
        Principal blank = new Principal(name, clearance, true, Set.of(), Set.of(), Set.of(Role.READER.key()), Set.of());
        return applyTo(blank);
    }

    /** The reader with the given options applied. */
    Principal applyTo(Principal p) {
        return new Principal(
                p.name(),
                clearance == null ? p.clearance() : clearance,
                foreign == null ? p.usNational() : !foreign,
                members(relTo, p.releasability(), s -> s.toUpperCase(Locale.ROOT)),
                members(posts, p.posts(), UnaryOperator.identity()),
                members(roles, p.roles(), s -> s.toLowerCase(Locale.ROOT)),
                members(channels, p.channels(), s -> s.toUpperCase(Locale.ROOT)));
    }

    /** The options as given, for the audit log. */
    String describe() {
        StringBuilder s = new StringBuilder();
        append(s, "clearance", clearance);
        append(s, "foreign", foreign);
        append(s, "rel-to", relTo);
        append(s, "posts", posts);
        append(s, "roles", roles);
        append(s, "channels", channels);
        return s.toString().strip();
    }

    private static void append(StringBuilder s, String name, Object value) {
        if (value != null) {
            s.append(' ')
                    .append(name)
                    .append('=')
                    .append(
                            value instanceof List<?> l
                                    ? String.join(
                                            ",", l.stream().map(String::valueOf).toList())
                                    : value);
        }
    }

    /** The given list (blank entries dropped, so {@code --posts ""} empties it), or the current set. */
    private static Set<String> members(List<String> given, Set<String> current, UnaryOperator<String> normal) {
        if (given == null) {
            return current;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String g : given) {
            if (!g.isBlank()) {
                out.add(normal.apply(g.strip()));
            }
        }
        return out;
    }

    /** Accepts the enum names, the labels and the abbreviations, in any case: {@code top-secret}, {@code TS}. */
    static final class ClearanceConverter implements ITypeConverter<Classification> {
        @Override
        public Classification convert(String value) {
            String v = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            for (Classification c : Classification.values()) {
                if (c.name().equals(v) || c.abbreviation().equals(v)) {
                    return c;
                }
            }
            throw new TypeConversionException(
                    "unknown clearance " + value + " (UNCLASSIFIED, CONFIDENTIAL, SECRET, TOP-SECRET)");
        }
    }
}
