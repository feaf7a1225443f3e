package org.chancery.telegram.read.layout;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.chancery.telegram.read.CableParseException;
import org.chancery.telegram.read.CableSource;
import org.chancery.telegram.read.HeaderSplitter;
import org.chancery.telegram.read.Layout;
import org.chancery.telegram.read.RawCable;
import org.chancery.telegram.read.RecordMetadata;
import org.chancery.telegram.read.SplitTelegram;

/**
 * Reads raw telegram text: one telegram, or several each ended by an {@code NNNN} end-of-message line (as a writer or
 * a tape relay produces them). Input before, between and after telegrams that is only blank is not a telegram.
 *
 * <p>A long cable travels as several transmissions, one per section. Consecutive transmissions that are sections of
 * one cable ({@link SectionMark}: same FL3 station and serial, else same banner post and serial; rising section
 * numbers) are joined back into one cable: its header is the first section's header, its text the first section's
 * text followed by each later section's text without that section's banner line ({@code ... SECTION 0k OF 0n POST
 * SERIAL}) and the one blank line after it. Sections of different cables stay apart. When sections are missing
 * (sections 1 and 3 of 3; 1 and 2 of 3; 2 of 3 alone), what arrived is still one cable, never shortened: the banner
 * line of a section after a gap is kept to show where text is missing, and {@link IncompleteSections} tells the parser
 * the cable is partial. Section 1 alone is not flagged: an archived cable, whose text carries every section under
 * section 1's banner ({@code SECTION 01 OF 04}), cannot be told from it.
 *
 * <p>A telegram that is not a section is handed over whole, its header still at the start of its text.
 */
public final class TelegramTextReader implements CableSource {
    private final TelegramChunks chunks;

    /** A transmission read ahead while looking for the next section, not yet handed over. */
    private Section pending;

    /** A refusal met while reading ahead, thrown once the cable before it has been handed over. */
    private CableParseException pendingRefusal;

    private record Section(TelegramChunks.Chunk chunk, SplitTelegram split, SectionMark mark) {}

    public TelegramTextReader(Reader reader, String name) {
        this.chunks = new TelegramChunks(reader, name);
    }

    @Override
    public Layout layout() {
        return Layout.TELEGRAM;
    }

    @Override
    public RawCable next() throws IOException {
        Section first = pending != null ? pending : read();
        pending = null;
        if (first == null) {
            return null;
        }
        if (first.mark() == null) {
            return whole(first);
        }
        List<Section> sections = new ArrayList<>();
        sections.add(first);
        int size = first.chunk().text().length();
        while (!sections.getLast().mark().isLast()) {
            Section next = readAhead();
            if (next == null) {
                break;
            }
            if (!sections.getLast().mark().isFollowedBy(next.mark())
                    || size + next.chunk().text().length() > CableSizeLimit.MAX_CHARS) {
                pending = next;
                break;
            }
            sections.add(next);
            size += next.chunk().text().length();
        }
        return joined(sections);
    }

    private RawCable joined(List<Section> sections) {
        Section first = sections.getFirst();
        List<Integer> arrived = new ArrayList<>();
        boolean complete = first.mark().number() == 1;
        StringBuilder text = new StringBuilder(first.split().text());
        arrived.add(first.mark().number());
        for (int i = 1; i < sections.size(); i++) {
            Section section = sections.get(i);
            boolean consecutive =
                    section.mark().number() == sections.get(i - 1).mark().number() + 1;
            complete &= consecutive;
            endLine(text);
            text.append(
                    consecutive
                            ? withoutBanner(section.split().text())
                            : section.split().text());
            arrived.add(section.mark().number());
        }
        SectionMark last = sections.getLast().mark();
        // A lone first section is taken as whole: an archived cable carries every section's text under section 1's
        // banner, and looks just like it. Once sections were joined, a missing tail shows.
        complete &= sections.size() == 1 || last.total() == null || last.isLast();
        if (sections.size() == 1 && complete) {
            return whole(first);
        }
        String position = first.chunk().position();
        if (!complete) {
            position = IncompleteSections.note(position, arrived, last.total());
        }
        if (sections.size() == 1) {
            return new RawCable(
                    position,
                    Layout.TELEGRAM,
                    RecordMetadata.NONE,
                    null,
                    first.chunk().text());
        }
        return new RawCable(
                position, Layout.TELEGRAM, RecordMetadata.NONE, first.split().header(), text.toString());
    }

    private static RawCable whole(Section section) {
        return new RawCable(
                section.chunk().position(),
                Layout.TELEGRAM,
                RecordMetadata.NONE,
                null,
                section.chunk().text());
    }

    /** The next transmission, or null at the end; a refusal is held back until the cable being joined is out. */
    private Section readAhead() throws IOException {
        try {
            return read();
        } catch (CableParseException e) {
            pendingRefusal = e;
            return null;
        }
    }

    private Section read() throws IOException {
        if (pendingRefusal != null) {
            CableParseException refusal = pendingRefusal;
            pendingRefusal = null;
            throw refusal;
        }
        TelegramChunks.Chunk chunk = chunks.next();
        if (chunk == null) {
            return null;
        }
        SplitTelegram split;
        try {
            split = HeaderSplitter.split(chunk.text());
        } catch (RuntimeException e) {
            return new Section(chunk, null, null); // a splitter defect must not lose the telegram: hand it over whole
        }
        return new Section(chunk, split, SectionMark.of(split));
    }

    /** A later section's text from the line after its banner, skipping the one blank line that follows the banner. */
    private static String withoutBanner(String text) {
        int afterBanner = text.indexOf('\n');
        if (afterBanner < 0) {
            return "";
        }
        afterBanner++;
        int lineEnd = text.indexOf('\n', afterBanner);
        if (lineEnd >= 0 && text.substring(afterBanner, lineEnd).isBlank()) {
            return text.substring(lineEnd + 1);
        }
        return text.substring(afterBanner);
    }

    private static void endLine(StringBuilder text) {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }

    @Override
    public void close() throws IOException {
        chunks.close();
    }
}
