package org.chancery.messaging.delivery;

import java.time.Instant;
import java.util.Objects;
import org.chancery.telegram.model.Precedence;

/**
 * One released cable on its way to one addressee post. A delivery is identified by the cable's reference id, the
 * addressee's routing indicator and the message continuity number the release gave that addressee: the receiver
 * keeps the first copy of a key and ignores every repeat, so a retry after a crash can never deliver twice.
 *
 * @param referenceId canonical reference id of the released cable ({@code 26LONDON17})
 * @param addresseeRoute routing indicator of the receiving post ({@code RUEHC})
 * @param addresseeName the receiving post's plain language address ({@code SECSTATE WASHDC})
 * @param mcn the message continuity number for this addressee ({@code 0042})
 * @param precedence the addressee's precedence
 * @param releasedAt when the releasing officer released the cable
 * @param cableJson the released cable in the project's JSON form, with its telegram text
 */
public record Delivery(
        String referenceId,
        String addresseeRoute,
        String addresseeName,
        String mcn,
        Precedence precedence,
        Instant releasedAt,
        String cableJson) {

    public Delivery {
        Objects.requireNonNull(referenceId, "referenceId");
        Objects.requireNonNull(addresseeRoute, "addresseeRoute");
        Objects.requireNonNull(mcn, "mcn");
        Objects.requireNonNull(precedence, "precedence");
        Objects.requireNonNull(releasedAt, "releasedAt");
        Objects.requireNonNull(cableJson, "cableJson");
    }

    /** The key a receiver keeps a delivery under, once: {@code 26LONDON17/RUEHC/0042}. */
    public String key() {
        return referenceId + "/" + addresseeRoute + "/" + mcn;
    }
}
