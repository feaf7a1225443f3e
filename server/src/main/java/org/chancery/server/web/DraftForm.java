package org.chancery.server.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chancery.messaging.draft.DraftAddressee;
import org.chancery.messaging.draft.DraftContent;
import org.chancery.messaging.draft.DraftParagraph;

/**
 * The draft form as the browser posts it: lists typed as text (TAGS, captions, caveats, REF) and rows for
 * addressees and paragraphs. Blank rows are dropped; every page shows a few spare ones so that nothing needs script.
 */
public class DraftForm {

    /** Spare addressee and paragraph rows the form always offers below the filled ones. */
    static final int SPARE_ADDRESSEES = 2;

    static final int SPARE_PARAGRAPHS = 1;

    /** One TO or INFO line. */
    public static class Addressee {
        private String addressee = "";
        private String precedence = "ROUTINE";

        public Addressee() {}

        Addressee(String addressee, String precedence) {
            this.addressee = addressee;
            this.precedence = precedence;
        }

        public String getAddressee() {
            return addressee;
        }

        public void setAddressee(String addressee) {
            this.addressee = addressee;
        }

        public String getPrecedence() {
            return precedence;
        }

        public void setPrecedence(String precedence) {
            this.precedence = precedence;
        }
    }

    /** One paragraph with its portion marking. */
    public static class Paragraph {
        private String marking = "";
        private String text = "";

        public Paragraph() {}

        Paragraph(String marking, String text) {
            this.marking = marking;
            this.text = text;
        }

        public String getMarking() {
            return marking;
        }

        public void setMarking(String marking) {
            this.marking = marking;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    private String post = "";
    private String classification = "CONFIDENTIAL";
    private String captions = "SIPDIS";
    private String handling = "";
    private String declassify = "";
    private String classifiedBy = "";
    private String tags = "";
    private String subject = "";
    private String references = "";
    private String signature = "";
    private List<Addressee> to = new ArrayList<>();
    private List<Addressee> info = new ArrayList<>();
    private List<Paragraph> paragraphs = new ArrayList<>();

    /** An empty form with its spare rows. */
    public static DraftForm blank(String post) {
        DraftForm form = new DraftForm();
        form.post = post;
        return form.withSpareRows();
    }

    /** The form filled from a saved version. */
    public static DraftForm of(DraftContent c) {
        DraftForm form = new DraftForm();
        form.classification = c.classification() == null ? "" : c.classification();
        form.captions = String.join(", ", c.captions());
        form.handling = String.join(", ", c.handling());
        form.declassify = nullToEmpty(c.declassify());
        form.classifiedBy = nullToEmpty(c.classifiedBy());
        form.tags = String.join(", ", c.tags());
        form.subject = nullToEmpty(c.subject());
        form.references = String.join(", ", c.references());
        form.signature = nullToEmpty(c.signature());
        c.to().forEach(a -> form.to.add(new Addressee(a.addressee(), a.precedence())));
        c.info().forEach(a -> form.info.add(new Addressee(a.addressee(), a.precedence())));
        c.paragraphs().forEach(p -> form.paragraphs.add(new Paragraph(p.marking(), p.text())));
        return form.withSpareRows();
    }

    /** What the drafter wrote, as messaging takes it. */
    public DraftContent content() {
        return new DraftContent(
                classification,
                commaList(captions),
                commaList(handling),
                declassify,
                classifiedBy,
                wordList(tags),
                subject,
                wordList(references),
                paragraphs.stream()
                        .filter(p -> !isBlank(p.text) || !isBlank(p.marking))
                        .map(p -> new DraftParagraph(p.marking, p.text))
                        .toList(),
                addressees(to),
                addressees(info),
                signature);
    }

    /** The same form with blank rows dropped and the spare rows added again (after a save, or for the page). */
    public DraftForm withSpareRows() {
        to.removeIf(a -> isBlank(a.addressee));
        info.removeIf(a -> isBlank(a.addressee));
        paragraphs.removeIf(p -> isBlank(p.text) && isBlank(p.marking));
        for (int i = 0; i < SPARE_ADDRESSEES; i++) {
            to.add(new Addressee());
            info.add(new Addressee());
        }
        for (int i = 0; i < SPARE_PARAGRAPHS; i++) {
            paragraphs.add(new Paragraph());
        }
        return this;
    }

    private static List<org.chancery.messaging.draft.DraftAddressee> addressees(List<Addressee> rows) {
        return rows.stream()
                .filter(a -> !isBlank(a.addressee))
                .map(a -> new DraftAddressee(a.addressee, a.precedence))
                .toList();
    }

    /** Captions and caveats may hold blanks ({@code REL TO UK, CAN}): only commas and new lines separate them. */
    private static List<String> commaList(String s) {
        return s == null ? List.of() : Arrays.asList(s.split("[,\\n]+"));
    }

    /** TAGS and REF ids hold no blanks: commas or blanks separate them. */
    private static List<String> wordList(String s) {
        return s == null ? List.of() : Arrays.asList(s.split("[,\\s]+"));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    public String getPost() {
        return post;
    }

    public void setPost(String post) {
        this.post = post;
    }

    public String getClassification() {
        return classification;
    }

    public void setClassification(String classification) {
        this.classification = classification;
    }

    public String getCaptions() {
        return captions;
    }

    public void setCaptions(String captions) {
        this.captions = captions;
    }

    public String getHandling() {
        return handling;
    }

    public void setHandling(String handling) {
        this.handling = handling;
    }

    public String getDeclassify() {
        return declassify;
    }

    public void setDeclassify(String declassify) {
        this.declassify = declassify;
    }

    public String getClassifiedBy() {
        return classifiedBy;
    }

    public void setClassifiedBy(String classifiedBy) {
        this.classifiedBy = classifiedBy;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getReferences() {
        return references;
    }

    public void setReferences(String references) {
        this.references = references;
    }

    public String getSignature() {
        return signature;
    }

    public void setSignature(String signature) {
        this.signature = signature;
    }

    public List<Addressee> getTo() {
        return to;
    }

    public void setTo(List<Addressee> to) {
        this.to = to;
    }

    public List<Addressee> getInfo() {
        return info;
    }

    public void setInfo(List<Addressee> info) {
        this.info = info;
    }

    public List<Paragraph> getParagraphs() {
        return paragraphs;
    }

    public void setParagraphs(List<Paragraph> paragraphs) {
        this.paragraphs = paragraphs;
    }
}
