package org.tomatic.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The user guide inside the app: docs/user-guide.md (docs/user-guide.ca.md in Catalan), packed into the
 * application by the build and rendered with commonmark. Raw HTML in the Markdown is escaped and link targets
 * sanitised, so the page can only say what the Markdown says.
 */
@Controller
class GuideController {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), HeadingAnchorExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
        .escapeHtml(true).sanitizeUrls(true).build();

    private final Map<String, String> rendered = new ConcurrentHashMap<>();

    @GetMapping("/guide")
    String guide(Locale locale, Model model) {
        model.addAttribute("guide", rendered.computeIfAbsent(language(locale), GuideController::render));
        return "system/guide";
    }

    /** The guide's language for the page's: Catalan when there is a Catalan guide, English otherwise. */
    static String language(Locale locale) {
        return "ca".equals(locale.getLanguage()) && new ClassPathResource(path("ca")).exists() ? "ca" : "en";
    }

    private static String path(String language) {
        return "guide/user-guide" + ("en".equals(language) ? "" : "." + language) + ".md";
    }

    /** Markdown to HTML, raw HTML escaped and link targets sanitised. */
    static String toHtml(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }

    static String render(String language) {
        try (InputStream in = new ClassPathResource(path(language)).getInputStream()) {
            return toHtml(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("The user guide is not in the application: " + path(language), e);
        }
    }
}
