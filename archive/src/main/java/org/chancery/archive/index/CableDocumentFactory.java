package org.chancery.archive.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.chancery.archive.marking.Banner;
import org.chancery.archive.marking.Keywords;
import org.chancery.archive.marking.PostKeys;
import org.chancery.archive.marking.Redaction;
import org.chancery.telegram.model.Addressee;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Classification;
import org.chancery.telegram.model.Declassification;
import org.chancery.telegram.model.Paragraph;
import org.chancery.telegram.model.PortionMarking;
import org.chancery.telegram.model.Precedence;
import org.chancery.telegram.model.Reference;

/** Turns a cable into its Lucene document: the fields described in {@link IndexFields}. */
final class CableDocumentFactory {

    /** Text stored with offsets in the postings, so highlighting never re-analyses the body. */
    private static final FieldType STORED_TEXT_WITH_OFFSETS = storedTextWithOffsets();

    private final FacetsConfig facetsConfig;

    public CableDocumentFactory(FacetsConfig facetsConfig) {
        this.facetsConfig = facetsConfig;
    }

    public Document create(Cable cable) {
        Document doc = new Document();
        String id = Keywords.normalize(cable.referenceId());
        doc.add(new StringField(IndexFields.ID, id, Field.Store.YES));

        addText(doc, cable);
        addReferences(doc, cable);
        addKeywords(doc, IndexFields.TAG, cable.tags());
        addKeywords(doc, IndexFields.CAPTION, cable.captions());
        addKeywords(doc, IndexFields.HANDLING, cable.handling());
        addKeywords(doc, IndexFields.SIGNER, cable.signers());
        addKeywords(doc, IndexFields.PRECEDENCE, precedences(cable));
        addKeywords(doc, IndexFields.TO, addresses(cable.to()));
        addKeywords(doc, IndexFields.INFO, addresses(cable.info()));
        addKeywords(doc, IndexFields.RELEASABLE_TO, Banner.of(cable).releasableTo());
        addKeywords(doc, IndexFields.POST, posts(cable));
        addOrigin(doc, cable);
        addChannels(doc, cable);
        addClassification(doc, cable);
        addDeclassification(doc, cable);
        addDate(doc, cable);
        addFacets(doc, cable);
        try {
            return facetsConfig.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Subject, summary and body. Paragraphs the banner does not cover go to a field of their own, so that no
     * reader finds, counts or sees in a snippet text that may be withheld from him; the access policy decides who
     * may search that field.
     */
    private static void addText(Document doc, Cable cable) {
        if (cable.subject() != null && !cable.subject().isBlank()) {
            doc.add(new Field(IndexFields.SUBJECT, cable.subject(), STORED_TEXT_WITH_OFFSETS));
        }
        Banner banner = Banner.of(cable);
        Set<Integer> restricted = new LinkedHashSet<>();
        Classification highest = Classification.UNCLASSIFIED;
        boolean foreignLimited = false;
        for (int i = 0; i < cable.paragraphs().size(); i++) {
            Paragraph p = cable.paragraphs().get(i);
            var portion = p.marking() == null ? Optional.<PortionMarking>empty() : PortionMarking.parse(p.marking());
            if (portion.isPresent() && !banner.covers(portion.get())) {
                restricted.add(i);
                highest = portion.get().level().compareTo(highest) > 0
                        ? portion.get().level()
                        : highest;
                foreignLimited |=
                        portion.get().noforn() || !portion.get().releasableTo().isEmpty();
                doc.add(new TextField(IndexFields.BODY_RESTRICTED, p.text(), Field.Store.NO));
            }
        }
        Cable visible = Redaction.cable(cable, restricted);
        if (!restricted.isEmpty()) {
            doc.add(new IntPoint(IndexFields.RESTRICTED_LEVEL, highest.ordinal()));
            if (foreignLimited) {
                doc.add(new StringField(IndexFields.RESTRICTED_CAVEAT, IndexFields.FOREIGN_LIMITED, Field.Store.NO));
            }
        }
        if (visible.summary() != null && !visible.summary().isBlank()) {
            doc.add(new TextField(IndexFields.SUMMARY, visible.summary(), Field.Store.NO));
        }
        doc.add(new Field(IndexFields.BODY, visible.body(), STORED_TEXT_WITH_OFFSETS));
        addKeywords(doc, IndexFields.DISTRIBUTION, PostKeys.distribution(cable));
    }

    private static void addReferences(Document doc, Cable cable) {
        Set<String> ids = new LinkedHashSet<>();
        for (Reference ref : cable.references()) {
            String refId = Keywords.normalize(ref.id());
            if (refId != null) {
                ids.add(refId);
            }
        }
        // stored, because "citedby:X" and the reference graph read the refs of X back from the index
        for (String refId : ids) {
            doc.add(new StringField(IndexFields.REFS, refId, Field.Store.YES));
        }
    }

    private static void addOrigin(Document doc, Cable cable) {
        String origin = cable.origin() == null ? null : cable.origin().trim();
        if (origin != null && !origin.isEmpty()) {
            doc.add(new StringField(IndexFields.ORIGIN, Keywords.normalize(origin), Field.Store.NO));
            doc.add(new StoredField(IndexFields.ORIGIN_STORED, origin));
        }
    }

    private static void addChannels(Document doc, Cable cable) {
        Set<String> channels = new LinkedHashSet<>();
        for (String caption : cable.captions()) {
            String c = Keywords.normalize(caption);
            if (c != null && IndexFields.RESTRICTED_CHANNELS.contains(c)) {
                channels.add(c);
            }
        }
        if (channels.isEmpty()) {
            channels.add(IndexFields.NO_CHANNEL);
        }
        addKeywords(doc, IndexFields.CHANNEL, channels);
    }

    private static void addClassification(Document doc, Cable cable) {
        Classification level = levelOf(cable);
        doc.add(new IntPoint(IndexFields.LEVEL, level.ordinal()));
        doc.add(new NumericDocValuesField(IndexFields.LEVEL, level.ordinal()));
        doc.add(new StoredField(IndexFields.LEVEL, level.ordinal()));
    }

    /** A cable without a readable banner is treated as the most sensitive, so that access rules fail closed. */
    static Classification levelOf(Cable cable) {
        return cable.classification() == null ? Classification.TOP_SECRET : cable.classification();
    }

    private static void addDeclassification(Document doc, Cable cable) {
        var decl = cable.declassification();
        String kind = decl == null || decl.kind() == null ? "NONE" : decl.kind().name();
        doc.add(new StringField(IndexFields.DECLASSIFY_KIND, kind, Field.Store.NO));
        if (decl != null && decl.kind() == Declassification.Kind.DATE && decl.on() != null) {
            doc.add(new LongPoint(IndexFields.DECLASSIFY_ON, decl.on().toEpochDay()));
            doc.add(new StoredField(IndexFields.DECLASSIFY_ON, decl.on().toEpochDay()));
        }
    }

    private static void addDate(Document doc, Cable cable) {
        if (cable.date() == null) {
            return;
        }
        LocalDate day = cable.date().toLocalDate();
        doc.add(new LongPoint(IndexFields.DAY, day.toEpochDay()));
        doc.add(new NumericDocValuesField(IndexFields.DATE_SORT, cable.date().toEpochSecond()));
        doc.add(new StoredField(IndexFields.DATE_STORED, day.toString()));
    }

    private static void addFacets(Document doc, Cable cable) {
        doc.add(new SortedSetDocValuesFacetField(
                IndexFields.FACET_CLASSIFICATION, levelOf(cable).label()));
        if (cable.origin() != null && !cable.origin().isBlank()) {
            doc.add(new SortedSetDocValuesFacetField(
                    IndexFields.FACET_ORIGIN, cable.origin().trim()));
        }
        if (cable.date() != null) {
            doc.add(new SortedSetDocValuesFacetField(
                    IndexFields.FACET_YEAR, Integer.toString(cable.date().getYear())));
        }
        addFacetValues(doc, IndexFields.FACET_TAGS, cable.tags());
        addFacetValues(doc, IndexFields.FACET_CAPTION, cable.captions());
        addFacetValues(doc, IndexFields.FACET_HANDLING, cable.handling());
    }

    private static void addFacetValues(Document doc, String dimension, Collection<String> values) {
        Set<String> unique = new LinkedHashSet<>();
        for (String v : values) {
            String n = Keywords.normalize(v);
            if (n != null) {
                unique.add(n);
            }
        }
        for (String v : unique) {
            doc.add(new SortedSetDocValuesFacetField(dimension, v));
        }
    }

    private static void addKeywords(Document doc, String field, Collection<String> values) {
        Set<String> unique = new LinkedHashSet<>();
        for (String v : values) {
            String n = Keywords.normalize(v);
            if (n != null) {
                unique.add(n);
            }
        }
        for (String v : unique) {
            doc.add(new StringField(field, v, Field.Store.NO));
        }
    }

    private static Set<String> precedences(Cable cable) {
        Set<String> found = new LinkedHashSet<>();
        for (Addressee a : cable.to()) {
            Precedence.fromLabel(a.precedence()).ifPresent(p -> found.add(p.name()));
        }
        String fl5 = cable.transmission().precedence();
        if (fl5 != null && !fl5.isBlank()) {
            Precedence.fromProsign(fl5.trim().split("\\s+")[0]).ifPresent(p -> found.add(p.name()));
        }
        return found;
    }

    private static Set<String> addresses(Collection<Addressee> addressees) {
        Set<String> values = new LinkedHashSet<>();
        for (Addressee a : addressees) {
            if (a.route() != null) {
                values.add(a.route());
            }
            if (a.name() != null) {
                values.add(a.name());
            }
        }
        return values;
    }

    private static Set<String> posts(Cable cable) {
        Set<String> values = new LinkedHashSet<>();
        if (cable.transmission().originatingStation() != null) {
            values.add(cable.transmission().originatingStation());
        }
        if (cable.transmission().originatorRoute() != null) {
            values.add(cable.transmission().originatorRoute());
        }
        if (cable.transmission().originator() != null) {
            values.add(cable.transmission().originator());
        }
        return values;
    }

    private static FieldType storedTextWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
