package org.chancery.archive.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.chancery.archive.access.AccessCorpus.Caption;
import org.chancery.archive.access.AccessCorpus.Combination;
import org.chancery.archive.access.AccessCorpus.Decl;
import org.chancery.archive.access.AccessCorpus.Handling;
import org.chancery.archive.access.AccessCorpus.Level;
import org.chancery.archive.access.DeclassDecision.Action;
import org.chancery.archive.index.LuceneCableIndex;
import org.chancery.archive.search.CableSearcher;
import org.chancery.archive.store.StoredCable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The decision takes "now" as a parameter: moving the clock and recording decisions changes who sees what. */
class DeclassificationOverTimeTest {

    private final List<StoredCable> cables = AccessCorpus.cables();
    private final Map<String, DeclassDecision> decisions = new HashMap<>();
    private final DeclassificationLedger ledger = () -> Map.copyOf(decisions);
    private final Principal unclassifiedReader = AccessCorpus.readers().get(0);
    private LuceneCableIndex index;

    private static final String SECRET_DATED =
            new Combination(Level.S, Handling.NONE, Caption.SIPDIS, Decl.PAST, false).id();
    private static final String SECRET_EXEMPT =
            new Combination(Level.S, Handling.NONE, Caption.SIPDIS, Decl.EXEMPT, false).id();
    private static final String SECRET_OADR =
            new Combination(Level.S, Handling.NONE, Caption.SIPDIS, Decl.OADR, false).id();
    private static final String SECRET_FUTURE =
            new Combination(Level.S, Handling.NONE, Caption.SIPDIS, Decl.FUTURE, false).id();

    @BeforeEach
    void index() {
        index = LuceneCableIndex.open(new ByteBuffersDirectory());
        index.upsert(cables);
        index.commit(cables.size());
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void aDatedCableOpensToEveryReaderOnItsDateAndNotBefore() {
        LocalDate date = AccessCorpus.TODAY.minusYears(1);
        assertThat(visibleOn(date.minusDays(1))).doesNotContain(SECRET_DATED);
        assertThat(visibleOn(date)).contains(SECRET_DATED);
        // captions and caveats no longer matter once declassified
        String nodisNofornDated = new Combination(Level.TS, Handling.NOFORN, Caption.NODIS, Decl.PAST, false).id();
        assertThat(visibleOn(date)).contains(nodisNofornDated);
        assertThat(visibleOn(date.minusDays(1))).doesNotContain(nodisNofornDated);
    }

    @Test
    void exemptionsAndOadrStayClassifiedWhateverTheDate() {
        assertThat(visibleOn(LocalDate.of(2100, 1, 1))).doesNotContain(SECRET_EXEMPT, SECRET_OADR);
        ArchivePolicy policy = policyOn(AccessCorpus.TODAY);
        assertThat(policy.effective(cable(SECRET_EXEMPT)).state()).isEqualTo(EffectiveClassification.State.HELD);
        assertThat(policy.effective(cable(SECRET_OADR)).state()).isEqualTo(EffectiveClassification.State.NEEDS_REVIEW);
    }

    @Test
    void aRecordsOfficersDecisionOverridesTheDeclLine() {
        decide(SECRET_EXEMPT, Action.APPROVE, AccessCorpus.TODAY);
        decide(SECRET_DATED, Action.EXTEND, AccessCorpus.TODAY.plusYears(10));
        decide(SECRET_FUTURE, Action.EXEMPT, null);

        Set<String> today = visibleOn(AccessCorpus.TODAY);
        assertThat(today).contains(SECRET_EXEMPT).doesNotContain(SECRET_DATED, SECRET_FUTURE);
        Set<String> later = visibleOn(AccessCorpus.TODAY.plusYears(10));
        assertThat(later).contains(SECRET_EXEMPT, SECRET_DATED).doesNotContain(SECRET_FUTURE);
        assertThat(visibleOn(AccessCorpus.TODAY.minusDays(1))).doesNotContain(SECRET_EXEMPT);
    }

    /** What the unclassified reader sees on a day, asked of the policy and of the index; the two must agree. */
    private Set<String> visibleOn(LocalDate day) {
        ArchivePolicy policy = policyOn(day);
        Set<String> permitted = cables.stream()
                .filter(s -> policy.permits(unclassifiedReader, s.cable()))
                .map(StoredCable::referenceId)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> searched =
                new TreeSet<>(new CableSearcher(index.searchers(), policy).allMatches("", unclassifiedReader));
        assertThat(searched).as("index filter on %s", day).isEqualTo(permitted);
        return permitted;
    }

    private ArchivePolicy policyOn(LocalDate day) {
        return new ArchivePolicy(Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), ledger);
    }

    private void decide(String id, Action action, LocalDate on) {
        decisions.put(
                id, new DeclassDecision(id, action, on, "test", "records", Instant.parse("2026-11-29T10:00:00Z")));
    }

    private org.chancery.telegram.model.Cable cable(String id) {
        return cables.stream()
                .filter(s -> s.referenceId().equals(id))
                .findFirst()
                .orElseThrow()
                .cable();
    }
}
