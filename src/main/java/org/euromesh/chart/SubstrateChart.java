package org.euromesh.chart;

import java.util.Comparator;
import java.util.List;
import org.euromesh.chart.Legend.Key;
import org.euromesh.chart.SvgCanvas.Anchor;
import org.euromesh.chart.SvgCanvas.Plot;
import org.euromesh.format.Format;
import org.euromesh.model.ModelResults;
import org.euromesh.model.Substrate;

/** The public machines Europe already owns: aggregate dense BF16 peak per system, EuroHPC or not. */
final class SubstrateChart {

    private static final double EXA = 1e18;

    private SubstrateChart() {
    }

    static Drawing render(ModelResults results, Layout layout, Charts.Stamp stamp) {
        List<Substrate.System> systems = results.inputs().substrate().stream()
                .sorted(Comparator.comparingDouble(Substrate.System::aggregateFlopPerS).reversed()
                        .thenComparing(Substrate.System::id))
                .toList();
        Substrate.Result total = results.substrate();
        Figure f = new Figure("substrate", layout, stamp, List.of(
                Key.box("EuroHPC", Palette.GREEN),
                Key.box("Other European", Palette.ORANGE)));
        int n = systems.size();
        double largest = systems.stream().mapToDouble(s -> s.aggregateFlopPerS() / EXA).max().orElse(1);
        double xMax = Math.ceil(largest * 1.2 / 5) * 5;

        HouseChart chart = f.xyChart();
        chart.styler().setXAxisMin(0.0);
        chart.styler().setXAxisMax(xMax);
        chart.rows(systems.stream().map(Substrate.System::name).toList(), 0);
        chart.xStep(xMax, 5);
        chart.xTicks(v -> v < -1e-9 ? "" : Format.grouped(v, 0));
        f.xTitle("Dense BF16 peak (exaFLOP/s)");
        float thickness = (float) Math.max(8, Math.min(22, (f.plotHeight() - 90.0) / (n + 1) * 0.6));
        for (int i = 0; i < n; i++) {
            Substrate.System s = systems.get(i);
            chart.bar(0, s.aggregateFlopPerS() / EXA, HouseChart.row(i, n), s.euroHpc() ? Palette.GREEN : Palette.ORANGE,
                    thickness);
        }

        Plot plot = f.paint(chart);
        f.noDataIf(systems.isEmpty(), "No systems in the inventory");
        f.caption("EuroHPC " + ef(total.euroHpcPeakFlopPerS()) + " in " + total.euroHpcSystems() + " systems; all "
                + total.allSystems() + ": " + ef(total.allPeakFlopPerS()));
        for (int i = 0; i < n; i++) {
            Substrate.System s = systems.get(i);
            f.note(Format.exa(s.aggregateFlopPerS()), plot.x(s.aggregateFlopPerS() / EXA) + 6,
                    plot.y(HouseChart.row(i, n)) + 5, Anchor.START);
        }

        String alt = "The " + total.euroHpcSystems() + " EuroHPC systems listed peak at " + ef(total.euroHpcPeakFlopPerS())
                + " of dense BF16 compute, and all " + total.allSystems() + " European systems at "
                + ef(total.allPeakFlopPerS()) + (systems.isEmpty() ? "." : "; the largest is " + systems.get(0).name()
                        + " with " + ef(systems.get(0).aggregateFlopPerS()) + ".");
        String description = "Aggregate dense BF16 peak (accelerators times per-accelerator peak, in exaFLOP/s) of each "
                + "public system in the inventory, EuroHPC systems distinguished from other European ones.";
        String title = "Europe's " + total.allSystems() + " public machines already peak at " + ef(total.allPeakFlopPerS());
        String subtitle = "Aggregate dense BF16 peak of each public system, in exaFLOP/s (EF)";
        return f.finish(new Figure.Heading(title, subtitle, "substrate.csv"), description, alt, "substrate.csv");
    }

    private static String ef(double flopPerS) {
        return Format.exaflops(flopPerS);
    }
}
