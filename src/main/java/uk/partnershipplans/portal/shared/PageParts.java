package uk.partnershipplans.portal.shared;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A rendered page, or part of one, kept to be sent many times: its text in parts, each also compressed once, with a
 * place between them for the form token of each response (the one thing of a reader's session a kept page holds).
 * <p>
 * Sent to a browser that accepts gzip, the parts follow one another as one deflate stream (RFC 1951) in the gzip
 * wrapper (RFC 1952): each part was compressed on its own and ends at a byte boundary with nothing after it referring
 * back into it (a full flush), and the token goes between them uncompressed, as a stored block. So a kept page is
 * compressed once rather than for each reader, and the token is never compressed with the rest of the page (BREACH).
 */
record PageParts(List<Part> parts) {

    /** A part of a page: its text, as bytes, with the same compressed. */
    record Part(byte[] bytes, byte[] deflated) {
    }

    /** The place of the form token, between two parts. */
    private static final Part TOKEN = new Part(new byte[0], new byte[0]);

    private static final byte[] GZIP_HEADER = {0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, (byte) 0xff};
    private static final int STORED_BLOCK_LIMIT = 0xffff;

    /** {@code html}, split where it holds {@code token} (none when null) and compressed. */
    static PageParts of(String html, String token) {
        List<Part> parts = new ArrayList<>();
        for (String text : token == null ? new String[] {html} : html.split(Pattern.quote(token), -1)) {
            if (!parts.isEmpty()) {
                parts.add(TOKEN);
            }
            parts.add(compressed(text.getBytes(StandardCharsets.UTF_8)));
        }
        return new PageParts(List.copyOf(parts));
    }

    /** This followed by {@code next}, each part as it was compressed. */
    PageParts then(PageParts next) {
        List<Part> joined = new ArrayList<>(parts);
        joined.addAll(next.parts);
        return new PageParts(List.copyOf(joined));
    }

    /** The bytes kept for this page: its parts as they are and compressed. */
    int bytes() {
        return parts.stream().mapToInt(part -> part.bytes().length + part.deflated().length).sum();
    }

    /** The page as sent plain, with {@code token} in its places. */
    byte[] plain(byte[] token) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(part -> out.writeBytes(part == TOKEN ? token : part.bytes()));
        return out.toByteArray();
    }

    /** The page as sent in gzip, with {@code token} in its places. */
    byte[] gzip(byte[] token) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(GZIP_HEADER);
        CRC32 crc = new CRC32();
        long size = 0;
        for (Part part : parts) {
            byte[] bytes = part == TOKEN ? token : part.bytes();
            if (part == TOKEN) {
                stored(bytes, out);
            } else {
                out.writeBytes(part.deflated());
            }
            crc.update(bytes);
            size += bytes.length;
        }
        out.writeBytes(new byte[] {1, 0, 0, (byte) 0xff, (byte) 0xff}); // the last block: stored, empty
        littleEndian(crc.getValue(), out);
        littleEndian(size, out);
        return out.toByteArray();
    }

    private static Part compressed(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true); // once for many readers
        try {
            deflater.setInput(bytes);
            ByteArrayOutputStream deflated = new ByteArrayOutputStream(bytes.length / 4 + 64);
            byte[] buffer = new byte[8192];
            int written;
            do {
                written = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
                deflated.write(buffer, 0, written);
            } while (written == buffer.length);
            return new Part(bytes, deflated.toByteArray());
        } finally {
            deflater.end();
        }
    }

    /** {@code bytes} as stored (uncompressed) deflate blocks, none of them the last. */
    private static void stored(byte[] bytes, ByteArrayOutputStream out) {
        for (int from = 0; from < bytes.length; from += STORED_BLOCK_LIMIT) {
            int length = Math.min(STORED_BLOCK_LIMIT, bytes.length - from);
            out.write(0);
            out.write(length & 0xff);
            out.write(length >>> 8);
            out.write(~length & 0xff);
            out.write((~length >>> 8) & 0xff);
            out.write(bytes, from, length);
        }
    }

    private static void littleEndian(long value, ByteArrayOutputStream out) {
        for (int i = 0; i < 4; i++) {
            out.write((int) (value >>> (8 * i)) & 0xff);
        }
    }
}
