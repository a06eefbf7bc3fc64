package org.tomatic.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Erlang C against the textbook sums computed exactly (BigDecimal factorials, a different method from the
 * recursion), Erlang A against a discrete-event simulation of M/M/n+M written here.
 */
class ErlangATests {

    private static final MathContext EXACT = new MathContext(60);

    /** Erlang C as the textbook writes it: (Aⁿ/n! · n/(n−A)) / (Σ_{k<n} Aᵏ/k! + Aⁿ/n! · n/(n−A)), exactly. */
    static double erlangCBySums(double load, int n) {
        BigDecimal a = new BigDecimal(load);
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal term = BigDecimal.ONE; // A^k / k!
        for (int k = 0; k < n; k++) {
            sum = sum.add(term);
            term = term.multiply(a).divide(BigDecimal.valueOf(k + 1), EXACT);
        }
        BigDecimal top = term.multiply(BigDecimal.valueOf(n)).divide(BigDecimal.valueOf(n).subtract(a), EXACT);
        return top.divide(sum.add(top), EXACT).doubleValue();
    }

    static Stream<Arguments> erlangCCases() {
        return Stream.of(Arguments.of(2.0, 3), Arguments.of(0.5, 1), Arguments.of(10.0, 12), Arguments.of(25.0, 26),
            Arguments.of(59.9, 60), Arguments.of(100.0, 120), Arguments.of(149.5, 150), Arguments.of(150.0, 200),
            Arguments.of(1.0, 200), Arguments.of(149.0, 200), Arguments.of(150.0, 151));
    }

    @ParameterizedTest
    @MethodSource("erlangCCases")
    void erlangCMatchesTheExactSums(double load, int n) {
        double exact = erlangCBySums(load, n);
        assertThat(ErlangA.erlangC(load, n)).isCloseTo(exact, within(1e-12 + 1e-9 * exact));

        // Service level and speed of answer of M/M/n follow from C: 1 − C·e^{−(nμ−λ)t}, C / (nμ − λ).
        double mu = 1 / 180.0;
        double lambda = load * mu;
        ErlangA.Prediction p = ErlangA.predict(lambda, mu, 0, n, 20);
        assertThat(p.probabilityOfWait()).isCloseTo(exact, within(1e-9));
        assertThat(p.serviceLevel()).isCloseTo(1 - exact * Math.exp(-(n * mu - lambda) * 20), within(1e-9));
        assertThat(p.answerSeconds()).isCloseTo(exact / (n * mu - lambda), within(1e-6 * (1 + p.answerSeconds())));
        assertThat(p.abandonRate()).isZero();
        assertThat(p.occupancy()).isCloseTo(load / n, within(1e-12));
    }

    @Test
    void erlangCWithoutASteadyStateWaitsForever() {
        ErlangA.Prediction p = ErlangA.predict(12 / 180.0, 1 / 180.0, 0, 10, 20);
        assertThat(p.probabilityOfWait()).isEqualTo(1);
        assertThat(p.serviceLevel()).isZero();
        assertThat(p.answerSeconds()).isInfinite();
    }

    @Test
    void aVanishingPatienceRateIsErlangC() {
        double mu = 1 / 180.0;
        ErlangA.Prediction c = ErlangA.predict(8 * mu, mu, 0, 10, 20);
        ErlangA.Prediction a = ErlangA.predict(8 * mu, mu, mu * 1e-6, 10, 20);
        assertThat(a.probabilityOfWait()).isCloseTo(c.probabilityOfWait(), within(1e-4));
        assertThat(a.serviceLevel()).isCloseTo(c.serviceLevel(), within(1e-4));
        assertThat(a.answerSeconds()).isCloseTo(c.answerSeconds(), within(0.05));
        assertThat(a.abandonRate()).isLessThan(1e-4);
    }

    /** Arrival, handle and patience in the units a call centre speaks: calls an hour, seconds. */
    record Case(double callsPerHour, double handleSeconds, double patienceSeconds, int lines, double threshold) {
        double lambda() { return callsPerHour / 3600; }
        double mu() { return 1 / handleSeconds; }
        double theta() { return 1 / patienceSeconds; }
    }

    static Stream<Case> simulatedCases() {
        return Stream.of(
            new Case(40, 180, 120, 3, 20),
            new Case(40, 180, 120, 2, 20),
            new Case(60, 240, 90, 5, 20),
            new Case(120, 180, 60, 6, 20),
            new Case(200, 180, 300, 11, 20),
            new Case(300, 180, 100, 14, 20),
            new Case(600, 150, 200, 27, 30),
            new Case(1200, 180, 120, 62, 20),
            new Case(3000, 180, 180, 150, 20),
            new Case(2400, 225, 90, 160, 20),
            new Case(100, 300, 30, 8, 10),
            new Case(30, 600, 600, 4, 60));
    }

    @ParameterizedTest
    @MethodSource("simulatedCases")
    void erlangAMatchesASimulationOfTheQueue(Case c) {
        Simulated s = simulate(c, 300_000, 20_000, 15);
        ErlangA.Prediction p = ErlangA.predict(c.lambda(), c.mu(), c.theta(), c.lines(), c.threshold());
        assertThat(p.serviceLevel()).as("service level of %s", c).isCloseTo(s.serviceLevel(), within(0.01));
        assertThat(p.abandonRate()).as("abandonment of %s", c).isCloseTo(s.abandonRate(), within(0.01));
        assertThat(p.probabilityOfWait()).as("waiting of %s", c).isCloseTo(s.probabilityOfWait(), within(0.015));
        assertThat(p.answerSeconds()).as("speed of answer of %s", c)
            .isCloseTo(s.answerSeconds(), within(1 + 0.05 * s.answerSeconds()));
        assertThat(p.occupancy()).as("occupancy of %s", c).isCloseTo(s.occupancy(), within(0.015));
    }

    @Test
    void abandonmentIsPatienceRateTimesQueueOverArrivals() {
        // Rate balance: callers leave the queue unanswered at θ·E[queue] per second, out of λ arriving.
        Case c = new Case(300, 180, 100, 14, 20);
        ErlangA.Prediction p = ErlangA.predict(c.lambda(), c.mu(), c.theta(), c.lines(), c.threshold());
        assertThat(p.abandonRate()).isCloseTo(c.theta() * p.meanQueue() / c.lambda(), within(1e-9));
        // and the answered load is what keeps the lines busy
        assertThat(p.occupancy() * c.lines()).isCloseTo(c.lambda() / c.mu() * (1 - p.abandonRate()), within(1e-9));
    }

    @Test
    void stableAtTheLimits() {
        double mu = 1 / 180.0;
        for (int n : new int[] {1, 2, 10, 50, 100, 150, 199, 200}) {
            for (double load : new double[] {0.01, 1, 10, 75, 149.9, 150}) {
                for (double patience : new double[] {0, 5, 60, 600, 3600}) {
                    double theta = patience == 0 ? 0 : 1 / patience;
                    ErlangA.Prediction p = ErlangA.predict(load * mu, mu, theta, n, 20);
                    for (double share : new double[] {p.probabilityOfWait(), p.serviceLevel(), p.abandonRate(),
                        p.occupancy()}) {
                        assertThat(share).as("n=%d A=%s patience=%s: %s", n, load, patience, p).isBetween(0.0, 1.0);
                    }
                    assertThat(p.answerSeconds()).as("n=%d A=%s patience=%s", n, load, patience).isNotNaN()
                        .isGreaterThanOrEqualTo(0);
                }
            }
        }
        // One line for 150 Erlangs: nearly everyone hangs up, the line is always busy.
        ErlangA.Prediction swamped = ErlangA.predict(150 * mu, mu, 1 / 60.0, 1, 20);
        assertThat(swamped.abandonRate()).isGreaterThan(0.99);
        assertThat(swamped.occupancy()).isGreaterThan(0.99);
        // 200 lines for 1 Erlang: nobody waits.
        assertThat(ErlangA.predict(mu, mu, 1 / 60.0, 200, 20).serviceLevel()).isEqualTo(1.0);
    }

    @Test
    void moreLinesNeverServeWorse() {
        double mu = 1 / 180.0;
        double lastLevel = -1;
        double lastAbandon = 2;
        for (int n = 1; n <= 200; n++) {
            ErlangA.Prediction p = ErlangA.predict(120 * mu, mu, 1 / 90.0, n, 20);
            assertThat(p.serviceLevel()).isGreaterThanOrEqualTo(lastLevel - 1e-12);
            assertThat(p.abandonRate()).isLessThanOrEqualTo(lastAbandon + 1e-12);
            lastLevel = p.serviceLevel();
            lastAbandon = p.abandonRate();
        }
        assertThat(lastLevel).isGreaterThan(0.999);
    }

    record Simulated(double serviceLevel, double abandonRate, double probabilityOfWait, double answerSeconds,
                     double occupancy) {}

    /**
     * M/M/n+M first come first served, caller by caller: each one takes the line that frees first if it frees
     * before their patience runs out; those who hang up take no line. Lines are a min-heap of the moments they free.
     */
    static Simulated simulate(Case c, int callers, int warmUp, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = c.lines();
        double[] free = new double[n];
        double now = 0;
        long counted = 0;
        long withinThreshold = 0;
        long abandoned = 0;
        long waited = 0;
        long answered = 0;
        double answeredWait = 0;
        double busyTime = 0;
        double start = 0;
        for (int i = 0; i < warmUp + callers; i++) {
            now += exponential(random, c.lambda());
            if (i == warmUp) {
                start = now;
            }
            double patience = exponential(random, c.theta());
            double handle = exponential(random, c.mu());
            double wait = Math.max(0, free[0] - now);
            boolean served = wait <= patience;
            if (served) {
                double begins = now + wait;
                free[0] = begins + handle;
                siftDown(free);
            }
            if (i < warmUp) {
                continue;
            }
            counted++;
            if (wait > 0) {
                waited++;
            }
            if (served) {
                answered++;
                answeredWait += wait;
                busyTime += handle;
                if (wait <= c.threshold()) {
                    withinThreshold++;
                }
            } else {
                abandoned++;
            }
        }
        double span = now - start;
        return new Simulated((double) withinThreshold / counted, (double) abandoned / counted,
            (double) waited / counted, answeredWait / answered, busyTime / span / n);
    }

    private static double exponential(SplittableRandom random, double rate) {
        return -Math.log(1 - random.nextDouble()) / rate;
    }

    /** Restores the min-heap after its root grew. */
    private static void siftDown(double[] heap) {
        int i = 0;
        double value = heap[0];
        while (true) {
            int child = 2 * i + 1;
            if (child >= heap.length) {
                break;
            }
            if (child + 1 < heap.length && heap[child + 1] < heap[child]) {
                child++;
            }
            if (heap[child] >= value) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = value;
    }
}
