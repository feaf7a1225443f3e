package org.chancery.archive.search;

import static org.chancery.archive.index.TestCable.cable;

import java.nio.file.Path;
import java.util.List;
import org.chancery.archive.index.LuceneCableIndex;
import org.chancery.archive.store.StoredCable;
import org.chancery.telegram.model.Classification;

/** Five invented cables from three invented posts, citing each other, at every level up to SECRET. */
final class SampleCorpus {
    private SampleCorpus() {}

    static final String A = "08NORHAVEN100";
    static final String B = "08NORHAVEN101";
    static final String C = "08CASTELLANE55";
    static final String D = "09CASTELLANE7";
    static final String E = "07KESTRELBAY3";

    static List<StoredCable> cables() {
        return List.of(
                cable(A).origin("Embassy Norhaven")
                        .date("2008-03-10")
                        .subject("FISHERIES TALKS STALL OVER QUOTA DISPUTE")
                        .tags("EFIS", "PREL", "NV")
                        .captions("SIPDIS")
                        .to("RUEHC", "SECSTATE WASHDC", "ROUTINE")
                        .info("RUEHCB", "AMEMBASSY CASTELLANE")
                        .prosign("R")
                        .signers("BRANDT")
                        .body("UNCLAS NORHAVEN 000100\n1. The fisheries ministry said quota talks with the northern"
                                + " fleet have stalled. The ministry expects no progress before spring.\nBRANDT")
                        .stored(1),
                cable(B).origin("Embassy Norhaven")
                        .date("2008-06-02")
                        .classification(Classification.CONFIDENTIAL)
                        .handling("NOFORN")
                        .captions("SIPDIS")
                        .subject("MINISTER'S VISIT TO THE FISHERIES HARBOR")
                        .tags("PREL", "PGOV", "NV")
                        .refs(A)
                        .to("RUEHC", "SECSTATE WASHDC", "IMMEDIATE")
                        .prosign("O")
                        .signers("BRANDT")
                        .body("1. (C) The minister toured the new harbor and promised new fishing licences.\nBRANDT")
                        .stored(2),
                cable(C).origin("Embassy Castellane")
                        .date("2008-11-28")
                        .classification(Classification.SECRET)
                        .captions("NODIS")
                        .subject("ELECTION VIOLENCE IN THE CAPITAL")
                        .summary("Riots after the vote; the opposition blames the police.")
                        .tags("PGOV", "PHUM", "CS")
                        .refs(B, A)
                        .to("RUEHC", "SECSTATE WASHDC", "FLASH")
                        .prosign("Z")
                        .signers("OKAFOR")
                        .body("1. (S) Riots followed the vote. Secret sources say the fisheries minister funded"
                                + " the militia.\nOKAFOR")
                        .declassifyOn("2018-11-28")
                        .stored(3),
                cable(D).origin("Embassy Castellane")
                        .date("2009-01-15")
                        .captions("SIPDIS")
                        .subject("DONOR CONFERENCE PLANNING")
                        .tags("EAID", "CS")
                        .refs(C)
                        .to("RUEHC", "SECSTATE WASHDC", "PRIORITY")
                        .info("RUEHNV", "AMEMBASSY NORHAVEN")
                        .signers("OKAFOR")
                        .body("1. The donor conference will discuss fisheries aid and school building.\nOKAFOR")
                        .stored(4),
                cable(E).origin("Consulate Kestrel Bay")
                        .date("2007-12-31")
                        .classification(Classification.CONFIDENTIAL)
                        .subject("PORT STRIKE")
                        .tags("ELAB")
                        .prosign("P")
                        .signers("LINDQVIST")
                        .body("1. (C) Dock workers went on strike; the harbor is closed to container ships.\n"
                                + "LINDQVIST")
                        .stored(5));
    }

    static LuceneCableIndex index(Path dataDir) {
        LuceneCableIndex index = LuceneCableIndex.open(dataDir);
        index.upsert(cables());
        index.commit(5);
        return index;
    }
}
