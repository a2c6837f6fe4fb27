package org.evident.exporters.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a byte stream, cut at {@code \n} (a {@code \r} before it is dropped) and not
 * decoded, so that a line whose bytes are not UTF-8 fails alone instead of ending the stream (a
 * {@code \n} byte never occurs inside a UTF-8 sequence). A line longer than the limit is read to
 * its end but not kept.
 */
final class ByteLines implements AutoCloseable {
    /** One line, numbered from 1: its bytes, or null when it was longer than the limit. */
    record Line(int number, byte[] bytes) {
    }

    private final InputStream in;
    private final int maxBytes;
    private final byte[] chunk = new byte[1 << 16];
    private int position;
    private int filled;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    private int number;

    ByteLines(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        line.reset();
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == filled) {
                filled = in.read(chunk);
                position = 0;
                if (filled <= 0) {
                    filled = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            int end = position;
            while (end < filled && chunk[end] != '\n') {
                end++;
            }
            int room = maxBytes - line.size();
            if (end - position > room) {
                tooLong = true;
            } else if (!tooLong) {
                line.write(chunk, position, end - position);
            }
            boolean lineEnds = end < filled;
            position = lineEnds ? end + 1 : end;
            if (lineEnds) {
                break;
            }
        }
        number++;
        if (tooLong) {
            return new Line(number, null);
        }
        byte[] bytes = line.toByteArray();
        boolean carriageReturn = bytes.length > 0 && bytes[bytes.length - 1] == '\r';
        return new Line(number, carriageReturn ? Arrays.copyOf(bytes, bytes.length - 1) : bytes);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
