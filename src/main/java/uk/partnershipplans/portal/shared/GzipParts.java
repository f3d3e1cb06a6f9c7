package uk.partnershipplans.portal.shared;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A gzip response put together from parts compressed apart: some once, when they are kept ({@link #compressed}), some
 * as they are written ({@link #add}). Each part ends at a byte boundary with nothing after it referring back into it (a
 * flush that empties the compressor's memory), so the parts follow one another as one valid deflate stream (RFC 1951),
 * wrapped in the gzip header and trailer (RFC 1952). A page kept for many readers is so compressed once rather than for
 * each of them, while what differs for each reader (their name, their form token) is compressed as it is written.
 */
final class GzipParts {

    private static final byte[] HEADER = {0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    /** Part of a response, compressed once: the bytes and their compressed form. */
    record Compressed(byte[] bytes, byte[] deflated) {
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CRC32 crc = new CRC32();
    private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    private final byte[] buffer = new byte[8192];
    private long size;

    GzipParts() {
        out.writeBytes(HEADER);
    }

    /** {@code bytes} compressed once, to be written in many responses. */
    static Compressed compressed(byte[] bytes) {
        Deflater once = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            ByteArrayOutputStream deflated = new ByteArrayOutputStream(bytes.length / 4 + 64);
            deflate(once, bytes, Deflater.FULL_FLUSH, deflated, new byte[8192]);
            return new Compressed(bytes, deflated.toByteArray());
        } finally {
            once.end();
        }
    }

    /** Adds a part compressed now. */
    GzipParts add(byte[] bytes) {
        deflate(deflater, bytes, Deflater.FULL_FLUSH, out, buffer);
        return counted(bytes);
    }

    /** Adds a part compressed once before. */
    GzipParts add(Compressed part) {
        out.writeBytes(part.deflated());
        return counted(part.bytes());
    }

    /** The whole response: the parts, the end of the stream and the trailer. */
    byte[] finish() {
        try {
            deflater.finish();
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
        } finally {
            deflater.end();
        }
        writeLittleEndian(crc.getValue());
        writeLittleEndian(size);
        return out.toByteArray();
    }

    private GzipParts counted(byte[] bytes) {
        crc.update(bytes);
        size += bytes.length;
        return this;
    }

    private static void deflate(Deflater deflater, byte[] bytes, int flush, ByteArrayOutputStream to, byte[] buffer) {
        deflater.setInput(bytes);
        int written;
        do {
            written = deflater.deflate(buffer, 0, buffer.length, flush);
            to.write(buffer, 0, written);
        } while (written == buffer.length || !deflater.needsInput());
    }

    private void writeLittleEndian(long value) {
        for (int i = 0; i < 4; i++) {
            out.write((int) (value >>> (8 * i)) & 0xff);
        }
    }
}
