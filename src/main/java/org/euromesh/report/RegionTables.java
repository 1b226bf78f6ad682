package org.euromesh.report;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

import org.euromesh.data.Inputs;
import org.euromesh.format.Format;
import org.euromesh.model.GridQueue;
import org.euromesh.model.ModelResults;
import org.euromesh.model.Scorecard;
import org.euromesh.model.Substrate;
import org.euromesh.report.TableHtml.Cell;
import org.euromesh.report.TableHtml.Table;

/** The tables of places and machines: the grid queue, the regions, the public machines and the scorecard. */
final class RegionTables {

    private final ModelResults results;
    private final Inputs inputs;
    private final Function<List<String>, String> cite;

    RegionTables(ModelResults results, Inputs inputs, Function<List<String>, String> cite) {
        this.results = results;
        this.inputs = inputs;
        this.cite = cite;
    }

    Table gridQueue() {
        List<List<Cell>> rows = new ArrayList<>();
        for (GridQueue.Row g : results.inputs().gridQueue()) {
            rows.add(List.of(Cell.text(g.displayName()), Cell.num(Format.decimal(g.hyperscaleYears(), 1)),
                    Cell.num(Format.decimal(g.mediumYears(), 1)), Cell.num(Format.decimal(g.gapYears(), 1)),
                    Cell.text(g.confidenceHyperscale() + " / " + g.confidenceMedium()),
                    new Cell(cite.apply(g.sources()), false)));
        }
        rows.add(List.of(Cell.text("Mean of " + results.inputs().gridQueue().size() + " regions"),
                Cell.num(Format.decimal(results.meanHyperscaleWaitYears(), 1)),
                Cell.num(Format.decimal(results.meanMediumWaitYears(), 1)),
                Cell.num(Format.decimal(results.meanHyperscaleWaitYears() - results.meanMediumWaitYears(), 1)),
                Cell.text("derived"), Cell.text("")));
        return new Table(List.of("Region", "1 GW (years)", "Medium, 30–50 MW (years)", "Difference (years)",
                "Confidence (1 GW / medium)", "Sources"), rows, "grid_queue.csv");
    }

    Table regions() {
        List<List<Cell>> rows = new ArrayList<>();
        for (Scorecard.Region r : results.inputs().regions()) {
            List<String> sources = inputs.rows().containsKey("regions." + r.id())
                    ? inputs.rows().get("regions." + r.id()).sources() : List.of();
            rows.add(List.of(Cell.text(r.displayName()), Cell.num(Format.grouped(r.accessibleMw(), 0)),
                    Cell.num(Format.decimal(r.powerPriceEurPerMwh(), 2)), Cell.num(Format.decimal(r.carbonIntensityGPerKwh(), 1)),
                    Cell.num(Format.decimal(r.mediumYears(), 1)), Cell.num(Format.grouped(r.fibreGbps(), 0)),
                    Cell.num(Format.decimal(r.sovereignty().euMember(), 2)), Cell.num(Format.decimal(r.sovereignty().euroHpcMember(), 2)),
                    Cell.num(Format.decimal(r.sovereignty().gdpr(), 2)), new Cell(cite.apply(sources), false)));
        }
        return new Table(List.of("Region", "Accessible MW", "Power price (EUR/MWh)", "Carbon (gCO2e/kWh)",
                "Medium lead time (years)", "Fibre (Gbit/s)", "EU member (share)", "EuroHPC member (share)", "GDPR (share)",
                "Sources"), rows, "scorecard.csv");
    }

    Table substrate() {
        List<List<Cell>> rows = new ArrayList<>();
        for (Substrate.System s : results.inputs().substrate()) {
            rows.add(List.of(Cell.text(s.name()), Cell.text(s.site() + " (" + s.country() + ")"), Cell.text(s.accelerator()),
                    Cell.num(Format.grouped(s.count(), 0)), Cell.num(Format.grouped(s.peakFlopPerS() / 1e12, 0)),
                    Cell.num(Format.decimal(s.aggregateFlopPerS() / 1e18, 2)), Cell.text(s.euroHpc() ? "yes" : "no"),
                    new Cell(cite.apply(List.of(s.source())), false)));
        }
        Substrate.Result r = results.substrate();
        rows.add(List.of(Cell.text("EuroHPC systems (" + r.euroHpcSystems() + ")"), Cell.text(""), Cell.text(""), Cell.text(""),
                Cell.text(""), Cell.num(Format.decimal(r.euroHpcPeakFlopPerS() / 1e18, 2)), Cell.text("yes"), Cell.text("derived")));
        rows.add(List.of(Cell.text("All listed systems (" + r.allSystems() + ")"), Cell.text(""), Cell.text(""), Cell.text(""),
                Cell.text(""), Cell.num(Format.decimal(r.allPeakFlopPerS() / 1e18, 2)), Cell.text(""), Cell.text("derived")));
        return new Table(List.of("System", "Site", "Accelerator", "Count", "Dense BF16 TFLOPS each", "Aggregate (EF)",
                "EuroHPC", "Source"), rows, "substrate.csv");
    }

    Table substrateDays() {
        Substrate.Result r = results.substrate();
        List<String> targets = results.inputs().targets().stream().map(t -> t.id()).toList();
        List<String> header = new ArrayList<>(List.of("Share of the machines"));
        targets.forEach(t -> header.add(t + ", EuroHPC (" + r.euroHpcSystems() + " systems)"));
        header.add(results.inputs().headlineTarget() + ", all " + r.allSystems() + " systems");
        List<List<Cell>> rows = new ArrayList<>();
        for (double f : new TreeSet<>(results.inputs().substrateFractions()).descendingSet()) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(Format.share(f))));
            for (String t : targets) {
                row.add(Cell.num(days(r, Substrate.EUROHPC, f, t)));
            }
            row.add(Cell.num(days(r, Substrate.ALL, f, results.inputs().headlineTarget())));
            rows.add(row);
        }
        return new Table(header, rows, "substrate_days.csv");
    }

    private static String days(Substrate.Result r, String systems, double f, String target) {
        return r.days(systems).stream().filter(d -> d.fraction() == f && d.target().equals(target)).findFirst()
                .map(d -> Format.duration(d.days())).orElse("");
    }

    Table scorecard() {
        List<List<Cell>> rows = new ArrayList<>();
        for (Scorecard.Row s : results.scorecard()) {
            rows.add(List.of(Cell.num(s.ranked() ? Integer.toString(s.rank()) : "–"), Cell.text(s.displayName()),
                    Cell.num(Format.decimal(s.timeYears(), 1)), Cell.num(Format.euros(s.costEur())),
                    Cell.num(Format.grouped(s.carbonT(), 0)), Cell.num(Format.decimal(s.feasibility(), 2)),
                    Cell.num(Format.decimal(s.composite(), 3))));
        }
        return new Table(List.of("Rank", "Region", "Lead time (years)", "Energy cost", "Carbon (tCO2e)",
                "Feasibility (0–1)", "Composite (0–1)"), rows, "scorecard.csv");
    }

    /** Each region's rank under the base weights and scaling, the alternative weight sets and the other normalisations. */
    Table scorecardStability() {
        Scorecard.Stability stability = results.scorecardStability();
        List<String> header = new ArrayList<>(List.of("Region"));
        for (Scorecard.Variant v : stability.variants()) {
            header.add(variantLabel(v));
        }
        header.add("Best–worst");
        List<List<Cell>> rows = new ArrayList<>();
        for (Scorecard.Placing p : stability.placings()) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(p.displayName())));
            p.ranks().forEach(rank -> row.add(Cell.num(Integer.toString(rank))));
            row.add(Cell.text(p.best() == p.worst() ? Integer.toString(p.best()) : p.best() + "–" + p.worst()));
            rows.add(row);
        }
        return new Table(header, rows, "scorecard_stability.csv");
    }

    /** "Base (min–max)", "Equal weights", "Time heavy weights", "Rank-based scaling", "Z-score scaling". */
    static String variantLabel(Scorecard.Variant v) {
        if (v.id().equals(Scorecard.BASE_VARIANT)) {
            return "Base (" + v.normalisation().label() + ")";
        }
        if (v.normalisation() != Scorecard.Normalisation.MIN_MAX) {
            return Tables.capitalise(v.normalisation().label()) + " scaling";
        }
        return Tables.capitalise(v.id().replace('_', ' ')) + " weights";
    }
}
