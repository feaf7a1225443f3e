package org.chancery.archive.index;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.chancery.archive.store.StoredCable;
import org.chancery.telegram.model.Addressee;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Classification;
import org.chancery.telegram.model.Declassification;
import org.chancery.telegram.model.Reference;
import org.chancery.telegram.model.Transmission;

/** Builds invented cables for index and search tests; only what a test sets differs from a plain default. */
public final class TestCable {
    private final String id;
    private String origin = "Embassy Norhaven";
    private OffsetDateTime date = OffsetDateTime.of(2008, 11, 28, 16, 32, 0, 0, ZoneOffset.UTC);
    private Classification classification = Classification.UNCLASSIFIED;
    private final List<String> handling = new ArrayList<>();
    private final List<String> captions = new ArrayList<>();
    private String subject = "";
    private String summary;
    private final List<String> tags = new ArrayList<>();
    private final List<Reference> refs = new ArrayList<>();
    private final List<String> signers = new ArrayList<>();
    private final List<Addressee> to = new ArrayList<>();
    private final List<Addressee> info = new ArrayList<>();
    private String precedenceProsign;
    private String body = "";
    private Declassification declassification;

    private TestCable(String id) {
        this.id = id;
    }

    public static TestCable cable(String id) {
        return new TestCable(id);
    }

    public TestCable origin(String v) {
        origin = v;
        return this;
    }

    public TestCable date(String isoDay) {
        date = LocalDate.parse(isoDay).atTime(12, 0).atOffset(ZoneOffset.UTC);
        return this;
    }

    public TestCable noDate() {
        date = null;
        return this;
    }

    public TestCable classification(Classification v) {
        classification = v;
        return this;
    }

    public TestCable handling(String... v) {
        handling.addAll(List.of(v));
        return this;
    }

    public TestCable captions(String... v) {
        captions.addAll(List.of(v));
        return this;
    }

    public TestCable subject(String v) {
        subject = v;
        return this;
    }

    public TestCable summary(String v) {
        summary = v;
        return this;
    }

    public TestCable tags(String... v) {
        tags.addAll(List.of(v));
        return this;
    }

    public TestCable refs(String... ids) {
        for (String r : ids) {
            refs.add(new Reference(r, r));
        }
        return this;
    }

    public TestCable signers(String... v) {
        signers.addAll(List.of(v));
        return this;
    }

    public TestCable to(String route, String name, String precedence) {
        to.add(new Addressee(route, name, precedence, null));
        return this;
    }

    public TestCable info(String route, String name) {
        info.add(new Addressee(route, name, null, null));
        return this;
    }

    public TestCable prosign(String v) {
        precedenceProsign = v;
        return this;
    }

    public TestCable body(String v) {
        body = v;
        return this;
    }

    public TestCable declassifyOn(String isoDay) {
        declassification =
                new Declassification("E.O. 12958", Declassification.Kind.DATE, LocalDate.parse(isoDay), isoDay);
        return this;
    }

    public Cable build() {
        Transmission transmission = new Transmission(
                null,
                null,
                null,
                null,
                List.of(),
                "RUEHNV",
                null,
                null,
                null,
                null,
                precedenceProsign,
                null,
                null,
                "AMEMBASSY NORHAVEN",
                null,
                List.of(),
                List.of(),
                List.of());
        return new Cable(
                id,
                origin,
                date,
                classification,
                handling,
                captions,
                subject,
                tags,
                refs,
                declassification,
                null,
                signers,
                summary,
                to,
                info,
                List.of(),
                false,
                transmission,
                null,
                "",
                body);
    }

    public StoredCable stored(long sequence) {
        return new StoredCable(id, 1, sequence, Instant.parse("2026-01-01T00:00:00Z"), build());
    }
}
