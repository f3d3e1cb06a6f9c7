package uk.partnershipplans.portal.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Narrative text as the portal stores it: plain text in which a blank line separates paragraphs and a line starting
 * with "- " is a bullet item; indented (a space or more before the dash), it is a point under the item before it, the
 * second level the plans print. Bullet items next to each other (even with blank lines between them) form one list;
 * any other line starts or continues a paragraph, and the lines of a paragraph are joined with a space.
 * <p>
 * Templates show the blocks with {@code th:text} only (see {@code templates/fragments/narrative.html}), so nothing in
 * the text can become markup: the text is data, never HTML.
 */
public record Narrative(List<Block> blocks) {

    private static final Narrative EMPTY = new Narrative(List.of());

    public Narrative {
        blocks = List.copyOf(blocks);
    }

    /** A paragraph or a bullet list. */
    public sealed interface Block permits Paragraph, BulletList {

        default boolean isBulletList() {
            return this instanceof BulletList;
        }
    }

    public record Paragraph(String text) implements Block {
    }

    public record BulletList(List<Item> items) implements Block {

        public BulletList {
            items = List.copyOf(items);
        }

        /** A list of items with no points under them. */
        public static BulletList of(String... items) {
            return new BulletList(Arrays.stream(items).map(text -> new Item(text, List.of())).toList());
        }
    }

    /** A bullet item, with the points under it (the second level), if any. */
    public record Item(String text, List<String> points) {

        public Item {
            points = List.copyOf(points);
        }
    }

    public static Narrative parse(String text) {
        if (text == null || text.isBlank()) {
            return EMPTY;
        }
        List<Block> blocks = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        for (String rawLine : text.split("\r\n|\r|\n", -1)) {
            String line = rawLine.strip();
            if (line.isEmpty()) {
                endParagraph(paragraph, blocks);
                continue; // a list goes on across blank lines until other text comes
            }
            if (isBullet(line)) {
                endParagraph(paragraph, blocks);
                String item = line.substring(1).strip();
                boolean indented = Character.isWhitespace(rawLine.charAt(0));
                if (item.isEmpty()) {
                    continue;
                }
                if (indented && !items.isEmpty()) {
                    Item last = items.remove(items.size() - 1);
                    List<String> points = new ArrayList<>(last.points());
                    points.add(item);
                    items.add(new Item(last.text(), points));
                } else {
                    items.add(new Item(item, List.of()));
                }
            } else {
                endList(items, blocks);
                paragraph.add(line);
            }
        }
        endParagraph(paragraph, blocks);
        endList(items, blocks);
        return blocks.isEmpty() ? EMPTY : new Narrative(blocks);
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    /**
     * The text of the first block when it is a paragraph, else null: a short name for the whole, such as the opening
     * words of an action. (Null rather than Optional because templates read it.)
     */
    public String firstParagraph() {
        return blocks.isEmpty() || blocks.get(0).isBulletList() ? null : ((Paragraph) blocks.get(0)).text();
    }

    /** The blocks after the first paragraph, or all blocks when the text does not start with one. */
    public List<Block> afterFirstParagraph() {
        return firstParagraph() != null ? blocks.subList(1, blocks.size()) : blocks;
    }

    private static boolean isBullet(String line) {
        return line.equals("-") || line.startsWith("- ");
    }

    private static void endParagraph(List<String> lines, List<Block> blocks) {
        if (!lines.isEmpty()) {
            blocks.add(new Paragraph(String.join(" ", lines)));
            lines.clear();
        }
    }

    private static void endList(List<Item> items, List<Block> blocks) {
        if (!items.isEmpty()) {
            blocks.add(new BulletList(items));
            items.clear();
        }
    }
}
