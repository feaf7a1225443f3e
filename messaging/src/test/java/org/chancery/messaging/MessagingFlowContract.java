package org.chancery.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.chancery.archive.room.CableView;
import org.chancery.archive.search.SearchRequest;
import org.chancery.messaging.directory.RoutingEntry;
import org.chancery.messaging.draft.ClearanceStep;
import org.chancery.messaging.draft.Draft;
import org.chancery.messaging.draft.DraftAddressee;
import org.chancery.messaging.draft.DraftContent;
import org.chancery.messaging.draft.DraftDiff;
import org.chancery.messaging.draft.DraftFinding;
import org.chancery.messaging.draft.DraftParagraph;
import org.chancery.messaging.draft.InvalidDraftException;
import org.chancery.messaging.inbox.InboxItem;
import org.chancery.messaging.release.Released;
import org.chancery.telegram.read.CableParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole of messaging on one database, run on SQLite and on PostgreSQL: a cable drafted at London, cleared,
 * released, delivered to the Department and acknowledged there.
 */
abstract class MessagingFlowContract {

    /** The archive with messaging for one test, on the database the subclass is about. */
    abstract MessagingFixture open(Path dir, Clock clock) throws Exception;

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T19:45:00Z"));
    private MessagingFixture f;
    private RoutingEntry london;
    private RoutingEntry washington;

    @BeforeEach
    void openFixture() throws Exception {
        f = open(dir, clock);
        london = f.messaging.directory().resolve("RUEHLO");
        washington = f.messaging.directory().resolve("SECSTATE WASHDC");
    }

    @AfterEach
    void close() throws Exception {
        if (f != null) {
            f.close();
        }
    }

    @Test
    void draftClearReleaseDeliverAcknowledge() {
        Draft draft = f.messaging
                .drafts()
                .create(f.drafter, london, MessagingFixture.londonDraft("FLASH"), Draft.Kind.ORIGINAL, null);
        assertThat(f.messaging
                        .check()
                        .check(f.messaging.drafts().latest(draft.id()).content(), london, f.drafter)
                        .findings())
                .filteredOn(DraftFinding::error)
                .isEmpty();

        f.messaging.drafts().requestClearance(f.drafter, draft.id(), "paul.pol", london);
        assertThatThrownBy(() -> f.messaging.releaseDesk().release(f.releaser, draft.id()))
                .hasMessageContaining("clearance by paul.pol is still outstanding");
        f.messaging.drafts().decide(f.polOfficer, draft.id(), false, "soften paragraph 2");
        DraftContent edited = withParagraph2(MessagingFixture.londonDraft("FLASH"), "Comment will follow by septel.");
        f.messaging.drafts().save(f.drafter, draft.id(), edited, london);
        f.messaging.drafts().requestClearance(f.drafter, draft.id(), "paul.pol", london);
        f.messaging.drafts().decide(f.polOfficer, draft.id(), true, null);
        assertThat(f.messaging.drafts().chain(draft.id()))
                .extracting(ClearanceStep::state, ClearanceStep::comment, ClearanceStep::draftVersion)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ClearanceStep.State.RETURNED, "soften paragraph 2", 1),
                        org.assertj.core.groups.Tuple.tuple(ClearanceStep.State.CLEARED, null, 2));
        assertThat(DraftDiff.between(
                        f.messaging.drafts().version(draft.id(), 1),
                        f.messaging.drafts().version(draft.id(), 2),
                        f.messaging.check(),
                        london,
                        f.drafter))
                .anyMatch(l -> l.startsWith("-") && l.contains("Comment follows septel."))
                .anyMatch(l -> l.startsWith("+") && l.contains("Comment will follow by septel."));

        assertThatThrownBy(() -> f.messaging.releaseDesk().release(f.washingtonReleaser, draft.id()))
                .isInstanceOf(SecurityException.class)
                .hasMessageContaining("not a releasing officer of RUEHLO/AMEMBASSY LONDON");
        assertThatThrownBy(() -> f.messaging.releaseDesk().release(f.drafter, draft.id()))
                .isInstanceOf(SecurityException.class);

        Released released = f.messaging.releaseDesk().release(f.releaser, draft.id());
        assertThat(released.referenceId()).isEqualTo("26LONDON1");
        assertThat(released.dateTimeGroup()).isEqualTo("061945Z DEC 26");
        assertThat(released.deliveries())
                .extracting(d -> d.addresseeRoute() + " " + d.precedence() + " " + d.mcn())
                .containsExactly("RUEHC FLASH 0001", "RUEHFR ROUTINE 0001");
        assertThat(released.telegram())
                .contains("FM RUEHLO/AMEMBASSY LONDON")
                .contains("TO RUEHC/SECSTATE WASHDC FLASH 0001")
                .contains("INFO RUEHFR/AMEMBASSY PARIS ROUTINE 0001")
                .contains("LONDON 000001");
        // the telegram reads back as the cable that was stored
        var reread = new CableParser().parseText(released.telegram(), null);
        assertThat(reread.referenceId()).isEqualTo("26LONDON1");
        assertThat(reread.subject()).isEqualTo("HMG VIEWS ON THE SPRING MINISTERIAL");

        // stored as sent and searchable at once (the indexing thread's next catch-up), under the access rules
        f.archive.awaitIndexed();
        assertThat(f.archive.readingRoom().open(f.washingtonReader, "26LONDON1"))
                .isPresent();
        assertThat(f.archive
                        .readingRoom()
                        .search(f.washingtonReader, SearchRequest.of("id:26LONDON1"))
                        .total())
                .isEqualTo(1);
        assertThatThrownBy(() -> f.messaging.drafts().save(f.drafter, draft.id(), edited, london))
                .hasMessageContaining("cannot be edited");

        assertThat(f.messaging.dispatcher().drain()).isEqualTo(2);
        List<InboxItem> inbox = f.messaging.inbox().list(f.dutyOfficer, washington, false, 50);
        assertThat(inbox).extracting(i -> i.entry().referenceId()).containsExactly("26LONDON1");
        assertThat(inbox.get(0).entry().awaitingAcknowledgement()).isTrue();
        assertThat(f.messaging.inbox().list(f.lowReader, washington, false, 50))
                .as("a CONFIDENTIAL-cleared reader sees this CONFIDENTIAL cable, but nothing above")
                .hasSize(1);

        clock.advance(Duration.ofMinutes(6));
        assertThat(f.messaging.escalate()).extracting(e -> e.postRoute()).containsExactly("RUEHC");
        assertThat(f.messaging.inbox().escalations("RUEHC")).hasSize(1);
        assertThatThrownBy(() -> f.messaging.inbox().acknowledge(f.washingtonReader, washington, "26LONDON1"))
                .hasMessageContaining("not a duty officer");
        f.messaging.inbox().acknowledge(f.dutyOfficer, washington, "26LONDON1");
        assertThat(f.messaging.inbox().escalations("RUEHC")).isEmpty();
        assertThat(f.messaging.inbox().entries("RUEHC", 10).get(0).acknowledgedBy())
                .isEqualTo("dana.duty");
    }

    @Test
    void serialsAreGaplessPerPostAndYearAndFailedReleasesGiveTheirNumberBack() {
        clock.set(Instant.parse("2025-12-31T23:58:00Z"));
        long first = releasedDraft(MessagingFixture.londonDraft("ROUTINE"));
        assertThat(f.messaging.drafts().get(first).releasedId()).isEqualTo("25LONDON1");
        Draft bad = f.messaging
                .drafts()
                .create(
                        f.drafter,
                        london,
                        withAddressee(MessagingFixture.londonDraft("ROUTINE"), "AMEMBASSY ATLANTIS"),
                        Draft.Kind.ORIGINAL,
                        null);
        assertThatThrownBy(() -> f.messaging.releaseDesk().release(f.releaser, bad.id()))
                .isInstanceOf(InvalidDraftException.class)
                .hasMessageContaining("[to] unknown addressee AMEMBASSY ATLANTIS");
        long second = releasedDraft(MessagingFixture.londonDraft("ROUTINE"));
        assertThat(f.messaging.drafts().get(second).releasedId()).isEqualTo("25LONDON2");
        clock.set(Instant.parse("2026-01-01T00:00:05Z"));
        long nextYear = releasedDraft(MessagingFixture.londonDraft("ROUTINE"));
        assertThat(f.messaging.drafts().get(nextYear).releasedId()).isEqualTo("26LONDON1");
    }

    @Test
    void theDirectoryLearnsRoutingIndicatorsFromHeadersWithoutFeedingTheMonitor() {
        releasedDraft(MessagingFixture.londonDraft("ROUTINE"));
        releasedDraft(MessagingFixture.londonDraft("PRIORITY"));
        assertThatThrownBy(() -> f.messaging.learnDirectory(f.drafter)).isInstanceOf(SecurityException.class);
        // thresholds an export of these two cables would cross
        f.archive.monitor().setThresholds(new org.chancery.archive.monitor.AccessThresholds(1, 1_000, 1_000));

        var learned = f.messaging.learnDirectory(f.admin);
        assertThat(learned.cables()).isEqualTo(2);
        assertThat(learned.entries())
                .extracting(e -> e.route() + " " + e.address() + " " + e.source())
                .contains("RUEHLO AMEMBASSY LONDON LEARNED", "RUEHC SECSTATE WASHDC LEARNED");
        // the routing lines are all it read: no cable text went to the bulk-access monitor
        assertThat(f.archive.monitor().alerts(false)).isEmpty();
    }

    @Test
    void badInputNamesTheField() {
        DraftContent d = MessagingFixture.londonDraft("FLASHY");
        d = d.withClassification("CONFIDENTIAL")
                .withReferences(List.of("08LONDON2968"))
                .withParagraphs(List.of(new DraftParagraph("S", "A paragraph marked above the banner.")));
        List<DraftFinding> findings =
                f.messaging.check().check(d, london, f.drafter).findings();
        assertThat(findings)
                .filteredOn(DraftFinding::error)
                .extracting(x -> x.field() + " " + x.code())
                .contains("to CHN-P001", "references MSG-R001", "paragraphs CHN-B001");
        assertThat(findings)
                .filteredOn(x -> x.code().equals("MSG-R001"))
                .extracting(DraftFinding::message)
                .containsExactly("REF 08LONDON2968 is not a cable in the archive you may open");
    }

    @Test
    void referencesAreResolvedThroughTheReadingRoom() {
        long first = releasedDraft(MessagingFixture.londonDraft("ROUTINE"));
        DraftContent d = MessagingFixture.londonDraft("ROUTINE");
        d = d.withReferences(List.of("26 london 0001"));
        var result = f.messaging.check().check(d, london, f.drafter);
        assertThat(result.findings()).filteredOn(DraftFinding::error).isEmpty();
        assertThat(result.refs()).extracting(r -> r.id()).containsExactly("26LONDON1");
        assertThat(f.messaging.drafts().get(first).state()).isEqualTo(Draft.State.RELEASED);
    }

    @Test
    void collectivesExpandToTheirMembersAndACorrectionIsLinkedToTheOriginal() {
        f.messaging.putDirectoryEntry(
                f.admin,
                new RoutingEntry(
                        "RUEHXX",
                        "EUROPEAN POLITICAL COLLECTIVE",
                        RoutingEntry.Kind.COLLECTIVE,
                        RoutingEntry.Source.ADMIN,
                        0,
                        List.of("RUEHFR", "RUEHRL", "RUEHRO")));
        DraftContent d = withAddressee(MessagingFixture.londonDraft("IMMEDIATE"), "RUEHXX");
        long id = releasedDraft(d);
        String ref = f.messaging.drafts().get(id).releasedId();
        // Paris is an action addressee through the collective, so its information copy is not sent twice
        assertThat(f.messaging.dispatcher().drain()).isEqualTo(4);
        assertThat(f.messaging.inbox().counts()).containsOnlyKeys("RUEHC", "RUEHFR", "RUEHRL", "RUEHRO");

        Draft correction = f.messaging.draftFollowUp(f.drafter, ref, Draft.Kind.CORRECTION);
        Released corrected = f.messaging.releaseDesk().release(f.releaser, correction.id());
        CableView view = f.archive
                .readingRoom()
                .open(f.washingtonReader, corrected.referenceId())
                .orElseThrow();
        assertThat(view.cable().subject()).startsWith("CORRECTED COPY - ");
        assertThat(view.cable().references()).extracting(r -> r.id()).first().isEqualTo(ref);
        assertThat(f.archive
                        .readingRoom()
                        .open(f.washingtonReader, ref)
                        .orElseThrow()
                        .cable()
                        .subject())
                .as("the original is never edited")
                .doesNotStartWith("CORRECTED");
    }

    @Test
    void theTagsProfileChoosesWhatIsMine() {
        releasedDraft(MessagingFixture.londonDraft("PRIORITY"));
        f.messaging.dispatcher().drain();
        f.messaging.profiles().setReader("walt.reader", "RUEHC", Set.of("PTER"));
        assertThat(f.messaging.inbox().list(f.washingtonReader, washington, true, 50))
                .isEmpty();
        f.messaging.profiles().setReader("walt.reader", "RUEHC", Set.of("pter", "PGOV"));
        assertThat(f.messaging.inbox().list(f.washingtonReader, washington, true, 50))
                .hasSize(1);
        assertThatThrownBy(() -> f.messaging.inbox().list(f.washingtonReader, london, false, 50))
                .isInstanceOf(SecurityException.class);
    }

    private long releasedDraft(DraftContent content) {
        Draft d = f.messaging.drafts().create(f.drafter, london, content, Draft.Kind.ORIGINAL, null);
        f.messaging.releaseDesk().release(f.releaser, d.id());
        return d.id();
    }

    private static DraftContent withParagraph2(DraftContent d, String text) {
        return d.withParagraphs(List.of(d.paragraphs().get(0), new DraftParagraph("U", text)));
    }

    private static DraftContent withAddressee(DraftContent d, String addressee) {
        return d.withAddressees(List.of(d.to().get(0), new DraftAddressee(addressee, "IMMEDIATE")), d.info());
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        void set(Instant i) {
            now = i;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
