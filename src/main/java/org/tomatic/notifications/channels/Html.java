package org.tomatic.notifications.channels;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A plain-text message as a simple HTML email: escaped, lines kept, addresses as links. */
public final class Html {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");

    private Html() {
    }

    public static String ofText(String subject, String text) {
        StringBuilder html = new StringBuilder(
            "<!DOCTYPE html><html><body style=\"font-family: sans-serif; line-height: 1.4\">");
        if (subject != null && !subject.isBlank()) {
            html.append("<h2 style=\"font-size: 1.1em\">").append(escape(subject)).append("</h2>");
        }
        html.append("<p>").append(body(text == null ? "" : text)).append("</p></body></html>");
        return html.toString();
    }

    static String body(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = URL.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(escape(text.substring(last, m.start())));
            String url = escape(m.group());
            out.append("<a href=\"").append(url).append("\">").append(url).append("</a>");
            last = m.end();
        }
        out.append(escape(text.substring(last)));
        return out.toString().replace("\r\n", "\n").replace("\n", "<br>\n");
    }

    public static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
