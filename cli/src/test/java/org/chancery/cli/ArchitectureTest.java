package org.chancery.cli;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture of DESIGN.md, checked on the compiled classes of every module: every read of a cable goes through
 * the reading room, the access decision knows no index, the format module knows no storage or web, the archive's
 * packages form no cycle, and the web uses only the archive's reading API.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.chancery");
    }

    /** The store's read methods: whoever calls them reads cable text. */
    private static final Set<String> STORE_READS =
            Set.of("latest", "version", "versions", "citedBy", "forEachLatestSince");

    private static final Set<String> STORES =
            Set.of("org.chancery.archive.store.CableStore", "org.chancery.archive.store.JdbcCableStore");

    @Test
    void onlyTheReadingRoomReadsCablesFromTheStore() {
        ArchRule rule = noClasses()
                .that()
                .resideOutsideOfPackages(
                        "org.chancery.archive.room..",
                        "org.chancery.archive.store..",
                        // derived data: the index is fed from the store by import and rebuild, never for a reader
                        "org.chancery.archive.index..",
                        "org.chancery.archive.ingest..")
                .and()
                .doNotHaveFullyQualifiedName("org.chancery.cli.search.ReindexCommand")
                .should()
                .accessTargetWhere(describe(
                        "a read of the store's cables",
                        (JavaAccess<?> access) -> STORES.contains(
                                        access.getTargetOwner().getName())
                                && STORE_READS.contains(access.getTarget().getName())))
                .because("every read of a cable goes through the reading room's access decision, audit and monitor");
        rule.check(classes);
    }

    /** The store's cable tables, as their names appear in SQL text. */
    private static final List<String> CABLE_TABLES = List.of(
            "cable_version",
            "version_paragraph",
            "version_reference",
            "version_term",
            "version_addressee",
            "version_transmission",
            "version_declassification",
            "version_classified_by",
            " FROM cable ",
            " JOIN cable ");

    @Test
    void onlyTheStoreNamesTheCableTablesInSql() throws Exception {
        List<String> offenders = new ArrayList<>();
        for (JavaClass c : classes) {
            if (c.getPackageName().startsWith("org.chancery.archive.store")
                    || c.getSource().isEmpty()) {
                continue;
            }
            // SQL text sits in the class file's constant pool as UTF-8, readable byte for byte
            String constants = new String(
                    c.getSource().get().getUri().toURL().openStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            for (String table : CABLE_TABLES) {
                if (constants.contains(table)) {
                    offenders.add(c.getName() + " names " + table.strip());
                }
            }
        }
        assertThat(offenders)
                .as("SQL over the cable tables outside the store bypasses the reading room")
                .isEmpty();
        assertThat(classes.stream()
                        .filter(c -> c.getPackageName().equals("org.chancery.archive.store"))
                        .anyMatch(c -> c.getSimpleName().equals("VersionLoader")))
                .as("the scan sees the store's own classes")
                .isTrue();
    }

    @Test
    void onlyTheSearchModuleOpensTheIndexForReading() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.chancery.archive.search..", "org.chancery.archive.index..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.apache.lucene.search.IndexSearcher")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.apache.lucene.index.DirectoryReader")
                .orShould()
                .callMethod("org.apache.lucene.search.SearcherManager", "acquire")
                .because("searches are limited by the access filter, which only the search module applies")
                .check(classes);
    }

    @Test
    void searchersAreBuiltOnlyByTheReadingRoom() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.chancery.archive.room..", "org.chancery.archive.search..")
                .and()
                // the one documented exception: `bench search --searcher-only` says that it measures the searcher alone
                .doNotHaveFullyQualifiedName("org.chancery.cli.search.BenchSearchCommand")
                .should()
                .callConstructorWhere(describe(
                        "a searcher of the search module",
                        (JavaConstructorCall call) -> Set.of(
                                        "org.chancery.archive.search.CableSearcher",
                                        "org.chancery.archive.search.ReferenceGraph",
                                        "org.chancery.archive.search.DeclassificationSearch")
                                .contains(call.getTargetOwner().getName())))
                .because("a searcher used outside the reading room would search without account check or audit")
                .check(classes);
    }

    @Test
    void theAccessDecisionKnowsNoIndex() {
        noClasses()
                .that()
                .resideInAPackage("org.chancery.archive.access..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.apache.lucene..", "org.chancery.archive.index..", "org.chancery.archive.search..")
                .because("search/AccessFilters is the one translation of the rules into index queries")
                .check(classes);
    }

    @Test
    void theFormatKnowsNothingOfStorageWebOrArchive() {
        noClasses()
                .that()
                .resideInAPackage("org.chancery.telegram..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.chancery.archive..",
                        "org.chancery.server..",
                        "org.chancery.cli..",
                        "java.sql..",
                        "org.apache.lucene..",
                        "org.springframework..")
                .check(classes);
    }

    @Test
    void theArchivePackagesFormNoCycle() {
        slices().matching("org.chancery.archive.(*)..")
                .should()
                .beFreeOfCycles()
                .check(classes);
    }

    @Test
    void theWebUsesOnlyTheArchivesReadingApi() {
        noClasses()
                .that()
                .resideInAPackage("org.chancery.server..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.chancery.archive.store..",
                        "org.chancery.archive.index..",
                        "org.chancery.archive.ingest..",
                        "org.chancery.archive.jdbc..",
                        "org.apache.lucene..")
                .because("the web reads through the reading room and names facets by the search API's Facet type")
                .check(classes);
    }

    @Test
    void theMessagingPackagesFormNoCycle() {
        slices().matching("org.chancery.messaging.(*)..")
                .should()
                .beFreeOfCycles()
                .check(classes);
    }

    @Test
    void messagingReadsThroughTheReadingRoomAndKnowsNoIndex() {
        noClasses()
                .that()
                .resideInAPackage("org.chancery.messaging..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.chancery.archive.index..",
                        "org.chancery.archive.ingest..",
                        "org.chancery.archive.search..",
                        "org.chancery.archive.query..",
                        "org.apache.lucene..",
                        "org.chancery.server..",
                        "org.chancery.cli..")
                .because("messaging sits between the archive and the web: it reads cables through the reading room,"
                        + " and the index is the archive's derived data")
                .check(classes);
    }

    @Test
    void theArchiveKnowsNothingOfMessaging() {
        noClasses()
                .that()
                .resideInAnyPackage("org.chancery.archive..", "org.chancery.telegram..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.chancery.messaging..")
                .check(classes);
    }

    @Test
    void onlyTheBrokerPackageTalksToTheBroker() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.chancery.messaging.broker..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.apache.activemq..", "jakarta.jms..")
                .because("the broker is one transport of the dispatcher; the rest of messaging knows only"
                        + " DeliveryTransport and DeliverySink")
                .check(classes);
    }
}
