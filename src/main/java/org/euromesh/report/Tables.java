package org.euromesh.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.euromesh.data.Cited;
import org.euromesh.data.Inputs;
import org.euromesh.format.Format;
import org.euromesh.model.Crossover;
import org.euromesh.model.Efficiency;
import org.euromesh.model.ModelResults;
import org.euromesh.model.MonteCarlo;
import org.euromesh.model.Parameter;
import org.euromesh.model.ScenarioResult;
import org.euromesh.model.Sensitivity;
import org.euromesh.report.TableHtml.Cell;
import org.euromesh.report.TableHtml.Table;
import org.jsoup.nodes.Entities;

/** The tables editors can place with {@code <@table data="..."/>}, built from results and inputs. */
final class Tables {

    static final List<String> NAMES = List.of("scenarios", "grid-queue", "regions", "substrate", "substrate-days",
            "scorecard", "scorecard-stability", "bandwidth", "efficiency", "sensitivity", "montecarlo", "crossover",
            "parameters-hardware", "parameters-training", "parameters-scenarios", "pathways", "capital", "changes");

    private final ModelResults results;
    private final Inputs inputs;
    private final Function<List<String>, String> cite;

    private final RegionTables regions;

    /** {@code cite} turns source ids into citation HTML for the page being rendered. */
    Tables(ModelResults results, Inputs inputs, Function<List<String>, String> cite) {
        this.results = results;
        this.inputs = inputs;
        this.cite = cite;
        this.regions = new RegionTables(results, inputs, cite);
    }

    Table build(String name) {
        return switch (name) {
            case "scenarios" -> scenarios();
            case "grid-queue" -> regions.gridQueue();
            case "regions" -> regions.regions();
            case "substrate" -> regions.substrate();
            case "substrate-days" -> regions.substrateDays();
            case "scorecard" -> regions.scorecard();
            case "scorecard-stability" -> regions.scorecardStability();
            case "bandwidth" -> bandwidth();
            case "efficiency" -> efficiency();
            case "sensitivity" -> sensitivity();
            case "montecarlo" -> monteCarlo();
            case "crossover" -> crossover();
            case "parameters-hardware" -> parameters("hardware.");
            case "parameters-training" -> parameters("training.");
            case "parameters-scenarios" -> parameters("scenarios.");
            case "pathways" -> pathways();
            case "capital" -> capital();
            case "changes" -> changes();
            default -> throw new IllegalArgumentException("unknown table data '" + name + "'; use one of " + String.join(", ", NAMES));
        };
    }

    private Table scenarios() {
        List<List<Cell>> rows = new ArrayList<>();
        YearMonth start = results.inputs().startMonth();
        int horizon = results.inputs().horizonMonths();
        for (ScenarioResult s : results.scenarios()) {
            ScenarioResult.TargetDelivery d = s.delivery(results.inputs().headlineTarget());
            rows.add(List.of(Cell.text(capitalise(s.scenario())),
                    Cell.num(Format.decimal(s.parameters().tauMegaYears(), 1)),
                    Cell.num(Format.decimal(s.parameters().tauMediumYears(), 1)),
                    Cell.num(delivery(d.mesh(), start, horizon)),
                    Cell.num(delivery(d.campus(), start, horizon)),
                    Cell.num(d.gapMonths().isPresent() ? Integer.toString(d.gapMonths().getAsInt()) : "n/a")));
        }
        return new Table(List.of("Scenario", "1 GW lead time (years)", "Medium lead time (years)",
                "Mesh delivers " + results.inputs().headlineTarget(), "Campus delivers " + results.inputs().headlineTarget(),
                "Gap (months)"), rows, "scenarios.csv");
    }

    /** Every pathway of the headline scenario: when it delivers the headline run and its whole programme. */
    private Table pathways() {
        List<List<Cell>> rows = new ArrayList<>();
        YearMonth start = results.inputs().startMonth();
        int horizon = results.inputs().horizonMonths();
        ScenarioResult s = results.headlineScenario();
        int headline = results.inputs().targets().indexOf(results.inputs().headline());
        for (ScenarioResult.PathwayRun run : s.pathways()) {
            rows.add(List.of(Cell.text(pathwayName(run)), Cell.num(delivery(run.deliveries().get(headline), start, horizon)),
                    Cell.num(delivery(run.programme(), start, horizon)),
                    Cell.text(method(run, headline, s))));
        }
        return new Table(List.of("Pathway", "Delivers " + results.inputs().headlineTarget(),
                "Delivers the whole programme (x" + Format.decimal(s.parameters().programmeMultiplier(), 0) + ")", "Training method"),
                rows, "pathways.csv");
    }

    /** How a pathway trains the headline run, and whether that lies beyond the tested evidence. */
    private String method(ScenarioResult.PathwayRun run, int target, ScenarioResult s) {
        int replicas = switch (run.kind()) {
            case MESH -> Math.min(s.parameters().meshSites(), s.parameters().maxReplicas());
            case PUBLIC -> results.substrate().euroHpcSystems();
            default -> 1;
        };
        if (replicas == 1) {
            return "one synchronous site";
        }
        return replicas + " sites, low-communication" + (run.extrapolated().get(target) ? "; extrapolated beyond tested runs" : "");
    }

    /** A reader's name for a pathway: the charts' name. */
    static String pathwayName(ScenarioResult.PathwayRun run) {
        return org.euromesh.chart.PathwayNames.of(run);
    }

    private Table capital() {
        List<List<Cell>> rows = new ArrayList<>();
        for (org.euromesh.model.Capital.Row c : results.capital()) {
            String what = switch (c.build()) {
                case ONE_SITE -> "One medium site";
                case RUN_SITES -> "The sites one run uses";
                case WHOLE_MESH -> "The whole mesh";
                case CAMPUS -> "The 1 GW campus";
                case CAMPUS_FIRST_TRANCHE -> "A phased campus's first tranche";
            };
            rows.add(List.of(Cell.text(what), Cell.num(Integer.toString(c.sites())), Cell.num(Format.grouped(c.mwIt(), 0)),
                    Cell.num(Format.grouped(c.gpus(), 0)), Cell.text(c.hardware().toUpperCase(java.util.Locale.ROOT)),
                    Cell.num(Format.euros(c.totalEur()))));
        }
        return new Table(List.of("Build", "Sites", "MW of IT", "GPUs", "Hardware", "Capital"), rows, "capital.csv");
    }

    /** What changed since the original: the original, each change alone, then every change. */
    private Table changes() {
        List<List<Cell>> rows = new ArrayList<>();
        results.comparison().ifPresent(c -> {
            YearMonth start = c.original().inputs().startMonth();
            int horizon = c.original().inputs().horizonMonths();
            rows.add(changeRow("The original assumptions", c.original().headline(), start, horizon));
            for (org.euromesh.model.Comparison.Variant v : c.variants()) {
                rows.add(changeRow("Only: " + v.change(), v.headline(), v.startMonth(), v.horizonMonths()));
            }
            rows.add(changeRow("Every change (this edition)", results.headline(), results.inputs().startMonth(),
                    results.inputs().horizonMonths()));
        });
        return new Table(List.of("Assumptions", "Mesh delivers", "Campus delivers", "Gap (months)"), rows, "changes.csv");
    }

    private static List<Cell> changeRow(String label, ScenarioResult.TargetDelivery d, YearMonth start, int horizon) {
        return List.of(Cell.text(label), Cell.num(delivery(d.mesh(), start, horizon)), Cell.num(delivery(d.campus(), start, horizon)),
                Cell.num(d.gapMonths().isPresent() ? Integer.toString(d.gapMonths().getAsInt()) : "n/a"));
    }

    private static String delivery(org.euromesh.model.Delivery d, YearMonth start, int horizon) {
        return d instanceof org.euromesh.model.Delivery.Delivered del
                ? Format.shortDate(start, del.month()) + " (month " + del.month() + ")"
                : Format.afterHorizon(start, horizon);
    }

    private Table bandwidth() {
        List<List<Cell>> rows = new ArrayList<>();
        for (var b : results.bandwidth()) {
            rows.add(List.of(Cell.num(Format.grouped(b.linkGbps(), 0)), Cell.num(Format.grouped(b.innerSteps(), 0)),
                    Cell.num(Format.grouped(b.syncSeconds(), 1)), Cell.num(Format.grouped(b.computeSeconds(), 0)),
                    Cell.num(Format.percent(b.overheadShare(), 2))));
        }
        return new Table(List.of("Link (Gbit/s)", "Inner steps H", "Sync (s)", "Compute between syncs (s)",
                "Share of wall time if not overlapped"), rows, "bandwidth.csv");
    }

    private Table efficiency() {
        List<Double> hs = results.inputs().efficiencyInnerSteps();
        List<String> header = new ArrayList<>(List.of("Replicas M"));
        hs.forEach(h -> header.add("alpha at H = " + Format.grouped(h, 0)));
        header.add("Evidence");
        List<List<Cell>> rows = new ArrayList<>();
        for (int m : results.inputs().efficiencyReplicas()) {
            List<Cell> row = new ArrayList<>(List.of(Cell.num(Integer.toString(m))));
            boolean extrapolated = false;
            for (double h : hs) {
                Efficiency.Row e = results.efficiency().stream().filter(x -> x.replicas() == m && x.innerSteps() == h)
                        .findFirst().orElseThrow();
                row.add(Cell.num(Format.decimal(e.alpha(), 3)));
                extrapolated = e.extrapolated();
            }
            row.add(Cell.text(extrapolated ? "extrapolated" : "within tested range"));
            rows.add(row);
        }
        return new Table(header, rows, "efficiency.csv");
    }

    private Table sensitivity() {
        List<List<Cell>> rows = new ArrayList<>();
        for (Sensitivity.Row s : results.sensitivity()) {
            rows.add(List.of(Cell.text(s.parameter().label()), Cell.num(plain(s.low())), Cell.num(plain(s.high())),
                    Cell.num(Format.decimal(s.gapAtLowMonths(), 1)), Cell.num(Format.decimal(s.gapAtHighMonths(), 1)),
                    Cell.num(Format.decimal(s.swingMonths(), 1))));
        }
        return new Table(List.of("Parameter", "Low", "High", "Gap at low (months)", "Gap at high (months)", "Swing (months)"),
                rows, "sensitivity.csv");
    }

    private Table monteCarlo() {
        MonteCarlo.Result mc = results.monteCarlo();
        YearMonth start = results.inputs().startMonth();
        int horizon = results.inputs().horizonMonths();
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(quantileDates("Mesh delivers", mc.mesh(), start, horizon));
        rows.add(quantileDates("Campus delivers", mc.campus(), start, horizon));
        double[] g = mc.gap().asArray();
        List<Cell> gap = new ArrayList<>(List.of(Cell.text("Gap (months)")));
        for (double v : g) {
            gap.add(Cell.num(Format.decimal(v, 1)));
        }
        rows.add(gap);
        return new Table(List.of("Quantity", "P5", "P10", "P25", "P50", "P75", "P90", "P95"), rows, "montecarlo.csv");
    }

    private static List<Cell> quantileDates(String label, MonteCarlo.Quantiles q, YearMonth start, int horizon) {
        List<Cell> row = new ArrayList<>(List.of(Cell.text(label)));
        for (double v : q.asArray()) {
            row.add(Cell.num(Double.isFinite(v) && v < horizon ? Format.shortDate(start, (int) Math.floor(v))
                    : Format.afterHorizon(start, horizon)));
        }
        return row;
    }

    private Table crossover() {
        double headline = results.inputs().headline().requiredFlop();
        List<List<Cell>> rows = new ArrayList<>();
        for (Crossover.Threshold t : results.thresholds()) {
            boolean found = t.crossoverFlop().isPresent();
            rows.add(List.of(Cell.num(Integer.toString(t.meshSites())),
                    Cell.num(found ? Format.flop(t.crossoverFlop().getAsDouble()) : "none within the horizon"),
                    Cell.num(found ? Format.grouped(t.crossoverFlop().getAsDouble() / headline, 0) + "×" : "–")));
        }
        return new Table(List.of("Mesh sites", "Campus catches up from", "Multiple of the " + results.inputs().headlineTarget() + " run"),
                rows, "crossover_flop.csv");
    }

    private Table parameters(String prefix) {
        List<List<Cell>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Map.Entry<String, Cited> e : inputs.cited().entrySet()) {
            if (!e.getKey().startsWith(prefix)) {
                continue;
            }
            Cited c = e.getValue();
            String key = e.getKey().substring(prefix.length());
            String leaf = key.contains(".") ? key.substring(key.lastIndexOf('.') + 1) : key;
            String meaning = Parameter.byKey(leaf).map(Parameter::label).orElse("");
            rows.add(List.of(new Cell("<code>" + Entities.escape(key) + "</code>", false), Cell.text(meaning),
                    Cell.num(plain(c.value()) + (c.unit().isBlank() ? "" : " " + c.unit())), Cell.text(c.tier()),
                    new Cell(cite.apply(c.sources()), false)));
            notes.add(c.note());
        }
        return new Table(List.of("Key", "Meaning", "Value", "Tier", "Sources"), rows, "", notes);
    }

    /** A parameter value as an analyst wrote it: 1.4, 40, 9.89 × 10¹⁴. */
    static String plain(double v) {
        return Format.plain(v);
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
