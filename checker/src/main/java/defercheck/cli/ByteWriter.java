package defercheck.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The CLI's UTF-8 writer on a byte stream, which can also write a Go program's output as the bytes it is
 * (a byte string: one char per byte), so that invalid UTF-8 ({@code "\xff"}) reaches the terminal unchanged.
 */
final class ByteWriter extends PrintWriter {
    private final OutputStream bytes;

    ByteWriter(OutputStream bytes) {
        super(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), true);
        this.bytes = bytes;
    }

    /**
     * Writes the byte string {@code s} to {@code out}: raw when it is a ByteWriter, else decoded as UTF-8 (a
     * test's StringWriter).
     */
    static void writeBytes(PrintWriter out, String s) {
        if (out instanceof ByteWriter b) {
            b.flush();
            try {
                b.bytes.write(s.getBytes(StandardCharsets.ISO_8859_1));
                b.bytes.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            out.print(defercheck.source.ByteStrings.toText(s));
        }
    }
}
