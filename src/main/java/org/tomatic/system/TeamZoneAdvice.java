package org.tomatic.system;

import java.time.ZoneId;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the team's zone in every page model, as {@code teamZone}, so templates show instants in it:
 * {@code #temporals.format(x.atZone(teamZone), 'HH:mm')}.
 */
@ControllerAdvice
class TeamZoneAdvice {

    private final ObjectProvider<TeamTime> teamTime;

    TeamZoneAdvice(ObjectProvider<TeamTime> teamTime) {
        this.teamTime = teamTime;
    }

    @ModelAttribute("teamZone")
    ZoneId teamZone() {
        TeamTime t = teamTime.getIfAvailable();
        // Slice tests without the turn grid: pages there show no instants that matter.
        return t == null ? ZoneId.of("UTC") : t.zone();
    }
}
