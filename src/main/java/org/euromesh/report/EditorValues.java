package org.euromesh.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.euromesh.explore.Verdict;
import org.euromesh.format.Format;
import org.euromesh.model.Crossover;
import org.euromesh.model.Delivery;
import org.euromesh.model.Efficiency;
import org.euromesh.model.GridQueue;
import org.euromesh.model.ModelResults;
import org.euromesh.model.ModelInputs;
import org.euromesh.model.MonteCarlo;
import org.euromesh.model.Parameter;
import org.euromesh.model.Parameters;
import org.euromesh.model.Pathways;
import org.euromesh.model.ScenarioResult;
import org.euromesh.model.Scorecard;
import org.euromesh.model.Sensitivity;
import org.euromesh.model.Substrate;
import org.euromesh.model.Target;

/**
 * The values editors bind prose to (documented in content/README.md). Every field is computed
 * from the model run of this build and formatted by {@link Format}; nothing here is typed prose.
 * Over 300 lines because every view editors bind to is here, in the order content/README.md lists them.
 */
public final class EditorValues {

    private static final Set<Parameter> DILOCO = Set.of(Parameter.ALPHA0, Parameter.K_N, Parameter.K_H, Parameter.INNER_STEPS);

    private EditorValues() {
    }

    /** One scenario's headline delivery, for prose. */
    public record ScenarioView(String name, String label, String meshDate, String campusDate, int meshMonth,
            int campusMonth, boolean meshDelivered, boolean campusDelivered, boolean meshFirst, boolean campusFirst,
            boolean tie, String gap, double gapMonths, String tauMega, String tauMedium) {
    }

    public record HeadlineView(String target, String flop, String parameters, String tokens) {
    }

    public record BandView(boolean monotone, String smallestGap, String largestGap, boolean meshFirstInAll,
            boolean campusFirstInAll) {
    }

    public record GridView(String meanHyperscale, String meanMedium, String meanGap, int regions, String slowestRegion,
            String fastestRegion, String maxHyperscale, String minHyperscale, String weightedHyperscale) {
    }

    public record MonteCarloView(String draws, String seed, String pMeshFirst, boolean meshAlwaysFirst, String gapP5,
            String gapP50, String gapP95, String meshP5Date, String meshP50Date, String meshP95Date,
            String campusP5Date, String campusP50Date, String campusP95Date) {
    }

    public record TornadoView(String first, String second, String firstSwing, String secondSwing,
            boolean leadTimesDominate, String dilocoMaxSwing, boolean dilocoSecondOrder) {
    }

    /** The substrate, with {@code days(systems, fraction, target)} for prose. */
    public record SubstrateView(String euroHpcEf, String allEf, int euroHpcSystems, int allSystems, Substrate.Result result) {
        public String days(String systems, double fraction, String target) {
            return result.days(systems).stream()
                    .filter(d -> Math.abs(d.fraction() - fraction) < 1e-9 && d.target().equals(target))
                    .findFirst()
                    .map(d -> Format.duration(d.days()))
                    .orElseThrow(() -> new IllegalArgumentException("no substrate row for systems '" + systems
                            + "', fraction " + fraction + ", target '" + target + "' (systems: eurohpc or all; fractions and targets as in data/training.yaml)"));
        }
    }

    /** Crossover thresholds, with {@code threshold(sites)} for prose. */
    public record CrossoverView(int maxSites, String oneSiteMultiple, List<Crossover.Threshold> thresholds) {
        public String threshold(int sites) {
            return thresholds.stream().filter(t -> t.meshSites() == sites).findFirst()
                    .map(t -> t.crossoverFlop().isPresent() ? Format.flop(t.crossoverFlop().getAsDouble()) : "none within the horizon")
                    .orElseThrow(() -> new IllegalArgumentException("no crossover for " + sites + " sites (1 to " + maxSites + ")"));
        }
    }

    /**
     * The scorecard's ranking and its stability check: {@code firstStable} is true when every
     * variant (weights and normalisation) ranks the same region first; {@code firstPlaces} names
     * every region some variant ranks first ("Nordics and France"), {@code firstPlaceCount} how many;
     * {@code widestSpread} is the most places any region moves between variants.
     */
    public record ScorecardView(String first, String second, String last, String energy, String cheapestCost,
            String dearestCost, String lowestCarbon, String highestCarbon, boolean firstStable, int firstPlaceCount,
            String firstPlaces, int variants, String widestSpread) {
    }

    public record SiteView(String mw, String gpus, String peak, String daysForHeadline) {
    }

    public record MeshView(String sites, String counted, String alpha) {
    }

    /** The home page's headline and Monte Carlo sentences, worded by {@link Verdict} (shared with the explorer). */
    public record VerdictView(String headline, String monteCarlo, String routes, String method) {
    }

    /** The build's stamp; {@code whatIf} names its --set overrides, if any, for the banner and stamp. */
    public record BuildView(String hash, String version, String date, WhatIf whatIf) {
        public BuildView {
            java.util.Objects.requireNonNull(whatIf, "whatIf");
        }

        /** The stamp of a build of the edition as published. */
        public BuildView(String hash, String version, String date) {
            this(hash, version, date, WhatIf.NONE);
        }
    }

    /**
     * The run's frame and the flip points, for the model page: the decision month, the last month of
     * the horizon, the lead-time correlation of the Monte Carlo, the evidence limit on replicas, the
     * hardware generations, and the two flip points.
     */
    public record RunView(String decisionMonth, String lastMonth, String horizon, String correlation,
            String evidenceReplicas, String generations, String campusFirstWait, String oneSiteMax) {
    }

    public record EditionView(String title, String subtitle, String version, String date, String author,
            String licenseText, String licenseData, String repository) {

        /** An edition whose source repository is not known. */
        public EditionView(String title, String subtitle, String version, String date, String author, String licenseText, String licenseData) {
            this(title, subtitle, version, date, author, licenseText, licenseData, "");
        }

        /** What the pages say of {@code e}; {@code repository} is "" when the edition names none. */
        public static EditionView of(org.euromesh.data.Edition e) {
            return new EditionView(e.title(), e.subtitle(), e.version(), day(e.date()), e.author(), e.licenseText(), e.licenseData(),
                    e.repository().orElse(""));
        }
    }

    /** Every value editors bind to, by the name they write: {@code s.baseline.gap}, {@code mc.pMeshFirst}. */
    public record Values(Map<String, ScenarioView> s, HeadlineView headline, VerdictView verdict, BandView band, GridView grid,
            BandwidthView bw, MonteCarloView mc, TornadoView tornado, SubstrateView substrate, CrossoverView crossover,
            ScorecardView scorecard, SiteView site, SiteView campus, MeshView mesh, RunView run, BuildView build,
            EditionView edition) {
        public Values {
            s = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(s));
        }

        /** The same values as a content page's data model, which the build adds its functions and macros to. */
        public Map<String, Object> asMap() {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("s", s);
            values.put("headline", headline);
            values.put("verdict", verdict);
            values.put("band", band);
            values.put("grid", grid);
            values.put("bw", bw);
            values.put("mc", mc);
            values.put("tornado", tornado);
            values.put("substrate", substrate);
            values.put("crossover", crossover);
            values.put("scorecard", scorecard);
            values.put("site", site);
            values.put("campus", campus);
            values.put("mesh", mesh);
            values.put("run", run);
            values.put("build", build);
            values.put("edition", edition);
            return values;
        }
    }

    public static Values values(ModelResults r, BuildView build, EditionView edition) {
        Map<String, ScenarioView> scenarios = new LinkedHashMap<>();
        for (ScenarioResult s : r.scenarios()) {
            scenarios.put(s.scenario(), scenario(r, s));
        }
        Parameters p = r.inputs().headlineParameters();
        int counted = Math.min(p.meshSites(), p.maxReplicas());
        return new Values(scenarios, headline(r.inputs().headline()),
                new VerdictView(Verdict.headline(r), Verdict.monteCarlo(r), Verdict.routes(r), Verdict.method(r)), band(scenarios),
                grid(r), bandwidth(r), monteCarlo(r), tornado(r), substrate(r), crossover(r), scorecard(r),
                site(p, p.siteMw(), r, Efficiency.alpha(p, 1), p.mfuLocal()), site(p, p.campusMw(), r, 1.0, p.mfuCentral()),
                new MeshView(Integer.toString(p.meshSites()), Integer.toString(counted), Format.decimal(Efficiency.alpha(p, counted), 2)),
                run(r), build, edition);
    }

    /** The top-level names editors use, in one map for Freemarker. */
    public static Map<String, Object> of(ModelResults r, BuildView build, EditionView edition) {
        return values(r, build, edition).asMap();
    }

    static RunView run(ModelResults r) {
        YearMonth start = r.inputs().startMonth();
        int horizon = r.inputs().horizonMonths();
        String generations = String.join(", ", r.inputs().generations().stream()
                .map(g -> g.name() + " (from " + Format.date(start, g.availableMonth()) + ")").toList());
        return new RunView(Format.date(start, 0), Format.date(start, horizon - 1), Format.months(horizon),
                Format.plain(r.inputs().monteCarlo().leadTimeCorrelation()), Integer.toString(r.inputs().evidenceMaxReplicas()),
                generations.isEmpty() ? "none" : generations,
                r.flips().campusFirstWaitMonths().isPresent() ? Format.months(r.flips().campusFirstWaitMonths().getAsInt()) : "none",
                r.flips().oneSiteMaxFlop().isPresent() ? Format.flop(r.flips().oneSiteMaxFlop().getAsDouble()) : "none");
    }

    public static String day(LocalDate date) {
        return Format.day(date);
    }

    static ScenarioView scenario(ModelResults r, ScenarioResult s) {
        YearMonth start = r.inputs().startMonth();
        int horizon = r.inputs().horizonMonths();
        ScenarioResult.TargetDelivery d = s.delivery(r.inputs().headlineTarget());
        double gapFractional = d.gapFractional();
        boolean meshFirst = d.meshFirst();
        boolean campusFirst = d.campus().fractionalOrInfinity() < d.mesh().fractionalOrInfinity();
        double gapMonths = d.gapMonths().isPresent() ? d.gapMonths().getAsInt() : gapFractional;
        String label = s.scenario().substring(0, 1).toUpperCase(Locale.ROOT) + s.scenario().substring(1);
        return new ScenarioView(s.scenario(), label, date(d.mesh(), start, horizon), date(d.campus(), start, horizon),
                d.mesh().monthIndex().orElse(-1), d.campus().monthIndex().orElse(-1), d.mesh().delivered(),
                d.campus().delivered(), meshFirst, campusFirst, !meshFirst && !campusFirst,
                Format.span(Math.abs(gapMonths)),
                gapMonths, Format.years(s.parameters().tauMegaYears(), 1), Format.years(s.parameters().tauMediumYears(), 1));
    }

    static String date(Delivery d, YearMonth start, int horizon) {
        return d instanceof Delivery.Delivered del ? Format.date(start, del.month()) : Format.afterHorizon(start, horizon);
    }

    static HeadlineView headline(Target t) {
        return new HeadlineView(t.id(), Format.flop(t.requiredFlop()), Format.count(t.parameters()), Format.count(t.tokens()));
    }

    static BandView band(Map<String, ScenarioView> s) {
        List<ScenarioView> views = List.copyOf(s.values());
        ScenarioView o = s.get("optimistic");
        ScenarioView b = s.get("baseline");
        ScenarioView p = s.get("pessimistic");
        boolean monotone = o != null && b != null && p != null
                && p.gapMonths() >= b.gapMonths() && b.gapMonths() >= o.gapMonths();
        double min = views.stream().mapToDouble(v -> Math.abs(v.gapMonths())).min().orElse(Double.NaN);
        double max = views.stream().mapToDouble(v -> Math.abs(v.gapMonths())).max().orElse(Double.NaN);
        return new BandView(monotone, Format.span(min), Format.span(max),
                views.stream().allMatch(ScenarioView::meshFirst), views.stream().allMatch(ScenarioView::campusFirst));
    }

    /**
     * The bandwidth sentence, read from the model's own bandwidth table at the run's inner steps:
     * the slowest link's sync time, compute time and lost share, and the slowest link that keeps
     * the loss at or under {@link #ACCEPTABLE_LOSS}.
     */
    public record BandwidthView(String innerSteps, String slowLink, String slowSync, String compute, String slowLoss,
            boolean enoughFound, String enoughLink, String enoughLoss, String compression, String acceptable) {
    }

    static final double ACCEPTABLE_LOSS = 0.10;

    static BandwidthView bandwidth(ModelResults r) {
        double h = r.inputs().headlineParameters().innerSteps();
        List<org.euromesh.model.Bandwidth.Row> rows = r.bandwidth().stream().filter(b -> b.innerSteps() == h)
                .sorted(Comparator.comparingDouble(org.euromesh.model.Bandwidth.Row::linkGbps)).toList();
        if (rows.isEmpty()) {
            rows = r.bandwidth().stream().sorted(Comparator.comparingDouble(org.euromesh.model.Bandwidth.Row::linkGbps)).toList();
        }
        org.euromesh.model.Bandwidth.Row slow = rows.get(0);
        var enough = rows.stream().filter(b -> b.overheadShare() <= ACCEPTABLE_LOSS).findFirst();
        return new BandwidthView(Format.grouped(slow.innerSteps(), 0), Format.grouped(slow.linkGbps(), 0) + " Gbit/s",
                Format.seconds(slow.syncSeconds()), Format.seconds(slow.computeSeconds()), Format.percent(slow.overheadShare(), 1),
                enough.isPresent(), enough.map(b -> Format.grouped(b.linkGbps(), 0) + " Gbit/s").orElse(""),
                enough.map(b -> Format.percent(b.overheadShare(), 1)).orElse(""),
                "x" + Format.grouped(r.inputs().headlineParameters().payloadCompression(), 0),
                Format.percent(ACCEPTABLE_LOSS, 0));
    }

    static GridView grid(ModelResults r) {
        List<GridQueue.Row> rows = r.inputs().gridQueue();
        GridQueue.Row slowest = rows.stream().max(Comparator.comparingDouble(GridQueue.Row::hyperscaleYears)).orElseThrow();
        GridQueue.Row fastest = rows.stream().min(Comparator.comparingDouble(GridQueue.Row::hyperscaleYears)).orElseThrow();
        return new GridView(Format.years(r.meanHyperscaleWaitYears(), 1), Format.years(r.meanMediumWaitYears(), 1),
                Format.years(r.meanHyperscaleWaitYears() - r.meanMediumWaitYears(), 1), rows.size(),
                slowest.displayName(), fastest.displayName(), Format.years(slowest.hyperscaleYears(), 1),
                Format.years(fastest.hyperscaleYears(), 1), Format.years(r.weightedHyperscaleWaitYears(), 1));
    }

    static MonteCarloView monteCarlo(ModelResults r) {
        MonteCarlo.Result mc = r.monteCarlo();
        YearMonth start = r.inputs().startMonth();
        int horizon = r.inputs().horizonMonths();
        return new MonteCarloView(Format.grouped(mc.draws(), 0), Long.toString(r.inputs().monteCarlo().seed()),
                Format.probability(mc.pMeshFirst()), mc.pMeshFirst() >= 1.0,
                Format.span(mc.gap().p5()), Format.span(mc.gap().p50()), Format.span(mc.gap().p95()),
                fractionalDate(mc.mesh().p5(), start, horizon), fractionalDate(mc.mesh().p50(), start, horizon),
                fractionalDate(mc.mesh().p95(), start, horizon), fractionalDate(mc.campus().p5(), start, horizon),
                fractionalDate(mc.campus().p50(), start, horizon), fractionalDate(mc.campus().p95(), start, horizon));
    }

    /** The calendar month a fractional delivery time falls in. */
    static String fractionalDate(double t, YearMonth start, int horizon) {
        return Double.isFinite(t) && t < horizon ? Format.date(start, (int) Math.floor(t)) : Format.afterHorizon(start, horizon);
    }

    static TornadoView tornado(ModelResults r) {
        List<Sensitivity.Row> rows = r.sensitivity();
        Sensitivity.Row first = rows.get(0);
        Sensitivity.Row second = rows.size() > 1 ? rows.get(1) : rows.get(0);
        boolean leadTimes = Set.of(first.parameter(), second.parameter())
                .equals(Set.of(Parameter.TAU_MEGA_YEARS, Parameter.TAU_MEDIUM_YEARS));
        double diloco = rows.stream().filter(x -> DILOCO.contains(x.parameter()))
                .mapToDouble(Sensitivity.Row::swingMonths).max().orElse(0);
        return new TornadoView(first.parameter().label(), second.parameter().label(),
                Format.span(first.swingMonths()), Format.span(second.swingMonths()), leadTimes,
                Format.months(diloco), diloco < 1.0);
    }

    static SubstrateView substrate(ModelResults r) {
        Substrate.Result s = r.substrate();
        return new SubstrateView(Format.exaflops(s.euroHpcPeakFlopPerS()), Format.exaflops(s.allPeakFlopPerS()),
                s.euroHpcSystems(), s.allSystems(), s);
    }

    static CrossoverView crossover(ModelResults r) {
        double headline = r.inputs().headline().requiredFlop();
        String multiple = r.thresholds().stream().filter(t -> t.meshSites() == 1).findFirst()
                .filter(t -> t.crossoverFlop().isPresent())
                .map(t -> Format.grouped(t.crossoverFlop().getAsDouble() / headline, 0))
                .orElse("no");
        return new CrossoverView(r.inputs().sweepMaxSites(), multiple, r.thresholds());
    }

    static ScorecardView scorecard(ModelResults r) {
        List<Scorecard.Row> ranked = r.scorecard().stream().filter(Scorecard.Row::ranked).toList();
        Scorecard.Row cheapest = ranked.stream().min(Comparator.comparingDouble(Scorecard.Row::costEur)).orElseThrow();
        Scorecard.Row dearest = ranked.stream().max(Comparator.comparingDouble(Scorecard.Row::costEur)).orElseThrow();
        Scorecard.Row cleanest = ranked.stream().min(Comparator.comparingDouble(Scorecard.Row::carbonT)).orElseThrow();
        Scorecard.Row dirtiest = ranked.stream().max(Comparator.comparingDouble(Scorecard.Row::carbonT)).orElseThrow();
        Scorecard.Stability stability = r.scorecardStability();
        List<String> firsts = stability.firstPlaces().stream().map(Scorecard.Placing::displayName).toList();
        int widest = stability.placings().stream().mapToInt(p -> p.worst() - p.best()).max().orElse(0);
        return new ScorecardView(ranked.get(0).displayName(), ranked.size() > 1 ? ranked.get(1).displayName() : ranked.get(0).displayName(),
                ranked.get(ranked.size() - 1).displayName(), Format.grouped(ranked.get(0).energyMwh(), 0) + " MWh",
                Format.euros(cheapest.costEur()), Format.euros(dearest.costEur()),
                Format.grouped(cleanest.carbonT(), 0) + " t", Format.grouped(dirtiest.carbonT(), 0) + " t",
                stability.firstPlaceStable(), firsts.size(), joined(firsts), stability.variants().size(),
                Integer.toString(widest));
    }

    /** "A", "A and B", "A, B and C". */
    static String joined(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    static SiteView site(Parameters p, double mw, ModelResults r, double alpha, double mfu) {
        int gpus = Pathways.gpusPerSite(mw, p.gpuKw());
        double peak = gpus * p.gpuPeakFlopPerS();
        double days = r.inputs().headline().requiredFlop() * alpha / (peak * mfu) / 86_400;
        return new SiteView(Format.grouped(mw, 0) + " MW", Format.grouped(gpus, 0), Format.exaflops(peak),
                Format.days(days));
    }

    /** {@code p("gpu_kw")}: a parameter of this build, with its unit ("1.4 kW"; fractions as percent). */
    public static String parameter(Parameters p, String key) {
        Parameter param = Parameter.byKey(key).orElseThrow(() -> new IllegalArgumentException(
                "unknown parameter '" + key + "' in p(...); known: " + Parameter.allKeys()));
        double v = p.get(param);
        return switch (param.unit()) {
            case FRACTION -> Format.share(v);
            case RATIO, RATIO_PER_DECADE, RATIO_PER_DOUBLING -> Format.plain(v);
            case FLOP_PER_S -> Format.scientific(v, 2) + " FLOP/s";
            case EUR_PER_MW -> Format.euros(v) + " per MW";
            default -> Format.plain(v) + " " + param.unit().symbol();
        };
    }

    /** {@code alpha(500, 8)}: the compute penalty at H inner steps and M replicas ("1.22"). */
    public static String alpha(Parameters p, double innerSteps, int replicas) {
        return Format.atMost(Efficiency.alpha(p, innerSteps, replicas), 3);
    }

    /**
     * Alpha for {@code replicas} sites at the run's inner steps, with k_N at the low or the high end
     * of its sensitivity range: the penalty range the report quotes. Fails when the sensitivity
     * analysis does not vary k_N, since there is then no range to quote.
     */
    public static String alphaRange(ModelInputs in, int replicas, boolean high) throws freemarker.template.TemplateModelException {
        List<Efficiency.Spread> spread = Efficiency.spread(in.headlineParameters(), List.of(replicas), in.sensitivity(),
                in.evidenceMaxReplicas());
        if (spread.isEmpty()) {
            throw new freemarker.template.TemplateModelException("alphaLow and alphaHigh need a sensitivity range for k_n "
                    + "(data/scenarios.yaml, sensitivity); none is given");
        }
        return Format.decimal(high ? spread.get(0).alphaHigh() : spread.get(0).alphaLow(), 2);
    }

    /**
     * When the public machines, at the allocated {@code share}, deliver {@code target} in the headline
     * scenario: a month, or "after" the horizon's last month.
     */
    public static String publicDate(ModelResults r, double share, String target) throws freemarker.template.TemplateModelException {
        var t = r.inputs().targets().stream().filter(x -> x.id().equals(target)).findFirst();
        if (t.isEmpty() || !(share > 0 && share <= 1)) {
            throw new freemarker.template.TemplateModelException("publicDate(" + Format.plain(share) + ", \"" + target
                    + "\") needs a share above 0 and at most 1 and a target id of data/training.yaml");
        }
        // The public machines at this share in the headline scenario, as the pathways table runs them.
        int horizon = r.inputs().horizonMonths();
        double[] monthly = Pathways.monthly(Pathways.of(Pathways.Kind.PUBLIC, r.headlineScenario().parameters(), r.inputs().generations(),
                r.inputs().substrate(), share), horizon);
        return date(Pathways.deliver(monthly, t.get().requiredFlop()), r.inputs().startMonth(), horizon);
    }
}
