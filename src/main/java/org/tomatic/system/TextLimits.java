package org.tomatic.system;

/**
 * Every text field has a maximum length. Each feature keeps its maxima as constants next to its record (never
 * above the column of its migration; {@code docs/limits.md} lists them all) and refuses a longer text with
 * {@link #check} before it reaches the database. A {@link ValidationException} that no page handles itself
 * becomes a 400 answer with the sentence: a page for the browser, {@code {"error": …}} for the JSON API.
 */
public final class TextLimits {

    private TextLimits() {
    }

    /** "The reason can be at most 500 characters." */
    public static String sentence(String what, int max) {
        return what + " can be at most " + max + " characters.";
    }

    /**
     * Refuses a text longer than {@code max} characters (UTF-16 units, as a browser's {@code maxlength} counts).
     *
     * @param field the form field or JSON property
     * @param what the field as the sentence starts: "The reason"
     */
    public static void check(String field, String what, String value, int max) {
        if (value != null && value.length() > max) {
            throw ValidationException.of(field, sentence(what, max));
        }
    }

    /**
     * A multi-line text with its line ends as one LF each: a browser counts a line end as one character under
     * {@code maxlength} but sends CRLF, which would push a text that fitted the box over its maximum.
     */
    public static String lineFeeds(String text) {
        return text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
