package org.tomatic.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tomatic.IntegrationTest;
import org.tomatic.pbx.Member;
import org.tomatic.pbx.simulated.SimulatedPbx;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.Role;

/** The call page, typification, categories and the coordinators' report, with the roles. */
class CallsPageTests extends IntegrationTest {

    @Autowired PersonRepository people;
    @Autowired CallLog calls;
    @Autowired java.time.Clock clock;
    @Autowired CategoryRepository categories;
    @Autowired IncomingCalls incoming;
    @Autowired org.tomatic.callinfo.embedded.EmbeddedDemoCustomers demoCustomers;

    @BeforeEach
    void teamAndCategories() {
        people.insert(new Person("anna", "Anna", null, "201", null, "ffe082", null, List.of(), 3, null, true, Role.AGENT, 0));
        people.insert(new Person("biel", "Biel", null, "202", null, "90caf9", null, List.of(), 3, null, true, Role.AGENT, 0));
        categories.insert(new CallCategory("INV", "Invoice question", "bill factura", "ffcc80", true, 0));
        categories.insert(new CallCategory("MOVE", "Moving house", "address trasllat", "a5d6a7", true, 0));
        categories.insert(new CallCategory("OLD", "Old campaign", "", "dddddd", false, 0));
    }

    @Test
    void aCallRingingAnAgentInTheQueueIsLoggedAndMarkedAnswered() throws Exception {
        pbx.setMembers(List.of(new Member("PJSIP/201", "Anna", null)));
        ((SimulatedPbx) pbx).simulateCall("600 11 22 33");
        PhoneCall call = await(() -> calls.ofPerson("anna", 5).stream().filter(c -> c.phone().equals("600 11 22 33"))
            .findFirst().orElse(null));
        assertThat(call.phone()).isEqualTo("600 11 22 33");
        assertThat(call.source()).isEqualTo(PhoneCall.Source.PBX);
        assertThat(call.queueName()).isEqualTo("support");
        assertThat(call.callRef()).isNotBlank();
        await(() -> calls.find(call.id()).filter(PhoneCall::answered).orElse(null));
    }

    @Test
    void theAgentSeesHerCallsAndTheSearchForTheSelectedOne() throws Exception {
        PhoneCall call = incoming.receive("600112233", "201", "c1", PhoneCall.Source.EMULATED, null);
        mvc.perform(get("/calls").param("call", call.id().toString()).with(user("anna").roles("AGENT")))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("data-call-id=\"" + call.id() + "\"")))
            .andExpect(content().string(Matchers.containsString("id=\"typify-form\"")))
            .andExpect(content().string(Matchers.containsString("Invoice question")))
            .andExpect(content().string(Matchers.not(Matchers.containsString("Old campaign"))))
            .andExpect(content().string(Matchers.containsString(">to annotate<")));
        mvc.perform(get("/calls").with(user("biel").roles("AGENT")))
            .andExpect(content().string(Matchers.not(Matchers.containsString("data-call-id=\"" + call.id() + "\""))));
    }

    @Test
    void everyKindOfCallerCardRenders() throws Exception {
        demoCustomers.load();
        List<String> numbers = new java.util.ArrayList<>(org.tomatic.callinfo.embedded.EmbeddedDemoCustomers.CALLER_NUMBERS);
        numbers.add(org.tomatic.callinfo.embedded.EmbeddedDemoCustomers.UNKNOWN_CALLER_NUMBER);
        for (int i = 0; i < numbers.size(); i++) {
            PhoneCall call = incoming.receive(numbers.get(i), "201", "demo-" + i, PhoneCall.Source.EMULATED, null);
            var page = mvc.perform(get("/calls/workspace").param("call", call.id().toString()).with(user("anna").roles("AGENT")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            if (i < numbers.size() - 1) {
                assertThat(page).as(numbers.get(i)).contains("id=\"result-found\"").contains("class=\"customer card tab-panel\"");
            } else {
                assertThat(page).contains("id=\"result-none\"").contains("No customer found");
            }
        }
        mvc.perform(get("/calls").param("text", "%").param("field", "NAME").with(user("anna").roles("AGENT")))
            .andExpect(status().isOk());
    }

    @Test
    void typifyingNeedsACategoryAndKeepsWhatWasSaid() throws Exception {
        PhoneCall call = incoming.receive("600112233", "201", "c2", PhoneCall.Source.EMULATED, null);
        mvc.perform(post("/calls/{id}/typify", call.id()).with(user("anna").roles("AGENT")).with(csrf())
                .param("version", "0").param("comments", "asked about the bill"))
            .andExpect(redirectedUrl("/calls?call=" + call.id()))
            .andExpect(flash().attribute("flashError", "calls.needCategory"));
        assertThat(calls.find(call.id()).orElseThrow().typified()).isFalse();

        mvc.perform(post("/calls/{id}/typify", call.id()).with(user("anna").roles("AGENT")).with(csrf())
                .param("version", "0").param("category", "INV", "MOVE").param("customer", "17::Maria Puig")
                .param("contract", "1234567").param("comments", "asked about the bill"))
            .andExpect(flash().attribute("flash", "calls.typified"));
        PhoneCall saved = calls.find(call.id()).orElseThrow();
        assertThat(saved.categories()).containsExactly("INV", "MOVE");
        assertThat(saved.customerId()).isEqualTo("17");
        assertThat(saved.customerName()).isEqualTo("Maria Puig");
        assertThat(saved.contractNumber()).isEqualTo("1234567");
        assertThat(saved.typifiedBy()).isEqualTo("anna");

        // A second tab with the old version is refused, and the annotation stays.
        mvc.perform(post("/calls/{id}/typify", call.id()).with(user("anna").roles("AGENT")).with(csrf())
                .param("version", "0").param("category", "OLD"))
            .andExpect(flash().attributeExists("flashErrorText"));
        assertThat(calls.find(call.id()).orElseThrow().categories()).containsExactly("INV", "MOVE");

        // Disabled categories stay on the call and are shown on it.
        categories.update(new CallCategory("INV", "Invoice question", "bill", "ffcc80", false, 0));
        mvc.perform(get("/calls").param("call", call.id().toString()).with(user("anna").roles("AGENT")))
            .andExpect(content().string(Matchers.containsString("Invoice question")));

        mvc.perform(post("/calls/{id}/clear", call.id()).with(user("anna").roles("AGENT")).with(csrf())
                .param("version", String.valueOf(saved.version())))
            .andExpect(flash().attribute("flash", "calls.cleared"));
        assertThat(calls.find(call.id()).orElseThrow().typified()).isFalse();
        assertThat(calls.find(call.id()).orElseThrow().customerName()).isNull();
    }

    @Test
    void nobodyTypifiesSomeoneElsesCall() throws Exception {
        PhoneCall call = incoming.receive("600112233", "201", "c3", PhoneCall.Source.EMULATED, null);
        mvc.perform(post("/calls/{id}/typify", call.id()).with(user("biel").roles("AGENT")).with(csrf())
                .param("version", "0").param("category", "INV"))
            .andExpect(status().isForbidden());
        assertThat(calls.find(call.id()).orElseThrow().typified()).isFalse();
    }

    @Test
    void manualNotesAndEmulatedCalls() throws Exception {
        mvc.perform(post("/calls/manual").with(user("anna").roles("AGENT")).with(csrf()).param("phone", "933001122"))
            .andExpect(status().is3xxRedirection());
        assertThat(calls.ofPerson("anna", 5)).singleElement().satisfies(c -> {
            assertThat(c.source()).isEqualTo(PhoneCall.Source.MANUAL);
            assertThat(c.answered()).isTrue();
        });

        mvc.perform(post("/calls/emulate").with(user("anna").roles("AGENT")).with(csrf())
                .param("extension", "202").param("phone", "600112233"))
            .andExpect(status().isForbidden());
        mvc.perform(post("/calls/emulate").with(user("carla").roles("COORDINATOR")).with(csrf())
                .param("extension", "202").param("phone", "600112233"))
            .andExpect(flash().attributeExists("flashText"));
        assertThat(calls.ofPerson("biel", 5)).singleElement()
            .satisfies(c -> assertThat(c.source()).isEqualTo(PhoneCall.Source.EMULATED));
        mvc.perform(post("/calls/emulate").with(user("carla").roles("COORDINATOR")).with(csrf())
                .param("extension", "999").param("phone", "600112233"))
            .andExpect(flash().attribute("flashErrorText", "No active person has the extension '999'."));
    }

    @Test
    void onlyAdminsManageCategories() throws Exception {
        mvc.perform(get("/admin/call-categories").with(user("carla").roles("COORDINATOR"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/call-categories").with(user("carla").roles("COORDINATOR")).with(csrf())
                .param("code", "NEW").param("name", "New"))
            .andExpect(status().isForbidden());
        mvc.perform(post("/admin/call-categories").with(user("admin").roles("ADMIN")).with(csrf())
                .param("code", "cut").param("name", "Power cut").param("keywords", "tall llum").param("colour", "#EF9A9A"))
            .andExpect(flash().attributeExists("flashText"));
        assertThat(categories.find("CUT")).hasValueSatisfying(c -> {
            assertThat(c.name()).isEqualTo("Power cut");
            assertThat(c.colour()).isEqualTo("ef9a9a");
        });
        mvc.perform(post("/admin/call-categories").with(user("admin").roles("ADMIN")).with(csrf())
                .param("code", "CUT").param("name", "Again"))
            .andExpect(flash().attribute("flashErrorText", "There is already a category CUT."));
        mvc.perform(post("/admin/call-categories/CUT").with(user("admin").roles("ADMIN")).with(csrf())
                .param("name", "Power cut").param("colour", "#ef9a9a").param("version", "0"))
            .andExpect(flash().attributeExists("flashText"));
        assertThat(categories.find("CUT").orElseThrow().enabled()).isFalse();
    }

    @Test
    void coordinatorsGetTheReportAndItsCsv() throws Exception {
        PhoneCall a = incoming.receive("600112233", "201", "r1", PhoneCall.Source.EMULATED, null);
        incoming.receive("600112234", "201", "r2", PhoneCall.Source.EMULATED, null);
        PhoneCall manual = calls.insert(new PhoneCall(null, clock.instant(), "=1+1", "biel", null, null, null,
            PhoneCall.Source.MANUAL, true, null, null, null, null, List.of(), null, null, 0), null);
        calls.typify(a.id(), 0, List.of("INV"), "17", "Maria, Puig", null, "said \"hi\"", "anna", clock.instant());
        calls.markAnswered("r1", "anna");
        calls.markAnswered("r2", "anna");
        String today = java.time.LocalDate.now(clock).toString();

        mvc.perform(get("/calls/report").with(user("anna").roles("AGENT"))).andExpect(status().isForbidden());
        mvc.perform(get("/calls/report").with(user("carla").roles("COORDINATOR")))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Invoice question")))
            .andExpect(content().string(Matchers.containsString("3 call(s) in the period.")));
        String csv = mvc.perform(get("/calls/report.csv").param("from", today).param("to", today)
                .with(user("carla").roles("COORDINATOR")))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        assertThat(csv.split("\r\n")).hasSize(4);
        assertThat(csv).startsWith("date,time,agent,extension,number,source,answered,customer,contract,categories,comments,typified_by\r\n");
        assertThat(csv).contains(",anna,201,600112233,EMULATED,true,\"Maria, Puig\",,INV,\"said \"\"hi\"\"\",anna");
        assertThat(csv).contains(",biel,,'=1+1,MANUAL,true,");
        assertThat(manual.id()).isNotNull();
    }

    private static <T> T await(java.util.function.Supplier<T> probe) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < end) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("timed out");
    }
}
