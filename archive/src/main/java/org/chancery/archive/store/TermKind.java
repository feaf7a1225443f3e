package org.chancery.archive.store;

import java.util.List;
import java.util.function.Function;
import org.chancery.telegram.model.Cable;

/** The ordered word lists of a cable that the store keeps in its one term table, one row per word. */
enum TermKind {
    TAG(Cable::tags),
    HANDLING(Cable::handling),
    CAPTION(Cable::captions),
    SIGNER(Cable::signers),
    ROUTING_INDICATOR(c -> c.transmission().routingIndicators()),
    RELAY_ROUTE(c -> c.transmission().relayRoutes()),
    ACTION_OFFICE(c -> c.transmission().actionOffices()),
    INFO_OFFICE(c -> c.transmission().infoOffices()),
    CLASSIFIED_BY_NAME(
            c -> c.classifiedBy() == null ? List.of() : c.classifiedBy().names()),
    CLASSIFIED_BY_REASON(
            c -> c.classifiedBy() == null ? List.of() : c.classifiedBy().reasons());

    private final Function<Cable, List<String>> terms;

    TermKind(Function<Cable, List<String>> terms) {
        this.terms = terms;
    }

    List<String> of(Cable cable) {
        return terms.apply(cable);
    }
}
