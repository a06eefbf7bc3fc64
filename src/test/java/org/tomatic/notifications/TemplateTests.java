package org.tomatic.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tomatic.IntegrationTest;
import org.tomatic.system.AuditLog;

/** Message templates: Catalan and English defaults from the bundles, administrators' overrides, reset, preview. */
class TemplateTests extends IntegrationTest {

    static final Locale CA = Locale.forLanguageTag("ca");

    @Autowired MessageTemplates templates;
    @Autowired PersonLanguages languages;
    @Autowired AuditLog audit;

    @Test
    void defaultsInCatalanAndEnglish() {
        assertThat(templates.render(Template.SAYS, CA, "Hola", "carla"))
            .isEqualTo(new MessageTemplates.Rendered("El Tomàtic diu", "Hola"));
        assertThat(templates.render(Template.SAYS, Locale.ENGLISH, "Hello", "carla"))
            .isEqualTo(new MessageTemplates.Rendered("Tomatic says", "Hello"));
        MessageTemplates.Rendered published = templates.render(Template.TIMETABLE_PUBLISHED, CA, "30/11/2026", "Carla",
            "3", "https://t.example/timetable");
        assertThat(published.subject()).isEqualTo("Publicat l'horari de la setmana del 30/11/2026");
        assertThat(published.text()).isEqualTo(
            "Carla ha publicat l'horari de la setmana del 30/11/2026 (3 caselles canviades).\nhttps://t.example/timetable");
        assertThat(templates.render(Template.TIMETABLE_PUBLISHED, Locale.ENGLISH, "30/11/2026", "Carla", "3", "").text())
            .isEqualTo("Carla published the timetable of the week of 30/11/2026 (3 cells changed).");
        assertThat(templates.defaultPattern(Template.TURN_WARNING, Template.Part.TEXT, CA))
            .isEqualTo("A les {0} (d'aquí a {1} minuts) comença el torn {3}. Al telèfon:\n{2}");
    }

    @Test
    void anAdminOverrideIsUsedAndResetGoesBackToTheDefault() throws Exception {
        mvc.perform(post("/admin/templates/says/ca/text").with(user("admin").roles("ADMIN")).with(csrf())
                .param("body", "L'equip diu: {0} (de {1})"))
            .andExpect(redirectedUrl("/admin/templates#says"))
            .andExpect(flash().attribute("flash", "templates.saved"));

        assertThat(templates.render(Template.SAYS, CA, "hola", "carla").text()).isEqualTo("L'equip diu: hola (de carla)");
        assertThat(templates.render(Template.SAYS, Locale.ENGLISH, "hello", "carla").text()).isEqualTo("hello");
        mvc.perform(get("/admin/templates").with(user("admin").roles("ADMIN")))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.allOf(Matchers.containsString("L&#39;equip diu: {0} (de {1})"),
                    Matchers.containsString(">edited<"), Matchers.containsString("the message"),
                    Matchers.containsString("L&#39;equip diu: Avui hi ha tall de llum a les 13:00. (de carla)"))));
        assertThat(audit.recent(5)).anySatisfy(e -> {
            assertThat(e.entityId()).isEqualTo("says.text/ca");
            assertThat(e.action()).isEqualTo("update");
        });

        mvc.perform(post("/admin/templates/says/ca/text/reset").with(user("admin").roles("ADMIN")).with(csrf()))
            .andExpect(flash().attribute("flash", "templates.wasReset"));
        assertThat(templates.render(Template.SAYS, CA, "hola", "carla").text()).isEqualTo("hola");
        assertThat(templates.override(Template.SAYS, Template.Part.TEXT, CA)).isEmpty();
    }

    @Test
    void aTemplateThatCannotBeUsedIsRefused() throws Exception {
        mvc.perform(post("/admin/templates/says/en/text").with(user("admin").roles("ADMIN")).with(csrf())
                .param("body", "Hello {7}"))
            .andExpect(flash().attribute("flashErrorText", Matchers.containsString("{7} does not exist")));
        mvc.perform(post("/admin/templates/says/en/subject").with(user("admin").roles("ADMIN")).with(csrf())
                .param("body", "Hello {"))
            .andExpect(flash().attribute("flashErrorText", Matchers.containsString("cannot be used")));
        assertThat(templates.override(Template.SAYS, Template.Part.TEXT, Locale.ENGLISH)).isEmpty();
        assertThat(templates.override(Template.SAYS, Template.Part.SUBJECT, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void thePreviewFormatsAnEditWithSampleValues() throws Exception {
        mvc.perform(post("/admin/templates/preview").with(user("admin").roles("ADMIN")).with(csrf())
                .param("key", "turn-warning").param("lang", "en").param("body", "At {0}, it's: {2}"))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("At 10:15, it&#39;s: - L1: Anna (201)\n- L2: Biel (202)")));
    }

    @Test
    void onlyAdministratorsEditTemplates() throws Exception {
        mvc.perform(get("/admin/templates").with(user("coordina").roles("COORDINATOR"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/templates/says/ca/text").with(user("coordina").roles("COORDINATOR")).with(csrf())
            .param("body", "x")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/templates/says/ca/text").with(user("admin").roles("ADMIN")).param("body", "x"))
            .andExpect(status().isForbidden());
        assertThat(templates.override(Template.SAYS, Template.Part.TEXT, CA)).isEmpty();
    }

    @Test
    void personalMessagesFollowTheLanguageAPersonPicked() throws Exception {
        assertThat(languages.of("anna")).isEqualTo(CA);
        mvc.perform(get("/").param("lang", "en").with(user("anna").roles("AGENT"))).andExpect(status().isOk());
        assertThat(languages.of("anna")).isEqualTo(Locale.ENGLISH);
        mvc.perform(get("/").param("lang", "ca").with(user("anna").roles("AGENT")));
        assertThat(languages.of("anna")).isEqualTo(CA);
        mvc.perform(get("/").param("lang", "xx").with(user("anna").roles("AGENT")));
        assertThat(languages.known("anna")).contains("ca");
    }
}
