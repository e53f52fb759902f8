package cn.chia.governance.documents;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import cn.chia.governance.charter.Words;

/**
 * One PDF being written: A4, the embedded CJK font (only the glyphs used are embedded), a title, headings, lines of a
 * label and its value, tables, and the page number at the foot of each page. Every text given as {@link Words} reads
 * Chinese, followed by its English when the document is bilingual.
 */
final class Pdf {

    static final String FONT = "fonts/wqy-microhei.ttf";

    private static final Color HEADER = new Color(0xE8, 0xEE, 0xF4);
    private static final Color GREY = new Color(0x55, 0x55, 0x55);

    private static BaseFont font;

    private final boolean english;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document;
    private final PdfWriter writer;
    private final Font text;
    private final Font small;
    private final Font compact;
    private final Font compactBold;
    private final Font bold;
    private final Font heading;
    private final Font title;

    /** The embedded font, read from the classpath once; fails at the application's start when it is missing. */
    static synchronized BaseFont font() {
        if (font == null) {
            try (InputStream file = Pdf.class.getClassLoader().getResourceAsStream(FONT)) {
                if (file == null) {
                    throw new IllegalStateException("The documents' font " + FONT + " is missing from the classpath.");
                }
                font = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, file.readAllBytes(), null);
            } catch (IOException | DocumentException unreadable) {
                throw new IllegalStateException("The documents' font " + FONT + " cannot be read.", unreadable);
            }
        }
        return font;
    }

    Pdf(boolean english, Words documentTitle, boolean landscape) {
        this.english = english;
        BaseFont base = font();
        text = new Font(base, 10.5f);
        small = new Font(base, 8.5f, Font.NORMAL, GREY);
        compact = new Font(base, 8.5f);
        compactBold = new Font(base, 8.5f, Font.BOLD);
        bold = new Font(base, 10.5f, Font.BOLD);
        heading = new Font(base, 13f, Font.BOLD);
        title = new Font(base, 18f, Font.BOLD);
        document = new Document(landscape ? PageSize.A4.rotate() : PageSize.A4, 56, 56, 56, 56);
        writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter pages, Document page) {
                Rectangle size = page.getPageSize();
                ColumnText.showTextAligned(pages.getDirectContent(), Element.ALIGN_CENTER,
                        new Phrase(say(Labels.ASSOCIATION) + " · " + pages.getPageNumber(), small),
                        (size.getLeft() + size.getRight()) / 2, size.getBottom() + 30, 0);
            }
        });
        document.addTitle(say(documentTitle));
        document.addAuthor(say(Labels.ASSOCIATION));
        document.addCreator(say(Labels.ASSOCIATION));
        document.addCreationDate();
        document.open();
    }

    /** Chinese, then English when the document is bilingual. */
    String say(Words words) {
        return english ? words.zh() + " " + words.en() : words.zh();
    }

    /** Chinese, then on a line of its own the English when the document is bilingual. */
    private String sayOnTwoLines(Words words) {
        return english ? words.zh() + "\n" + words.en() : words.zh();
    }

    boolean english() {
        return english;
    }

    Pdf title(Words words) {
        Paragraph association = new Paragraph(sayOnTwoLines(Labels.ASSOCIATION), text);
        association.setAlignment(Element.ALIGN_CENTER);
        document.add(association);
        Paragraph shown = new Paragraph(sayOnTwoLines(words), title);
        shown.setAlignment(Element.ALIGN_CENTER);
        shown.setSpacingBefore(6);
        shown.setSpacingAfter(12);
        document.add(shown);
        return this;
    }

    Pdf heading(Words words) {
        Paragraph shown = new Paragraph(say(words), heading);
        shown.setSpacingBefore(12);
        shown.setSpacingAfter(6);
        document.add(shown);
        return this;
    }

    /** A paragraph in Chinese, and its English beneath when the document is bilingual (and there is one). */
    Pdf paragraph(Words words) {
        document.add(new Paragraph(words.zh(), text));
        if (english && words.en() != null && !words.en().isBlank()) {
            document.add(new Paragraph(words.en(), text));
        }
        return this;
    }

    /** A paragraph as it is (a name, a number, a text the register keeps in one language). */
    Pdf paragraph(String as, boolean centred, float size) {
        Paragraph shown = new Paragraph(as, new Font(font(), size));
        if (centred) {
            shown.setAlignment(Element.ALIGN_CENTER);
        }
        shown.setSpacingAfter(size / 2);
        document.add(shown);
        return this;
    }

    Pdf space(float points) {
        Paragraph space = new Paragraph(" ", text);
        space.setLeading(points);
        document.add(space);
        return this;
    }

    /** Labels and their values, two columns. */
    Pdf facts(List<Fact> facts) {
        PdfPTable table = new PdfPTable(new float[] {1.4f, 2.4f});
        table.setWidthPercentage(100);
        for (Fact fact : facts) {
            table.addCell(cell(say(fact.label()), bold, HEADER));
            table.addCell(cell(fact.value(), text, null));
        }
        table.setSpacingAfter(6);
        document.add(table);
        return this;
    }

    /** A table with its headers (repeated on each page), in a smaller type from 6 columns; an empty table says there is nothing. */
    Pdf table(List<Words> headers, List<List<String>> rows, float... widths) {
        if (rows.isEmpty()) {
            return paragraph(new Words("（无）", "(none)"));
        }
        PdfPTable table = widths.length == headers.size() ? new PdfPTable(widths) : new PdfPTable(headers.size());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        boolean wide = headers.size() >= 6;
        headers.forEach(header -> table.addCell(cell(sayOnTwoLines(header), wide ? compactBold : bold, HEADER)));
        rows.forEach(row -> row.forEach(value -> table.addCell(cell(value, wide ? compact : text, null))));
        table.setSpacingAfter(6);
        document.add(table);
        return this;
    }

    private static PdfPCell cell(String value, Font font, Color background) {
        PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, font));
        cell.setPadding(4);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }

    /** A frame around the page (the certificate's). */
    Pdf frame() {
        Rectangle page = document.getPageSize();
        Rectangle frame = new Rectangle(page.getLeft() + 28, page.getBottom() + 28, page.getRight() - 28, page.getTop() - 28);
        frame.setBorder(Rectangle.BOX);
        frame.setBorderWidth(3);
        frame.setBorderColor(new Color(0x9E, 0x1B, 0x1B));
        writer.getDirectContent().rectangle(frame);
        return this;
    }

    byte[] bytes() {
        document.close();
        return out.toByteArray();
    }

    /** A label and its value. */
    record Fact(Words label, String value) {
    }
}
