package org.chancery.telegram.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.chancery.telegram.model.Addressee;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Classification;
import org.chancery.telegram.model.ClassifiedBy;
import org.chancery.telegram.model.Declassification;
import org.chancery.telegram.model.Paragraph;
import org.chancery.telegram.model.Reference;
import org.chancery.telegram.model.Transmission;
import org.chancery.telegram.write.SampleCables;
import org.junit.jupiter.api.Test;

class CableValidatorTest {
    private final CableValidator validator = new CableValidator();

    @Test
    void aWellFormedCableHasNoFindings() {
        assertThat(validator.validate(SampleCables.oslo())).isEmpty();
    }

    @Test
    void bannerBelowAParagraphMarkingIsAnError() {
        Cable c = edit(SampleCables.oslo(), b -> b.paragraphs(List.of(new Paragraph(1, "S", "Too high."))));

        assertThat(codes(c)).contains("CHN-B001");
        assertThat(validator.validate(c).get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(validator.validate(c).get(0).referenceId()).isEqualTo("08OSLO777");
    }

    @Test
    void aNofornParagraphMakesTheCableNoforn() {
        Cable c = edit(SampleCables.oslo(), b -> b.handling(List.of()));

        assertThat(codes(c)).containsExactly("CHN-B002");
        assertThat(validator.validate(c).get(0).message())
                .contains("paragraph 2")
                .contains("NOFORN");
    }

    @Test
    void unmarkedAndUnreadableParagraphsAreReported() {
        Cable c = edit(
                SampleCables.oslo(),
                b -> b.paragraphs(List.of(
                        new Paragraph(1, "C", "Fine."),
                        new Paragraph(2, null, "No marking."),
                        new Paragraph(3, "Q/ZZ", "Odd."))));

        assertThat(codes(c)).contains("CHN-B003", "CHN-B004");
    }

    @Test
    void classifiedCablesNeedDeclassificationAndClassifiedByWithWellFormedReasons() {
        assertThat(codes(edit(SampleCables.oslo(), b -> b.declassification(null))))
                .containsExactly("CHN-D001");
        assertThat(codes(edit(SampleCables.oslo(), b -> b.classifiedBy(null)))).containsExactly("CHN-D002");
        assertThat(codes(edit(SampleCables.oslo(), b -> b.classifiedBy(new ClassifiedBy("X", List.of(), List.of())))))
                .containsExactly("CHN-D003");
        assertThat(codes(edit(
                        SampleCables.oslo(),
                        b -> b.classifiedBy(new ClassifiedBy("X", List.of(), List.of("1.4(z)", "1.5(h)", "1.4(d)"))))))
                .containsExactly("CHN-D004", "CHN-D004");
    }

    @Test
    void declassificationDateMustBeWithinTwentyFiveYears() {
        Cable late = edit(
                SampleCables.oslo(),
                b -> b.declassification(new Declassification(
                        "E.O. 12958", Declassification.Kind.DATE, LocalDate.of(2040, 1, 1), "01/01/2040")));
        Cable unknownOrder = edit(
                SampleCables.oslo(),
                b -> b.declassification(new Declassification(
                        "E.O. 99999", Declassification.Kind.DATE, LocalDate.of(2018, 1, 1), "01/01/2018")));

        assertThat(codes(late)).containsExactly("CHN-D005");
        assertThat(codes(unknownOrder)).containsExactly("CHN-D006");
    }

    @Test
    void unclassifiedCablesNeedNoClassifiedBy() {
        Cable c = edit(
                SampleCables.oslo(),
                b -> b.classification(Classification.UNCLASSIFIED)
                        .handling(List.of())
                        .classifiedBy(null)
                        .declassification(
                                new Declassification("E.O. 12958", Declassification.Kind.NOT_APPLICABLE, null, "N/A"))
                        .paragraphs(List.of(new Paragraph(1, "U", "Open.")))
                        .securityWarning("ZNR UUUUU ZZH"));

        assertThat(validator.validate(c)).isEmpty();
    }

    @Test
    void tagsMustBeWellFormedKnownAndNameAPlace() {
        assertThat(codes(edit(SampleCables.oslo(), b -> b.tags(List.of())))).containsExactly("CHN-T001");
        assertThat(codes(edit(SampleCables.oslo(), b -> b.tags(List.of("PGOV", "no", "NO")))))
                .containsExactly("CHN-T002");
        assertThat(codes(edit(SampleCables.oslo(), b -> b.tags(List.of("PXYZ", "NO")))))
                .containsExactly("CHN-T003");
        assertThat(codes(edit(SampleCables.oslo(), b -> b.tags(List.of("PGOV", "ECON")))))
                .containsExactly("CHN-T004");
        assertThat(codes(edit(SampleCables.oslo(), b -> b.tags(List.of("PREL", "OVIP (DORLUND, WENNA)", "NO")))))
                .isEmpty();
    }

    @Test
    void addresseesNeedWellFormedRoutesContinuityNumbersAndPrecedences() {
        Addressee bad = new Addressee("XUEHC", "SECSTATE WASHDC", "URGENT", "52");
        Cable c = edit(SampleCables.oslo(), b -> b.to(List.of(bad)));

        assertThat(codes(c)).containsExactlyInAnyOrder("CHN-A001", "CHN-A002", "CHN-P001");
        assertThat(codes(edit(SampleCables.oslo(), b -> b.to(List.of())))).contains("CHN-A003");
    }

    @Test
    void flashTrafficMustNotGoOutUnderALowerProsign() {
        Addressee flash = new Addressee("RUEHC", "SECSTATE WASHDC", "FLASH", "0520");

        assertThat(codes(edit(SampleCables.oslo(), b -> b.to(List.of(flash))))).containsExactly("CHN-P002");
    }

    @Test
    void securityWarningMustMatchTheClassification() {
        Cable c = edit(SampleCables.oslo(), b -> b.securityWarning("ZNR UUUUU ZZH"));

        assertThat(codes(c)).containsExactly("CHN-H001");
    }

    @Test
    void sectionNumbersAndReferenceIdsAreChecked() {
        assertThat(codes(edit(SampleCables.oslo(), b -> b.sections(2).section(3))))
                .containsExactly("CHN-S001");
        assertThat(codes(edit(SampleCables.oslo(), b -> b.referenceId("OSLO-777"))))
                .containsExactly("CHN-R001");
        // the id's year is not the cable's, and the 08 REF is then of a later year than the citing cable
        assertThat(codes(edit(SampleCables.oslo(), b -> b.referenceId("07OSLO777"))))
                .containsExactly("CHN-R001", "CHN-R003");
        assertThat(codes(edit(
                        SampleCables.oslo(),
                        b -> b.references(
                                List.of(new Reference("OSLO", "OSLO"), new Reference("09OSLO1", "09 OSLO 1"))))))
                .containsExactly("CHN-R002", "CHN-R003");
    }

    @Test
    void everyRuleHasAStableUniqueCode() {
        assertThat(List.of(Rule.values()).stream().map(Rule::code).distinct().count())
                .isEqualTo(Rule.values().length);
        assertThat(Rule.values()).allMatch(r -> r.code().matches("CHN-[A-Z]\\d{3}"));
    }

    private List<String> codes(Cable c) {
        return validator.validate(c).stream().map(Finding::code).toList();
    }

    private static Cable edit(Cable c, UnaryOperator<Builder> change) {
        return change.apply(new Builder(c)).build();
    }

    /** The model's builder, plus the two transmission fields the header rules look at. */
    private static final class Builder {
        private final Cable.Builder cable;
        private final Transmission transmission;
        private String securityWarning;
        private Integer section;

        Builder(Cable c) {
            // the rules read the model, not the source text: drop it so no rule can lean on it
            this.cable = c.toBuilder().header("").body("");
            this.transmission = c.transmission();
            this.securityWarning = transmission.securityWarning();
            this.section = transmission.section();
        }

        Builder referenceId(String v) {
            cable.referenceId(v);
            return this;
        }

        Builder classification(Classification v) {
            cable.classification(v);
            return this;
        }

        Builder handling(List<String> v) {
            cable.handling(v);
            return this;
        }

        Builder tags(List<String> v) {
            cable.tags(v);
            return this;
        }

        Builder references(List<Reference> v) {
            cable.references(v);
            return this;
        }

        Builder declassification(Declassification v) {
            cable.declassification(v);
            return this;
        }

        Builder classifiedBy(ClassifiedBy v) {
            cable.classifiedBy(v);
            return this;
        }

        Builder to(List<Addressee> v) {
            cable.to(v);
            return this;
        }

        Builder paragraphs(List<Paragraph> v) {
            cable.paragraphs(v);
            return this;
        }

        Builder sections(Integer v) {
            cable.sections(v);
            return this;
        }

        Builder securityWarning(String v) {
            securityWarning = v;
            return this;
        }

        Builder section(Integer v) {
            section = v;
            return this;
        }

        Cable build() {
            Transmission t = transmission;
            return cable.transmission(new Transmission(
                            t.transmissionId(),
                            t.channel(),
                            t.channelSequence(),
                            t.precedenceProsigns(),
                            t.routingIndicators(),
                            t.originatingStation(),
                            t.stationSerial(),
                            section,
                            t.filingTime(),
                            securityWarning,
                            t.precedence(),
                            t.dateTimeGroup(),
                            t.dateTime(),
                            t.originator(),
                            t.originatorRoute(),
                            t.relayRoutes(),
                            t.actionOffices(),
                            t.infoOffices()))
                    .build();
        }
    }
}
