package org.chancery.messaging.broker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.time.Instant;
import org.apache.activemq.artemis.api.core.Message;
import org.chancery.messaging.delivery.Delivery;
import org.chancery.telegram.model.Precedence;

/**
 * A delivery as a broker message: a text message whose body is the delivery in JSON (the cable in the project's
 * JSON form inside it), whose duplicate-detection id is the delivery's key and whose priority is its precedence's.
 */
final class DeliveryMessages {

    /** The property Artemis drops repeats by, per address and across restarts. */
    static final String DUPLICATE_ID = Message.HDR_DUPLICATE_DETECTION_ID.toString();

    private static final ObjectMapper JSON = new ObjectMapper();

    private DeliveryMessages() {}

    static TextMessage toMessage(Session session, Delivery d) throws JMSException {
        TextMessage m = session.createTextMessage(toJson(d));
        m.setStringProperty(DUPLICATE_ID, d.key());
        return m;
    }

    static Delivery fromMessage(jakarta.jms.Message m) throws JMSException {
        if (!(m instanceof TextMessage text)) {
            throw new IllegalArgumentException(
                    "a delivery is a text message, not " + m.getClass().getSimpleName());
        }
        return fromJson(text.getText());
    }

    static String toJson(Delivery d) {
        ObjectNode o = JSON.createObjectNode()
                .put("referenceId", d.referenceId())
                .put("addresseeRoute", d.addresseeRoute())
                .put("addresseeName", d.addresseeName())
                .put("mcn", d.mcn())
                .put("precedence", d.precedence().name())
                .put("releasedAt", d.releasedAt().toString())
                .put("cableJson", d.cableJson());
        return o.toString();
    }

    static Delivery fromJson(String json) {
        try {
            JsonNode o = JSON.readTree(json);
            return new Delivery(
                    text(o, "referenceId"),
                    text(o, "addresseeRoute"),
                    o.path("addresseeName").isNull() ? null : text(o, "addresseeName"),
                    text(o, "mcn"),
                    Precedence.valueOf(text(o, "precedence")),
                    Instant.parse(text(o, "releasedAt")),
                    text(o, "cableJson"));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a broker message is not a delivery: " + e.getOriginalMessage(), e);
        }
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("a delivery message lacks " + field);
        }
        return v.asText();
    }
}
