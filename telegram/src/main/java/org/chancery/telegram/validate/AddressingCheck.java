package org.chancery.telegram.validate;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.chancery.telegram.model.Addressee;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Precedence;
import org.chancery.telegram.model.Transmission;

/** Addressees, routing indicators and precedence (rules P001, P002, A001–A003). */
final class AddressingCheck implements Check {
    /** ACP 117: an R, then the relay area and station letters, four to seven letters in all. */
    private static final Pattern ROUTE = Pattern.compile("R[A-Z]{3,6}");

    private static final Pattern MCN = Pattern.compile("\\d{4}");

    @Override
    public void check(Cable cable, Consumer<Finding> findings) {
        String id = cable.referenceId();
        if (cable.to().isEmpty() && !cable.partial()) {
            findings.accept(Finding.of(Rule.A003, id, "the cable names no action (TO) addressee"));
        }
        Optional<Precedence> highest = Optional.empty();
        for (Addressee a : (Iterable<Addressee>) Stream.concat(cable.to().stream(), cable.info().stream())::iterator) {
            if (a.route() != null && !ROUTE.matcher(a.route()).matches()) {
                findings.accept(
                        Finding.of(Rule.A001, id, "addressee " + a.name() + " has routing indicator " + a.route()));
            }
            if (a.mcn() != null && !MCN.matcher(a.mcn()).matches()) {
                findings.accept(
                        Finding.of(Rule.A002, id, "addressee " + a.name() + " has continuity number " + a.mcn()));
            }
            if (a.precedence() != null) {
                Optional<Precedence> p = Precedence.fromLabel(a.precedence());
                if (p.isEmpty()) {
                    findings.accept(
                            Finding.of(Rule.P001, id, "addressee " + a.name() + " has precedence " + a.precedence()));
                } else if (highest.isEmpty() || p.get().compareTo(highest.get()) < 0) {
                    highest = p;
                }
            }
        }
        Transmission t = cable.transmission();
        List<String> routes = Stream.concat(
                        Stream.concat(t.routingIndicators().stream(), t.relayRoutes().stream()),
                        Stream.ofNullable(t.originatingStation()))
                .toList();
        for (String route : routes) {
            if (!ROUTE.matcher(route).matches()) {
                findings.accept(Finding.of(Rule.A001, id, "header names routing indicator " + route));
            }
        }
        if (t.precedence() != null && !t.precedence().isBlank() && highest.isPresent()) {
            String written = t.precedence().trim().substring(0, 1);
            if (!written.equals(highest.get().prosign())) {
                findings.accept(Finding.of(
                        Rule.P002,
                        id,
                        "FL5 prosign " + written + " but the highest addressee precedence is "
                                + highest.get().label()));
            }
        }
    }
}
