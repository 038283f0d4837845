package org.newsgraph.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that says where the first bad byte is. */
final class Utf8 {

    private Utf8() {
    }

    /** Thrown with the byte offset of the first invalid sequence. */
    static final class InvalidUtf8 extends Exception {
        final int offset;

        InvalidUtf8(int offset) {
            super("invalid UTF-8 at byte " + offset, null, false, false);
            this.offset = offset;
        }
    }

    static String decode(byte[] bytes, int length) throws InvalidUtf8 {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer out = CharBuffer.allocate(length);
        CoderResult r = dec.decode(in, out, true);
        if (r.isError()) throw new InvalidUtf8(in.position());
        r = dec.flush(out);
        if (r.isError()) throw new InvalidUtf8(in.position());
        out.flip();
        String s = out.toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** The 1-based line of a byte offset. */
    static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') line++;
        }
        return line;
    }
}
