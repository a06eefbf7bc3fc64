package org.tomatic.staffing;

/**
 * The M/M/n+M queue (Erlang A): Poisson arrivals, exponential handle times, exponential patience, n agents,
 * first come first served; Erlang C is its case without abandonment (patience rate 0). Plain Java, no Spring.
 *
 * <p>The stationary distribution of the number of callers in the system is computed in log space (no factorial,
 * no overflow, n up to a few hundred and loads of hundreds of Erlangs). A caller who arrives with m callers waiting
 * ahead is answered if the m + 1 stages before a line frees for them (each ending at rate nμ + iθ, i = m … 0) end
 * before their own patience: with probability a<sub>m</sub> = Π nμ + iθ / (nμ + (i+1)θ), and then within t
 * seconds with the probability that a sum of exponentials of rates nμ + (i+1)θ is ≤ t, which is a negative
 * binomial tail (the (m+1)-th of several exponential clocks): every term positive, summed in log space.
 */
public final class ErlangA {

    /** Weights below the largest by more than this factor (e^-45) are left out of the tail. */
    private static final double NEGLIGIBLE_LOG = -45;
    /** A patience rate this small relative to the handle rate is no abandonment at all (Erlang C). */
    private static final double NO_ABANDONMENT = 1e-9;
    private static final int MAX_TAIL = 5_000_000;

    private ErlangA() {
    }

    /**
     * What n lines give.
     *
     * @param probabilityOfWait share of arriving callers who find every line busy
     * @param serviceLevel      share of all arriving callers answered within the threshold (abandoners are not)
     * @param answerSeconds     average wait of the answered callers (average speed of answer);
     *                          {@code Double.POSITIVE_INFINITY} when the queue grows without end (Erlang C, load ≥ n)
     * @param abandonRate       share of arriving callers who hang up before an answer
     * @param occupancy         share of the lines' time spent handling calls
     * @param meanQueue         average number of callers waiting
     */
    public record Prediction(double probabilityOfWait, double serviceLevel, double answerSeconds, double abandonRate,
                             double occupancy, double meanQueue) {}

    /**
     * @param arrivalRate  λ, callers per second
     * @param handleRate   μ = 1 / mean handle time, per second
     * @param patienceRate θ = 1 / mean patience, per second; 0 = nobody hangs up (Erlang C)
     * @param lines        n ≥ 1
     * @param threshold    the service level's answer time, seconds
     */
    public static Prediction predict(double arrivalRate, double handleRate, double patienceRate, int lines,
                                     double threshold) {
        if (lines < 1 || !(handleRate > 0) || arrivalRate < 0 || patienceRate < 0 || threshold < 0) {
            throw new IllegalArgumentException("Erlang A needs n ≥ 1, μ > 0, λ ≥ 0, θ ≥ 0, t ≥ 0: n=" + lines
                + " μ=" + handleRate + " λ=" + arrivalRate + " θ=" + patienceRate + " t=" + threshold);
        }
        if (arrivalRate == 0) {
            return new Prediction(0, 1, 0, 0, 0, 0);
        }
        if (patienceRate < NO_ABANDONMENT * handleRate) {
            return erlangC(arrivalRate, handleRate, lines, threshold);
        }
        return erlangA(arrivalRate, handleRate, patienceRate, lines, threshold);
    }

    /** Erlang B by its recursion B(k) = A·B(k−1) / (k + A·B(k−1)): always in [0, 1], no overflow. */
    public static double erlangB(double offeredLoad, int lines) {
        double b = 1;
        for (int k = 1; k <= lines; k++) {
            b = offeredLoad * b / (k + offeredLoad * b);
        }
        return b;
    }

    /** The probability of waiting in M/M/n (Erlang C), 1 when the load is at least n (no steady state). */
    public static double erlangC(double offeredLoad, int lines) {
        if (offeredLoad >= lines) {
            return 1;
        }
        double b = erlangB(offeredLoad, lines);
        double rho = offeredLoad / lines;
        return b / (1 - rho * (1 - b));
    }

    static Prediction erlangC(double arrivalRate, double handleRate, int lines, double threshold) {
        double load = arrivalRate / handleRate;
        if (load >= lines) {
            return new Prediction(1, 0, Double.POSITIVE_INFINITY, 0, 1, Double.POSITIVE_INFINITY);
        }
        double c = erlangC(load, lines);
        double drain = lines * handleRate - arrivalRate;
        double level = 1 - c * Math.exp(-drain * threshold);
        double asa = c / drain;
        return new Prediction(c, level, asa, 0, load / lines, arrivalRate * asa);
    }

    static Prediction erlangA(double lambda, double mu, double theta, int n, double t) {
        // log weights of the states 0 … n + tail, relative to state n
        double[] below = new double[n];
        double w = 0;
        for (int k = n; k >= 1; k--) {
            w += Math.log(k * mu / lambda);
            below[k - 1] = w;
        }
        double[] tail = new double[64];
        tail[0] = 0;
        int size = 1;
        double max = 0;
        for (int k = 0; k < n; k++) {
            max = Math.max(max, below[k]);
        }
        double l = 0;
        for (int j = 1; ; j++) {
            double step = Math.log(lambda / (n * mu + j * theta));
            l += step;
            max = Math.max(max, l);
            if (size == tail.length) {
                tail = java.util.Arrays.copyOf(tail, size * 2);
            }
            tail[size++] = l;
            if (step < 0 && l - max < NEGLIGIBLE_LOG) {
                break;
            }
            if (size > MAX_TAIL) {
                throw new IllegalArgumentException("queue too long to compute: λ=" + lambda + " n=" + n + " θ=" + theta);
            }
        }
        double total = 0;
        for (int k = 0; k < n; k++) {
            total += Math.exp(below[k] - max);
        }
        for (int m = 0; m < size; m++) {
            total += Math.exp(tail[m] - max);
        }
        double logTotal = Math.log(total) + max;

        double free = 0;
        for (int k = 0; k < n; k++) {
            free += Math.exp(below[k] - logTotal);
        }
        double wait = 0;
        double served = 0;
        double within = 0;
        double servedWait = 0;
        double queue = 0;
        // a: answered at all; b: E[wait · answered]; stages of rates c_i = nμ + (i+1)θ, a negative binomial tail
        double a = 1;
        double logA = 0;
        double b = 0;
        double abandon = 0;
        double shape = n * mu / theta + 1;
        double p = -Math.expm1(-theta * t);
        double logP = Math.log(p);
        double logTerm = -theta * t * shape;
        double notYet = 0;
        for (int m = 0; m < size; m++) {
            double pi = Math.exp(tail[m] - logTotal);
            double forward = n * mu + m * theta;
            double leave = forward + theta;
            b = forward / leave * (a / leave + b);
            logA += Math.log1p(-theta / leave);
            a = Math.exp(logA);
            abandon += pi * -Math.expm1(logA);
            if (m > 0) {
                logTerm += Math.log((shape + m - 1) / m) + logP;
            }
            notYet += Math.exp(logTerm);
            double withinT = Math.max(0, 1 - notYet);
            wait += pi;
            served += pi * a;
            within += pi * a * withinT;
            servedWait += pi * b;
            queue += pi * m;
        }
        abandon = Math.min(1, abandon);
        double answered = free + served;
        double level = Math.min(1, free + within);
        double asa = answered == 0 ? 0 : servedWait / answered;
        double occupancy = Math.min(1, lambda * answered / mu / n);
        return new Prediction(Math.min(1, wait), level, asa, abandon, occupancy, queue);
    }
}
