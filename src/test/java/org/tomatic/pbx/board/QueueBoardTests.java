package org.tomatic.pbx.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tomatic.IntegrationTest;
import org.tomatic.pbx.LiveMember;
import org.tomatic.pbx.Member;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.Role;
import org.tomatic.system.AuditLog;

/** The board page, its live stream and its actions, with the roles. */
class QueueBoardTests extends IntegrationTest {

    @Autowired PersonRepository people;
    @Autowired AuditLog audit;
    @Autowired org.springframework.context.ApplicationEventPublisher events;

    @BeforeEach
    void team() {
        people.insert(new Person("anna", "Anna", null, "201", null, "ffe082", null, List.of(), 3, null, true, Role.AGENT, 0));
        people.insert(new Person("biel", "Biel", null, "202", null, "90caf9", null, List.of(), 3, null, true, Role.AGENT, 0));
        people.insert(new Person("nuria", "Núria", null, null, null, "90caf9", null, List.of(), 3, null, true, Role.AGENT, 0));
        people.insert(new Person("carla", "Carla", null, "203", null, "a5d6a7", null, List.of(), 3, null, true,
            Role.COORDINATOR, 0));
        pbx.setMembers(List.of(new Member("PJSIP/201", "Anna", null), new Member("PJSIP/202", "Biel", null)));
    }

    @Test
    void needsALogin() throws Exception {
        mvc.perform(get("/queue")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/queue/events")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/queue/pause").with(csrf()).param("member", "PJSIP/201")).andExpect(status().is3xxRedirection());
        assertThat(member("PJSIP/201").paused()).isFalse();
    }

    @Test
    void agentsSeeTheBoardAndPauseOnlyThemselves() throws Exception {
        mvc.perform(get("/queue").with(user("anna").roles("AGENT")))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("data-me=\"PJSIP/201\"")))
            .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"queue-add\""))));

        mvc.perform(post("/queue/pause").with(user("anna").roles("AGENT")).with(csrf())
                .param("member", "PJSIP/201").param("reason", "Meal"))
            .andExpect(status().isNoContent());
        assertThat(member("PJSIP/201").paused()).isTrue();
        assertThat(member("PJSIP/201").pausedReason()).isEqualTo("Meal");

        mvc.perform(post("/queue/pause").with(user("anna").roles("AGENT")).with(csrf()).param("member", "PJSIP/202"))
            .andExpect(status().isForbidden())
            .andExpect(content().string("Agents can pause and resume only themselves."));
        assertThat(member("PJSIP/202").paused()).isFalse();

        mvc.perform(post("/queue/add").with(user("anna").roles("AGENT")).with(csrf()).param("person", "carla"))
            .andExpect(status().isForbidden());
        mvc.perform(post("/queue/remove").with(user("anna").roles("AGENT")).with(csrf()).param("member", "PJSIP/202"))
            .andExpect(status().isForbidden());
        assertThat(pbx.read().members()).hasSize(2);

        mvc.perform(post("/queue/resume").with(user("anna").roles("AGENT")).with(csrf()).param("member", "PJSIP/201"))
            .andExpect(status().isNoContent());
        assertThat(member("PJSIP/201").paused()).isFalse();
        assertThat(audit.recent(5)).extracting(AuditLog.Event::action).containsSubsequence("resume", "pause");
    }

    @Test
    void coordinatorsPauseAnyoneAddAndRemove() throws Exception {
        mvc.perform(post("/queue/pause").with(user("carla").roles("COORDINATOR")).with(csrf())
                .param("member", "PJSIP/202").param("reason", "Meeting"))
            .andExpect(status().isNoContent());
        assertThat(member("PJSIP/202").pausedReason()).isEqualTo("Meeting");

        mvc.perform(post("/queue/add").with(user("carla").roles("COORDINATOR")).with(csrf()).param("person", "carla"))
            .andExpect(status().isNoContent());
        assertThat(pbx.read().member("PJSIP/203")).hasValueSatisfying(m -> assertThat(m.name()).isEqualTo("Carla"));

        mvc.perform(post("/queue/remove").with(user("carla").roles("COORDINATOR")).with(csrf()).param("member", "PJSIP/201"))
            .andExpect(status().isNoContent());
        assertThat(pbx.read().member("PJSIP/201")).isEmpty();
        assertThat(audit.recent(1).get(0).detail()).isEqualTo("PJSIP/201");
        assertThat(audit.recent(1).get(0).actor()).isEqualTo("carla");
    }

    /** Without a timetable for this week, whatever the hour, the timetable's queue is empty. */
    @Test
    void aCoordinatorResetsTheQueueToTheTimetableAndItIsAudited() throws Exception {
        mvc.perform(post("/queue/reset").with(user("anna").roles("AGENT")).with(csrf()))
            .andExpect(status().isForbidden());
        assertThat(pbx.read().members()).hasSize(2);

        mvc.perform(post("/queue/reset").with(user("carla").roles("COORDINATOR")).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                .attribute("flash", "queue.wasReset"));

        assertThat(pbx.read().members()).isEmpty();
        assertThat(audit.recent(1).get(0).actor()).isEqualTo("carla");
        assertThat(audit.recent(1).get(0).entity()).isEqualTo("queue");
        mvc.perform(get("/queue").with(user("carla").roles("COORDINATOR")))
            .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"queue-reset\"")));
    }

    @Test
    void mistakesGetAClearMessageAndChangeNothing() throws Exception {
        mvc.perform(post("/queue/add").with(user("carla").roles("COORDINATOR")).with(csrf()).param("person", "anna"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("already in queue")));
        mvc.perform(post("/queue/add").with(user("carla").roles("COORDINATOR")).with(csrf()).param("person", "nuria"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("has no extension")));
        mvc.perform(post("/queue/add").with(user("carla").roles("COORDINATOR")).with(csrf()).param("person", "ghost"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string("No person with id 'ghost'."));
        mvc.perform(post("/queue/resume").with(user("carla").roles("COORDINATOR")).with(csrf()).param("member", "PJSIP/999"))
            .andExpect(status().isBadRequest());
        assertThat(pbx.read().members()).extracting(LiveMember::memberInterface).containsExactly("PJSIP/201", "PJSIP/202");
    }

    @Test
    void theStreamSendsTheWholeBoardAtOnce() throws Exception {
        pbx.pause("PJSIP/202", "Training");
        var result = mvc.perform(get("/queue/events").with(user("anna").roles("AGENT")))
            .andExpect(request().asyncStarted()).andReturn();
        String body = result.getResponse().getContentAsString();
        assertThat(body).startsWith("event:board");
        assertThat(body).contains("\"memberInterface\":\"PJSIP/201\"").contains("\"personId\":\"anna\"")
            .contains("\"reason\":\"Training\"").contains("\"paused\":true").contains("\"queue\":\"support\"");
    }

    @Test
    void theDaysAnsweredAndAbandonedCallsComeFromTheRecordedCalls() throws Exception {
        java.time.Instant now = java.time.Instant.now();
        events.publishEvent(new org.tomatic.pbx.PbxEvent.CallerJoined(now, new org.tomatic.pbx.WaitingCaller("b1", "600", "", 1, now)));
        events.publishEvent(new org.tomatic.pbx.PbxEvent.AgentConnected(now, "PJSIP/201", "b1", "600",
            java.time.Duration.ofSeconds(3), java.time.Duration.ofSeconds(2)));
        events.publishEvent(new org.tomatic.pbx.PbxEvent.CallerJoined(now, new org.tomatic.pbx.WaitingCaller("b2", "601", "", 1, now)));
        events.publishEvent(new org.tomatic.pbx.PbxEvent.CallerAbandoned(now, "b2", java.time.Duration.ofSeconds(30)));
        var result = mvc.perform(get("/queue/events").with(user("anna").roles("AGENT")))
            .andExpect(request().asyncStarted()).andReturn();
        assertThat(result.getResponse().getContentAsString()).contains("\"answered\":1,\"abandoned\":1");
    }

    private LiveMember member(String iface) {
        return pbx.read().member(iface).orElseThrow();
    }
}
