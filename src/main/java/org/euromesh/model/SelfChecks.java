package org.euromesh.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The invariants of MODEL.md §6 that the model itself can verify (checks 1-5 and 7; check 6 is
 * the loader's, check 8 the report's). Each failure names the check, the values and the inputs
 * to look at, by {@link InputGroup}; {@code org.euromesh.data.DataFiles} names their files.
 */
public final class SelfChecks {

    private SelfChecks() {
    }

    /** Outcome of one check: {@code PASSED}, {@code FAILED} (stops the build) or {@code SKIPPED} (with the reason). */
    public enum Status { PASSED, FAILED, SKIPPED }

    /** What to do about a check that did not pass: "check the lead times in" the scenarios; {@link #NONE} when nothing. */
    public record Advice(String action, List<InputGroup> inputs) {
        public static final Advice NONE = new Advice("", List.of());

        public Advice {
            inputs = List.copyOf(inputs);
            if (action.isBlank() != inputs.isEmpty()) {
                throw new IllegalArgumentException("advice needs both an action and the inputs it names");
            }
        }

        static Advice of(String action, InputGroup... inputs) {
            return new Advice(action, List.of(inputs));
        }
    }

    /** One check's outcome; {@code message} is empty when it passed and leaves the files to {@code advice}. */
    public record Check(int number, String name, Status status, String message, Advice advice) {
        Check(int number, String name, Status status, String message) {
            this(number, name, status, message, Advice.NONE);
        }

        public boolean failed() {
            return status == Status.FAILED;
        }
    }

    public static List<Check> run(ModelResults r) {
        List<Check> checks = new ArrayList<>();
        checks.add(bandMonotone(r));
        checks.add(cumulativeNeverDecreases(r));
        checks.add(alphaWithinBounds(r));
        checks.add(censoringHonest(r));
        checks.add(scorecardBounded(r));
        checks.add(monteCarloOrdered(r));
        return List.copyOf(checks);
    }

    static Check bandMonotone(ModelResults r) {
        String name = "scenario band monotone";
        List<String> order = Scenario.PUBLISHED;
        if (!r.inputs().scenarios().stream().map(Scenario::name).toList().containsAll(order)) {
            return new Check(1, name, Status.SKIPPED, "the three published scenarios are not all present");
        }
        Parameters o = r.scenario("optimistic").parameters();
        Parameters b = r.scenario("baseline").parameters();
        Parameters p = r.scenario("pessimistic").parameters();
        boolean ordered = o.tauMegaYears() <= b.tauMegaYears() && b.tauMegaYears() <= p.tauMegaYears()
                && o.tauMediumYears() <= b.tauMediumYears() && b.tauMediumYears() <= p.tauMediumYears();
        if (!ordered) {
            return new Check(1, name, Status.SKIPPED, "the scenario lead times are not ordered optimistic <= baseline <= pessimistic"
                    + " (a what-if?), so the band need not be monotone", Advice.of("see", InputGroup.SCENARIOS));
        }
        String target = r.inputs().headlineTarget();
        double go = r.scenario("optimistic").delivery(target).gapFractional();
        double gb = r.scenario("baseline").delivery(target).gapFractional();
        double gp = r.scenario("pessimistic").delivery(target).gapFractional();
        if (gp >= gb && gb >= go) {
            return new Check(1, name, Status.PASSED, "");
        }
        return new Check(1, name, Status.FAILED, String.format(Locale.ROOT,
                "gaps for %s are optimistic %.2f, baseline %.2f, pessimistic %.2f months; expected pessimistic >= baseline >= optimistic",
                target, go, gb, gp), Advice.of("check the lead times in", InputGroup.SCENARIOS));
    }

    static Check cumulativeNeverDecreases(ModelResults r) {
        String name = "cumulative compute never decreases and starts after commissioning";
        for (ScenarioResult s : r.scenarios()) {
            Parameters p = s.parameters();
            String problem = rampProblem("mesh", s.meshMonthlyFlop(), s.meshCumulativeFlop(), Pathways.meshStartMonth(p, 0));
            if (problem.isEmpty()) {
                problem = rampProblem("campus", s.campusMonthlyFlop(), s.campusCumulativeFlop(), Pathways.campusStartMonth(p));
            }
            if (!problem.isEmpty()) {
                return new Check(2, name, Status.FAILED, "scenario " + s.scenario() + ": " + problem,
                        Advice.of("check", InputGroup.SCENARIOS, InputGroup.TRAINING));
            }
        }
        return new Check(2, name, Status.PASSED, "");
    }

    private static String rampProblem(String pathway, double[] monthly, double[] cum, int start) {
        for (int m = 0; m < monthly.length; m++) {
            if (!(monthly[m] >= 0)) {
                return String.format(Locale.ROOT, "%s compute in month %d is %s", pathway, m, monthly[m]);
            }
            if (m < start && monthly[m] != 0) {
                return String.format(Locale.ROOT, "%s accrues %.3e FLOP in month %d, before its first month %d", pathway, monthly[m], m, start);
            }
            if (m > 0 && cum[m] < cum[m - 1]) {
                return String.format(Locale.ROOT, "%s cumulative compute falls in month %d", pathway, m);
            }
        }
        return "";
    }

    static Check alphaWithinBounds(ModelResults r) {
        String name = "1 <= alpha <= alpha_cap";
        Parameters p = r.inputs().headlineParameters();
        for (Efficiency.Row row : r.efficiency()) {
            if (row.alpha() < 1 || row.alpha() > p.alphaCap()) {
                return new Check(3, name, Status.FAILED, String.format(Locale.ROOT,
                        "alpha(H=%s, M=%d) = %.4f is outside [1, %.4f]",
                        row.innerSteps(), row.replicas(), row.alpha(), p.alphaCap()), Advice.of("check", InputGroup.TRAINING));
            }
        }
        for (int m = 1; m <= p.maxReplicas(); m++) {
            double a = Efficiency.alpha(p, m);
            if (a < 1 || a > p.alphaCap()) {
                return new Check(3, name, Status.FAILED, String.format(Locale.ROOT,
                        "alpha(M=%d) = %.4f is outside [1, %.4f]", m, a, p.alphaCap()), Advice.of("check", InputGroup.TRAINING));
            }
        }
        return new Check(3, name, Status.PASSED, "");
    }

    static Check censoringHonest(ModelResults r) {
        String name = "censored deliveries reported as censored";
        for (ScenarioResult s : r.scenarios()) {
            for (ScenarioResult.TargetDelivery d : s.deliveries()) {
                String problem = censoringProblem(d.mesh(), s.meshCumulativeFlop(), d.target());
                if (problem.isEmpty()) {
                    problem = censoringProblem(d.campus(), s.campusCumulativeFlop(), d.target());
                }
                if (!problem.isEmpty()) {
                    return new Check(4, name, Status.FAILED, "scenario " + s.scenario() + ": " + problem);
                }
            }
        }
        return new Check(4, name, Status.PASSED, "");
    }

    private static String censoringProblem(Delivery d, double[] cum, Target t) {
        double c = t.requiredFlop();
        double total = cum[cum.length - 1];
        if (d instanceof Delivery.Delivered del) {
            if (del.month() >= cum.length || cum[del.month()] < c) {
                return "target " + t.id() + " reported delivered in month " + del.month() + " before its compute is reached";
            }
        } else if (total >= c) {
            return "target " + t.id() + " reported censored although the horizon reaches it";
        }
        return "";
    }

    static Check scorecardBounded(ModelResults r) {
        String name = "scorecard weights sum to 1 and scores lie in [0, 1]";
        Scorecard.Weights w = r.inputs().scorecard().weights();
        if (!w.sumToOne()) {
            return new Check(5, name, Status.FAILED, String.format(Locale.ROOT,
                    "weights sum to %.12f, not 1", w.sum()), Advice.of("fix scorecard_weights in", InputGroup.SCENARIOS));
        }
        for (Scorecard.Row row : r.scorecard()) {
            double[] scores = {row.timeScore(), row.costScore(), row.carbonScore(), row.feasibilityScore(), row.sovereignty(), row.feasibility(), row.composite()};
            for (double s : scores) {
                if (!(s >= 0 && s <= 1)) {
                    return new Check(5, name, Status.FAILED, String.format(Locale.ROOT,
                            "region %s has a score %s outside [0, 1]", row.region(), s), Advice.of("check", InputGroup.REGIONS));
                }
            }
        }
        return new Check(5, name, Status.PASSED, "");
    }

    static Check monteCarloOrdered(ModelResults r) {
        String name = "Monte Carlo percentiles ordered and P(mesh first) in [0, 1]";
        MonteCarlo.Result mc = r.monteCarlo();
        String[] labels = {"mesh", "campus", "gap"};
        MonteCarlo.Quantiles[] qs = {mc.mesh(), mc.campus(), mc.gap()};
        for (int i = 0; i < qs.length; i++) {
            double[] a = qs[i].asArray();
            for (int k = 1; k < a.length; k++) {
                if (!(a[k] >= a[k - 1]) && !(Double.isNaN(a[k]) && Double.isNaN(a[k - 1]))) {
                    return new Check(7, name, Status.FAILED, String.format(Locale.ROOT,
                            "%s percentiles are not ordered: %s", labels[i], java.util.Arrays.toString(a)),
                            Advice.of("check monte_carlo in", InputGroup.SCENARIOS));
                }
            }
        }
        if (!(mc.pMeshFirst() >= 0 && mc.pMeshFirst() <= 1)) {
            return new Check(7, name, Status.FAILED, "P(mesh first) = " + mc.pMeshFirst() + " is outside [0, 1]");
        }
        return new Check(7, name, Status.PASSED, "");
    }
}
