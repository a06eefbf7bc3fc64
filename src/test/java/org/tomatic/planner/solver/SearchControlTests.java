package org.tomatic.planner.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class SearchControlTests {

    @Test
    void aStoppedSearchKeepsTheBestTimetableFoundSoFar() throws Exception {
        Problem problem = InstanceJson.read(org.tomatic.SharedBench.instance("syn-150p-5d-8h-25L"));
        SearchControl control = new SearchControl();
        AtomicReference<Solution> result = new AtomicReference<>();
        Thread search = new Thread(() -> result.set(TimetableSolver.solve(problem,
            new SolverSettings(Duration.ofSeconds(60), 2, 3, true), p -> control.stop(), control)));
        long start = System.nanoTime();
        search.start();
        search.join(30_000);

        assertThat(search.isAlive()).isFalse();
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(20);
        assertThat(result.get()).isNotNull();
        assertThat(result.get().cost().total()).isGreaterThanOrEqualTo(7035);
        assertThat(control.stopRequested()).isTrue();
    }

    @Test
    void aBrokenInstanceFileIsAClearError() throws Exception {
        Path file = java.nio.file.Files.createTempFile("broken", ".json");
        java.nio.file.Files.writeString(file, "{\"days\": [\"dl\"], \"nHours\": 4}");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> InstanceJson.read(file))
            .isInstanceOf(UnsolvableException.class).hasMessageContaining("missing field 'maxPerDay'");
        java.nio.file.Files.writeString(file, "{not json");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> InstanceJson.read(file))
            .isInstanceOf(UnsolvableException.class).hasMessageContaining("not valid JSON");
    }
}
