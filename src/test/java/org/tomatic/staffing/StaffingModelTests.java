package org.tomatic.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class StaffingModelTests {

    static final Target TARGET = new Target(0.8, 20, 0.05);

    static TurnDemand demand(double callsPerHour, Double handle, Double patience) {
        return new TurnDemand(DayOfWeek.MONDAY, 0, LocalTime.of(9, 0), LocalTime.of(10, 15), 8, 400, 380, 20,
            callsPerHour, handle, patience);
    }

    @Test
    void theFewestLinesThatMeetTheTarget() {
        for (double perHour : new double[] {3, 10.6, 40, 120, 600, 2900}) {
            TurnDemand d = demand(perHour, 181.0, 96.0);
            int n = StaffingModel.linesNeeded(d, TARGET, 0, 1);
            assertThat(StaffingModel.meets(StaffingModel.predict(d, n, TARGET), TARGET)).as("%s calls/h", perHour).isTrue();
            if (n > 1) {
                assertThat(StaffingModel.meets(StaffingModel.predict(d, n - 1, TARGET), TARGET)).as("%s calls/h", perHour)
                    .isFalse();
            }
        }
        // 40 calls an hour of 3 minutes are 2 Erlangs: more than 2 lines, fewer than 6
        assertThat(StaffingModel.linesNeeded(demand(40, 180.0, null), TARGET, 0, 1)).isBetween(3, 5);
    }

    @Test
    void aStricterTargetOrAbandonmentLimitNeedsMoreLines() {
        TurnDemand d = demand(120, 180.0, 60.0);
        int base = StaffingModel.linesNeeded(d, TARGET, 0, 1);
        assertThat(StaffingModel.linesNeeded(d, new Target(0.95, 20, 0.05), 0, 1)).isGreaterThan(base);
        assertThat(StaffingModel.linesNeeded(d, new Target(0.5, 20, 0.001), 0, 1)).isGreaterThan(
            StaffingModel.linesNeeded(d, new Target(0.5, 20, 1), 0, 1));
    }

    @Test
    void shrinkageAddsLinesAndTakesThemFromThePrediction() {
        TurnDemand d = demand(120, 180.0, 60.0);
        int answering = StaffingModel.linesNeeded(d, TARGET, 0, 1);
        assertThat(StaffingModel.linesNeeded(d, TARGET, 0.25, 1)).isEqualTo((int) Math.ceil(answering / 0.75));
        // 8 scheduled at 25 % shrinkage answer like 6
        assertThat(StaffingModel.predictScheduled(d, 8, TARGET, 0.25))
            .isEqualTo(StaffingModel.predict(d, 6, TARGET));
    }

    @Test
    void aTurnWithoutCallsGetsTheMinimum() {
        assertThat(StaffingModel.linesNeeded(demand(0, null, null), TARGET, 0, 1)).isEqualTo(1);
        assertThat(StaffingModel.linesNeeded(demand(0, null, null), TARGET, 0, 2)).isEqualTo(2);
        assertThat(StaffingModel.predictScheduled(demand(0, null, null), 2, TARGET, 0).serviceLevel()).isEqualTo(1);
    }

    @Test
    void nobodyScheduledAnswersNobody() {
        ErlangA.Prediction p = StaffingModel.predictScheduled(demand(40, 180.0, 60.0), 0, TARGET, 0);
        assertThat(p.serviceLevel()).isZero();
        assertThat(p.abandonRate()).isEqualTo(1);
    }

    @Test
    void targetsAreReadAsPercentSlashSeconds() {
        assertThat(Target.parse("90/30", TARGET)).isEqualTo(new Target(0.9, 30, 0.05));
        assertThat(Target.parse("85", TARGET)).isEqualTo(new Target(0.85, 20, 0.05));
        assertThat(Target.parse("85%/15s", TARGET)).isEqualTo(new Target(0.85, 15, 0.05));
        for (String wrong : new String[] {"", "abc", "80/20/5", "0/20", "120/20", "80/-1"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Target.parse(wrong, TARGET))
                .as(wrong).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("target '" + wrong + "'");
        }
    }
}
