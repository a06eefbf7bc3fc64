package org.tomatic.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The stylesheet's colour tokens give text that passes WCAG AA (contrast ratio ≥ 4.5:1) in both themes, for every
 * pair of text and background the stylesheet puts together.
 */
class PaletteContrastTests {

    private static final Path CSS = Path.of("src/main/resources/static/css/tomatic.css");
    private static final Pattern TOKEN = Pattern.compile("--([a-z-]+):\\s*(#[0-9a-fA-F]{3,6})\\b");

    /** Text token on background token, as the stylesheet uses them. */
    private static final String[][] PAIRS = {
        {"fg", "bg"}, {"fg", "card"}, {"fg", "neutral"}, {"fg", "neutral-soft"}, {"fg", "selected"},
        {"muted", "bg"}, {"muted", "card"}, {"muted", "neutral"},
        {"link", "bg"}, {"link", "card"},
        {"on-accent", "accent"}, {"on-accent", "danger"},
        {"ok-fg", "ok-bg"}, {"bad-fg", "bad-bg"}, {"bad-fg", "card"}, {"bad-fg", "bg"},
        {"warn-fg", "warn-bg"}, {"warn-fg", "bg"}, {"warn-fg", "card"},
        {"fg", "warn-bg"}, {"fg", "ok-bg"}, {"fg", "bad-bg"}};

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void everyTextColourPassesAaOnItsBackgrounds(String theme) throws Exception {
        Map<String, String> tokens = tokens(theme);
        List<String> failing = new ArrayList<>();
        for (String[] pair : PAIRS) {
            assertThat(tokens).as(theme + " defines --" + pair[0] + " and --" + pair[1]).containsKeys(pair[0], pair[1]);
            double ratio = contrast(tokens.get(pair[0]), tokens.get(pair[1]));
            if (ratio < 4.5) {
                failing.add(String.format("--%s on --%s: %.2f", pair[0], pair[1], ratio));
            }
        }
        assertThat(failing).as(theme + " pairs under 4.5:1").isEmpty();
    }

    /** The dark theme by the system's preference and by the person's choice are the same palette. */
    @org.junit.jupiter.api.Test
    void bothWaysToDarkGiveTheSamePalette() throws Exception {
        String css = Files.readString(CSS);
        assertThat(block(css, ":root:not([data-theme=\"light\"]) {"))
            .isEqualTo(block(css, ":root[data-theme=\"dark\"] {")).isNotEmpty();
    }

    /** The check itself: black on white is 21:1, and a known pair fails. */
    @ParameterizedTest
    @ValueSource(strings = {"#000"})
    void theRatioIsWcags(String black) {
        assertThat(contrast(black, "#fff")).isEqualTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(contrast("#777", "#fafaf7")).isLessThan(4.5);
        assertThat(contrast("#767676", "#fff")).isGreaterThan(4.5);
    }

    /** The light tokens are :root's own; the dark ones the html[data-theme="dark"] block's, over the light. */
    private static Map<String, String> tokens(String theme) throws Exception {
        String css = Files.readString(CSS);
        Map<String, String> tokens = new HashMap<>(block(css, ":root {"));
        if (theme.equals("dark")) {
            tokens.putAll(block(css, ":root[data-theme=\"dark\"] {"));
        }
        return tokens;
    }

    private static Map<String, String> block(String css, String opening) {
        int start = css.indexOf(opening);
        assertThat(start).as("the stylesheet has " + opening).isNotNegative();
        String body = css.substring(start, css.indexOf('}', start));
        Map<String, String> tokens = new HashMap<>();
        Matcher m = TOKEN.matcher(body);
        while (m.find()) {
            tokens.put(m.group(1), m.group(2));
        }
        return tokens;
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        String h = hex.substring(1);
        if (h.length() == 3) {
            h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        }
        double r = channel(Integer.parseInt(h.substring(0, 2), 16));
        double g = channel(Integer.parseInt(h.substring(2, 4), 16));
        double bl = channel(Integer.parseInt(h.substring(4, 6), 16));
        return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
