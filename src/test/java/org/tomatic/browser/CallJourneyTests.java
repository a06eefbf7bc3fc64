package org.tomatic.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tomatic.callinfo.embedded.EmbeddedDemoCustomers;
import org.tomatic.calls.CallCategory;
import org.tomatic.calls.CallLog;
import org.tomatic.calls.CategoryRepository;
import org.tomatic.calls.PhoneCall;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.Role;

/** A call rings the logged-in agent: the customer pops on her screen, she says what it was about, it is in her list. */
class CallJourneyTests extends BrowserTest {

    @Autowired PersonRepository people;
    @Autowired PasswordEncoder encoder;
    @Autowired EmbeddedDemoCustomers demoCustomers;
    @Autowired CategoryRepository categories;
    @Autowired CallLog calls;

    @Test
    void aCallPopsIsTypifiedAndListed() throws Exception {
        demoCustomers.load();
        categories.insert(new CallCategory("INV", "Invoice question", "bill factura", "ffcc80", true, 0));
        categories.insert(new CallCategory("MOVE", "Moving house", "address trasllat", "a5d6a7", true, 0));
        people.insert(new Person("anna", "Anna", null, "201", null, "ffe082", null, List.of(), 3, null, true, Role.AGENT, 0));
        people.setPasswordHash("anna", encoder.encode("journey-password"));
        logIn("anna", "journey-password");
        browser.get(baseUrl() + "/calls");
        present(By.id("call-workspace"));
        live();

        // The PBX's dialplan tells Tomatic: this number rings extension 201.
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/calls/incoming"))
                .header("Authorization", "Bearer " + INCOMING_TOKEN)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("phone=%2B34%20600%20100%20002&extension=201&callId=journey-1")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(202);
        PhoneCall call = calls.ofPerson("anna", 1).get(0);

        textContaining(By.cssSelector("#result-found .customer .alerts"), "unpaid invoice(s)");
        until(ExpectedConditions.urlMatches("/calls\\?call=" + call.id() + "$"));
        textContaining(By.cssSelector("li.selected"), "+34 600 100 002", "to annotate");
        Browser.screenshot(browser, "60-call-pop");

        click(By.cssSelector(".load-details"));
        present(By.cssSelector(".contract-details table.invoices"));

        By save = By.id("typify-save");
        assertThat(browser.findElement(save).isEnabled()).as("nothing chosen yet").isFalse();
        type(By.id("category-filter"), "factura");
        until(d -> d.findElement(By.cssSelector(".choice[data-words*='moving']")).isDisplayed() ? null : true);
        click(By.cssSelector(".choice input[value='INV']"));
        type(By.name("comments"), "Wants to pay the two invoices by transfer");
        click(save);

        textIs(By.cssSelector("li.selected .chip"), "Invoice question");
        until(d -> d.findElement(By.cssSelector("li.selected")).getText().contains("to annotate") ? null : true);
        PhoneCall saved = calls.find(call.id()).orElseThrow();
        assertThat(saved.categories()).containsExactly("INV");
        assertThat(saved.customerName()).isNotBlank();
        assertThat(saved.comments()).isEqualTo("Wants to pay the two invoices by transfer");
        Browser.screenshot(browser, "61-call-typified");
    }
}
