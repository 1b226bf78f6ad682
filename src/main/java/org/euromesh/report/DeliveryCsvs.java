package org.euromesh.report;

import static org.euromesh.report.ResultTable.MONTH_INDEX;
import static org.euromesh.report.ResultTable.YYYY_MM;
import static org.euromesh.report.ResultTable.c;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.euromesh.format.Format;
import org.euromesh.model.Capital;
import org.euromesh.model.Comparison;
import org.euromesh.model.Crossover;
import org.euromesh.model.Delivery;
import org.euromesh.model.ModelResults;
import org.euromesh.model.ScenarioResult;

/** The result CSVs of when each pathway delivers and what it costs: headline, scenarios, pathways, ramp, changes, crossover, capital. */
final class DeliveryCsvs {

    private DeliveryCsvs() {
    }

    static final ResultTable HEADLINE = new ResultTable("headline.csv",
            "one headline number of this build (headline scenario and target unless the key says otherwise)", List.of(
            c("key", "name of the number, e.g. mesh_date_baseline, gap_months_optimistic, p_mesh_first"),
            c("value", "the number or text, full precision"),
            c("unit", "the unit of value: FLOP, months, years, YYYY-MM, probability (0 to 1), draws, target id")),
            DeliveryCsvs::headline);

    static final ResultTable SCENARIOS = new ResultTable("scenarios.csv", "one scenario and training target", List.of(
            c("scenario", "scenario name (optimistic, baseline, pessimistic)"),
            c("target", "training target id (e.g. 405B = 405 billion parameters)"),
            c("required_flop", "compute the run needs, C = 6 x parameters x tokens (FLOP)"),
            c("mesh_month_index", "month the mesh delivers the run: " + MONTH_INDEX),
            c("mesh_date", "month the mesh delivers the run: " + YYYY_MM),
            c("campus_month_index", "month the 1 GW campus delivers the run: " + MONTH_INDEX),
            c("campus_date", "month the 1 GW campus delivers the run: " + YYYY_MM),
            c("gap_months", "campus delivery minus mesh delivery (months; positive = the mesh is first); empty when either is beyond the horizon")),
            DeliveryCsvs::scenarios);

    static final ResultTable RAMP = new ResultTable("ramp.csv", "one scenario and month", List.of(
            c("scenario", "scenario name"),
            c("month_index", "months since the start month"),
            c("date", "calendar month (YYYY-MM)"),
            c("mesh_cumulative_flop", "effective compute the mesh has delivered by the end of the month (FLOP, after the low-communication penalty)"),
            c("campus_cumulative_flop", "effective compute the campus has delivered by the end of the month (FLOP)")),
            DeliveryCsvs::ramp);

    static final ResultTable CROSSOVER = new ResultTable("crossover.csv", "one mesh size and training run of the baseline sweep", List.of(
            c("mesh_sites", "sites the mesh federates for this run (count)"),
            c("target", "compute of the training run (FLOP)"),
            c("mesh_month_index", "month the mesh delivers it: " + MONTH_INDEX),
            c("campus_month_index", "month the campus delivers it: " + MONTH_INDEX)),
            DeliveryCsvs::crossover);

    static final ResultTable CROSSOVER_FLOP = new ResultTable("crossover_flop.csv", "one mesh size", List.of(
            c("mesh_sites", "sites the mesh federates (count)"),
            c("crossover_flop", "smallest run (FLOP) for which the campus delivers no later than the mesh; \"none within horizon\" when there is none")),
            DeliveryCsvs::crossoverFlop);

    static final ResultTable PATHWAYS = new ResultTable("pathways.csv", "one scenario, pathway, allocated share and training target", List.of(
            c("scenario", "scenario name (optimistic, baseline, pessimistic)"),
            c("pathway", "mesh (medium sites), campus (1 GW, standard connection), campus_phased (first tranche early), campus_fast_track"
                    + " (fast-track connection), public (the EuroHPC machines Europe already owns)"),
            c("share", "share of the public machines allocated to the run (fraction; 1 for the new builds)"),
            c("target", "training target id"),
            c("month_index", "month the pathway delivers the run: " + MONTH_INDEX),
            c("date", "month the pathway delivers the run: " + YYYY_MM),
            c("programme_month_index", "month the pathway delivers the headline run's whole programme (the run times programme_multiplier): "
                    + MONTH_INDEX),
            c("programme_date", "month the pathway delivers the headline programme: " + YYYY_MM),
            c("extrapolated", "true when the run federates more replicas, or a larger model over several replicas, than controlled comparisons"
                    + " have tested (evidence_max_replicas, evidence_max_parameters)")),
            DeliveryCsvs::pathways);

    static final ResultTable CAPITAL = new ResultTable("capital.csv", "one build and what it costs", List.of(
            c("build", "one_site, run_sites (the sites one run uses), whole_mesh, campus, campus_first_tranche"),
            c("sites", "number of sites (count)"),
            c("mw_it", "IT power (MW)"),
            c("gpus", "accelerators installed (count)"),
            c("hardware", "the accelerator generation installed (base = the base hardware of hardware.yaml)"),
            c("facility_eur", "facility capital, MW x capex per MW (EUR)"),
            c("accelerators_eur", "accelerator capital, GPUs x unit price (EUR)"),
            c("total_eur", "facility plus accelerators (EUR)")),
            DeliveryCsvs::capital);

    /** Written only when the original assumptions ran beside the edition. */
    static final ResultTable CHANGES = new ResultTable("changes.csv",
            "the headline on the original assumptions, with one change of this edition at a time, then with every change", List.of(
            c("change", "the change applied alone to the original assumptions (data/assumptions/euromesh-2026.yaml)"),
            c("mesh_month_index", "month the mesh delivers the headline run: " + MONTH_INDEX + " of that row's assumptions"),
            c("mesh_date", "month the mesh delivers the headline run: " + YYYY_MM),
            c("campus_month_index", "month the campus delivers the headline run: " + MONTH_INDEX + " of that row's assumptions"),
            c("campus_date", "month the campus delivers the headline run: " + YYYY_MM),
            c("gap_months", "campus minus mesh (months; positive = the mesh is first)")),
            DeliveryCsvs::changes);

    private static void headline(ModelResults r, ResultTable.Rows t) {
        YearMonth start = r.inputs().startMonth();
        int horizon = r.inputs().horizonMonths();
        ScenarioResult.TargetDelivery h = r.headline();
        t.row("headline_target", r.inputs().headlineTarget(), "target id");
        t.row("required_flop", Format.csv(h.target().requiredFlop()), "FLOP");
        t.row("mesh_month_index_baseline", monthIndex(h.mesh()), "month index from " + start);
        t.row("mesh_date_baseline", date(h.mesh(), start, horizon), "YYYY-MM");
        t.row("campus_month_index_baseline", monthIndex(h.campus()), "month index from " + start);
        t.row("campus_date_baseline", date(h.campus(), start, horizon), "YYYY-MM");
        for (String s : List.of("baseline", "optimistic", "pessimistic")) {
            if (r.scenarios().stream().anyMatch(x -> x.scenario().equals(s))) {
                t.row("gap_months_" + s, gap(r.scenario(s).delivery(r.inputs().headlineTarget())), "months");
            }
        }
        t.row("mean_hyperscale_wait_years", Format.csv(r.meanHyperscaleWaitYears()), "years");
        t.row("mean_medium_wait_years", Format.csv(r.meanMediumWaitYears()), "years");
        t.row("p_mesh_first", Format.csv(r.monteCarlo().pMeshFirst()), "probability");
        t.row("gap_months_p50", Format.csv(r.monteCarlo().gap().p50()), "months");
        t.row("monte_carlo_draws", Format.csv(r.monteCarlo().draws()), "draws");
        t.row("weighted_hyperscale_wait_years", Format.csv(r.weightedHyperscaleWaitYears()), "years");
        t.row("campus_first_wait_months", r.flips().campusFirstWaitMonths().isPresent()
                ? Format.csv(r.flips().campusFirstWaitMonths().getAsInt()) : "", "months");
        t.row("one_site_max_flop", r.flips().oneSiteMaxFlop().isPresent() ? Format.csv(r.flips().oneSiteMaxFlop().getAsDouble()) : "", "FLOP");
        t.row("p_mesh_before_fast_track", Format.csv(r.monteCarlo().routes().pMeshBeforeFastTrack()), "probability");
        t.row("p_mesh_before_every_campus", Format.csv(r.monteCarlo().routes().pMeshBeforeEveryCampus()), "probability");
    }

    private static void scenarios(ModelResults r, ResultTable.Rows t) {
        YearMonth start = r.inputs().startMonth();
        int horizon = r.inputs().horizonMonths();
        for (ScenarioResult s : r.scenarios()) {
            for (ScenarioResult.TargetDelivery d : s.deliveries()) {
                t.row(s.scenario(), d.target().id(), Format.csv(d.target().requiredFlop()),
                        monthIndex(d.mesh()), date(d.mesh(), start, horizon),
                        monthIndex(d.campus()), date(d.campus(), start, horizon), gap(d));
            }
        }
    }

    private static void ramp(ModelResults r, ResultTable.Rows t) {
        YearMonth start = r.inputs().startMonth();
        for (ScenarioResult s : r.scenarios()) {
            for (int m = 0; m < s.meshCumulativeFlop().length; m++) {
                t.row(s.scenario(), Format.csv(m), Format.isoMonth(start, m),
                        Format.csv(s.meshCumulativeFlop()[m]), Format.csv(s.campusCumulativeFlop()[m]));
            }
        }
    }

    private static void crossover(ModelResults r, ResultTable.Rows t) {
        for (Crossover.SweepPoint p : r.sweep()) {
            t.row(Format.csv(p.meshSites()), Format.csv(p.targetFlop()), monthIndex(p.mesh()), monthIndex(p.campus()));
        }
    }

    private static void crossoverFlop(ModelResults r, ResultTable.Rows t) {
        for (Crossover.Threshold th : r.thresholds()) {
            t.row(Format.csv(th.meshSites()),
                    th.crossoverFlop().isPresent() ? Format.csv(th.crossoverFlop().getAsDouble()) : "none within horizon");
        }
    }

    /** Every pathway of every scenario: when it delivers each target, and the headline programme. */
    private static void pathways(ModelResults r, ResultTable.Rows t) {
        YearMonth start = r.inputs().startMonth();
        int horizon = r.inputs().horizonMonths();
        for (ScenarioResult s : r.scenarios()) {
            for (ScenarioResult.PathwayRun run : s.pathways()) {
                for (int i = 0; i < run.deliveries().size(); i++) {
                    Delivery d = run.deliveries().get(i);
                    t.row(s.scenario(), run.kind().name().toLowerCase(Locale.ROOT), Format.csv(run.share()), r.inputs().targets().get(i).id(),
                            monthIndex(d), date(d, start, horizon), monthIndex(run.programme()), date(run.programme(), start, horizon),
                            Boolean.toString(run.extrapolated().get(i)));
                }
            }
        }
    }

    private static void capital(ModelResults r, ResultTable.Rows t) {
        for (Capital.Row c : r.capital()) {
            t.row(c.build().name().toLowerCase(Locale.ROOT), Format.csv(c.sites()), Format.csv(c.mwIt()),
                    Format.csv(c.gpus()), c.hardware(), Format.csv(c.facilityEur()), Format.csv(c.acceleratorsEur()),
                    Format.csv(c.totalEur()));
        }
    }

    /** What changed since the original: the original, each change alone, then every change (this edition). */
    private static void changes(ModelResults r, ResultTable.Rows t) {
        Comparison c = r.comparison().orElseThrow();
        changeRow(t, "original assumptions", c.original().headline(), c.original().inputs().startMonth(),
                c.original().inputs().horizonMonths());
        for (Comparison.Variant v : c.variants()) {
            changeRow(t, v.change(), v.headline(), v.startMonth(), v.horizonMonths());
        }
        changeRow(t, "every change (this edition)", r.headline(), r.inputs().startMonth(), r.inputs().horizonMonths());
    }

    private static void changeRow(ResultTable.Rows t, String label, ScenarioResult.TargetDelivery d, YearMonth start, int horizon) {
        t.row(label, monthIndex(d.mesh()), date(d.mesh(), start, horizon), monthIndex(d.campus()),
                date(d.campus(), start, horizon), gap(d));
    }

    static String monthIndex(Delivery d) {
        return d.monthIndex().isPresent() ? Format.csv(d.monthIndex().getAsInt()) : "";
    }

    private static String date(Delivery d, YearMonth start, int horizon) {
        return d instanceof Delivery.Delivered del ? Format.isoMonth(start, del.month()) : Format.isoAfterHorizon(start, horizon);
    }

    private static String gap(ScenarioResult.TargetDelivery d) {
        return d.gapMonths().isPresent() ? Format.csv(d.gapMonths().getAsInt()) : "";
    }
}
