package org.chancery.archive.access;

import org.chancery.archive.access.AccessCorpus.Caption;
import org.chancery.archive.access.AccessCorpus.Combination;
import org.chancery.archive.access.AccessCorpus.Decl;
import org.chancery.archive.access.AccessCorpus.Handling;
import org.chancery.archive.access.AccessCorpus.Level;
import org.chancery.telegram.model.Classification;

/**
 * The access rules restated from the issue, independently of {@link ArchivePolicy}, as the oracle of the matrix
 * tests: written from the combination, not from the cable, so that a slip in reading the cable shows.
 */
public final class ExpectedAccess {
    private ExpectedAccess() {}

    public static boolean visible(Principal reader, Combination c) {
        boolean classified = c.level() == Level.C || c.level() == Level.S || c.level() == Level.TS;
        if (classified && c.decl() == Decl.PAST) {
            return true; // declassified: every archive reader
        }
        if (reader.clearance().compareTo(level(c.level())) < 0) {
            return false;
        }
        if (c.handling() == Handling.NOFORN && !reader.usNational()) {
            return false;
        }
        if (c.handling() == Handling.RELGBR
                && !reader.usNational()
                && !reader.releasability().contains("GBR")) {
            return false;
        }
        if (c.caption() == Caption.NODIS && !reader.channels().contains("NODIS")) {
            return false;
        }
        if (c.caption() == Caption.EXDIS && !reader.channels().contains("EXDIS")) {
            return false;
        }
        if (c.caption() == Caption.NONE) {
            // origin London, addressees SECSTATE and Paris
            return reader.posts().contains(Principal.EVERY_POST)
                    || reader.posts().contains("LONDON")
                    || reader.posts().contains("SECSTATE")
                    || reader.posts().contains("PARIS");
        }
        return true;
    }

    /** Whether the paragraph marked above the banner is withheld from a reader who may see the cable. */
    public static boolean overParagraphWithheld(Principal reader, Combination c) {
        if (!c.mismarked() || c.decl() == Decl.PAST) {
            return false;
        }
        if (c.handling() == Handling.RELGBR) {
            return !reader.usNational(); // the paragraph is C/NF
        }
        return reader.clearance().compareTo(Classification.SECRET) < 0; // the paragraph is S
    }

    private static Classification level(Level level) {
        return switch (level) {
            case U, SBU -> Classification.UNCLASSIFIED;
            case C -> Classification.CONFIDENTIAL;
            case S -> Classification.SECRET;
            case TS -> Classification.TOP_SECRET;
        };
    }
}
