package org.chancery.telegram.read.layout;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chancery.telegram.read.CableParseException;
import org.chancery.telegram.read.Layout;
import org.chancery.telegram.read.RawCable;
import org.chancery.telegram.read.RecordMetadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;

/**
 * Reads one of WikiLeaks' 2010 cable pages: the {@code table.cable} metadata table, then the header and the text in
 * two {@code <pre>} blocks.
 *
 * <p>The text block carries links (TAGS, paragraph anchors {@code ¶}); taking the elements' text turns each link
 * into its text, so the telegram comes back as written; {@code <br>} tags, which some pages add beside the encoded
 * newlines, add nothing. The classification is taken from the cell's text: its
 * {@code title} attribute is unreliable on these pages.
 */
public final class WikiLeaksHtmlReader {
    private WikiLeaksHtmlReader() {}

    /** Reads one page. */
    public static RawCable parse(String html, String position) {
        Document page = Jsoup.parse(html);
        Map<String, String> table = metadataTable(page);
        Elements pres = page.select("pre");
        if (pres.isEmpty()) {
            throw new CableParseException(position, "no <pre> block with the cable's text");
        }
        // One block is the text alone; two are the header and the text.
        String header = pres.size() >= 2 ? textOf(pres.get(0)) : "";
        String text = WikiLeaksDateLine.dropFirstLine(textOf(pres.get(pres.size() >= 2 ? 1 : 0)));
        String created = table.get("created");
        OffsetDateTime date = created == null || created.isEmpty()
                ? null
                : RecordDates.html(created)
                        .orElseThrow(() -> new CableParseException(position, "bad Created date '" + created + "'"));
        RecordMetadata metadata = new RecordMetadata(
                table.get("reference id"), null, date, table.get("classification"), table.get("origin"), List.of());
        return new RawCable(position, Layout.WIKILEAKS_HTML, metadata, header, text);
    }

    /**
     * The text nodes of a block, in order, exactly as written. Unlike {@link Element#wholeText()} this adds nothing
     * for {@code <br>}: some pages carry a {@code <br>} beside every encoded newline, and the telegram has one line
     * break there, not two (the CSV layout of the same cables agrees).
     */
    private static String textOf(Element block) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(
                (node, depth) -> {
                    if (node instanceof TextNode textNode) {
                        text.append(textNode.getWholeText());
                    }
                },
                block);
        return text.toString();
    }

    /** Column name (lower case) to cell text; empty when the page has no metadata table. */
    private static Map<String, String> metadataTable(Document page) {
        Map<String, String> cells = new HashMap<>();
        Element table = page.selectFirst("table.cable");
        if (table == null) {
            return cells;
        }
        Elements names = table.select("tr th");
        Elements rows = table.select("tr:has(td)");
        if (rows.isEmpty()) {
            return cells;
        }
        Elements values = rows.first().select("td");
        for (int i = 0; i < Math.min(names.size(), values.size()); i++) {
            String value = values.get(i).text().strip();
            cells.put(names.get(i).text().strip().toLowerCase(Locale.ROOT), value.isEmpty() ? null : value);
        }
        return cells;
    }
}
