package org.tomatic.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.tomatic.legacy.LegacyImporter;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.PersonService;
import org.tomatic.people.Role;

/** What an agent can and cannot do, in Catalan; and an administrator importing an old installation. */
class AgentAndAdminJourneyTests extends BrowserTest {

    @Autowired
    PersonRepository people;

    @Autowired
    PersonService personService;

    @Autowired
    LegacyImporter importer;

    @Test
    void anAgentWorksInCatalanAndOnlyOnTheirOwnAvailability() throws Exception {
        importer.importDirectory(Path.of("src/test/resources/legacy/sample"), null, false, "test");
        assertThat(people.findById("pau").orElseThrow().role()).isEqualTo(Role.AGENT);
        personService.setPassword("pau", "contrasenya-pau", "test");

        logIn("pau", "contrasenya-pau");
        browser.get(baseUrl() + "/?lang=ca");
        assertThat(browser.findElement(By.tagName("nav")).getText()).contains("Persones", "Planificació", "Jo");
        click(By.xpath("//nav//summary[normalize-space()='Jo']"));
        until(d -> d.findElement(By.tagName("nav")).getText().contains("La meva disponibilitat"));
        Browser.screenshot(browser, "10-home-ca");

        browser.get(baseUrl() + "/people");
        assertThat(browser.findElements(By.id("new-person"))).as("agents cannot create people").isEmpty();
        Browser.screenshot(browser, "11-people-ca");

        browser.get(baseUrl() + "/people/anna/availability");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Disponibilitat de");
        assertThat(browser.findElements(By.id("busy-form"))).as("no form on someone else's page").isEmpty();
        assertThat(browser.findElements(By.linkText("edita"))).isEmpty();
        Browser.screenshot(browser, "12-someone-else-ca");

        browser.get(baseUrl() + "/people/anna/edit");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("No permès");
    }

    @Test
    void anAdminImportsAnOldInstallationFromTheBrowser() throws Exception {
        Path zip = Files.createTempFile("tomatic-data", ".zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip));
             var files = Files.walk(Path.of("src/test/resources/legacy/sample"))) {
            Path root = Path.of("src/test/resources/legacy/sample");
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new java.util.zip.ZipEntry(root.relativize(f).toString()));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        logIn("admin", Files.readString(Path.of("target/test-data/initial-admin-password")).trim());

        browser.get(baseUrl() + "/admin/legacy");
        type(By.id("legacy-file"), zip.toAbsolutePath().toString());
        click(By.id("legacy-import"));
        until(ExpectedConditions.alertIsPresent()).accept();
        textContaining(By.id("import-report"), "dry run: nothing was changed");
        Browser.screenshot(browser, "20-import-dry-run");

        type(By.id("legacy-file"), zip.toAbsolutePath().toString());
        click(By.id("legacy-dry-run"));
        click(By.id("legacy-import"));
        until(ExpectedConditions.alertIsPresent()).accept();
        textContaining(By.id("import-report"), "imported;");

        browser.get(baseUrl() + "/people");
        assertThat(browser.findElement(By.id("people-table")).findElements(By.cssSelector("tbody tr")).size())
            .isGreaterThan(3);
        Browser.screenshot(browser, "21-people-after-import");
    }
}
