package org.tomatic.legacy.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** A legacy file's text, checked for size and strict UTF-8 before any parser sees it. */
record TextFile(String path, String text) {

    static final long MAX_BYTES = 10L * 1024 * 1024;

    /** A line ends with LF, CRLF or a lone CR (old Mac editors), as the old tool's Python read them. */
    static final Pattern LINE_END = Pattern.compile("\r\n|\r|\n");

    /** The file's lines without line terminators; a trailing line end does not add a line. */
    List<String> lines() {
        String[] lines = LINE_END.split(text, -1);
        int count = lines.length > 0 && lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
        return Arrays.asList(lines).subList(0, count);
    }

    static Optional<TextFile> read(Path file, String path, Problems problems) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                problems.error(path, 0, "file too large (" + size + " bytes, the limit is 10 MiB)");
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            return decode(bytes, path, problems).map(text -> new TextFile(path, text));
        }
        catch (IOException e) {
            problems.error(path, 0, "cannot read the file: " + e);
            return Optional.empty();
        }
    }

    private static Optional<String> decode(byte[] bytes, String path, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
                    line++;
                }
            }
            problems.error(path, line, "not valid UTF-8 (first bad byte at offset " + in.position() + ")");
            return Optional.empty();
        }
        String text = out.flip().toString();
        return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }
}
