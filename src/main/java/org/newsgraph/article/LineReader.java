package org.newsgraph.article;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads lines as bytes with a length limit: a line over the limit is skipped to its end without being
 * held in memory, so one huge line cannot exhaust the heap.
 */
final class LineReader implements Closeable {

    /** One line: its bytes (null when over the limit), its 1-based number and its full length in bytes. */
    record Line(int number, byte[] bytes, int length, long fullLength) {
        boolean tooLong() {
            return bytes == null;
        }

        boolean hasNul() {
            for (int i = 0; i < length; i++) {
                if (bytes[i] == 0) return true;
            }
            return false;
        }
    }

    private final InputStream in;
    private final long maxBytes;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int end;
    private int lineNo;
    private boolean eof;

    LineReader(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line without its terminator (LF or CRLF), or null at end of input. */
    Line next() throws IOException {
        if (eof && pos >= end) return null;
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long length = 0;
        boolean over = false;
        boolean sawAny = false;
        while (true) {
            if (pos >= end) {
                end = in.read(buf, 0, buf.length);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    eof = true;
                    if (!sawAny) return null;
                    break;
                }
            }
            sawAny = true;
            int start = pos;
            while (pos < end && buf[pos] != '\n') pos++;
            int n = pos - start;
            length += n;
            if (!over && length > maxBytes) {
                over = true;
                line = null;
            }
            if (!over) line.write(buf, start, n);
            if (pos < end) {
                pos++; // the newline
                break;
            }
        }
        lineNo++;
        if (over) return new Line(lineNo, null, 0, length);
        byte[] bytes = line.toByteArray();
        int len = bytes.length;
        if (len > 0 && bytes[len - 1] == '\r') len--;
        return new Line(lineNo, bytes, len, length);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
