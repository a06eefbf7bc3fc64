package org.tomatic.planner;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * tomatic.planner.*: the default time limit of a run, and the §3 desk rule (0 = off): at most
 * max-per-desk people of one desk on the phone in a turn, and shared-desk-cost per pair of them.
 */
@ConfigurationProperties("tomatic.planner")
public record PlannerSettings(@DefaultValue("60s") Duration timeLimit, @DefaultValue("0") int maxPerDesk,
                              @DefaultValue("0") int sharedDeskCost) {}
