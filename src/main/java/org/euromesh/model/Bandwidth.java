package org.euromesh.model;

import java.util.ArrayList;
import java.util.List;

/** Layer 1b: wide-area time per synchronisation for the headline target (informative; it does not feed alpha). */
public final class Bandwidth {

    private Bandwidth() {
    }

    public record Row(double linkGbps, double innerSteps, double syncSeconds, double computeSeconds, double overheadShare) {
    }

    /** One row per (W, H): sync time, compute time between syncs, and the share of wall time lost if not overlapped. */
    public static List<Row> table(Parameters p, Target headline, int replicas, List<Double> linkGbps, List<Double> innerSteps) {
        double ring = replicas > 1 ? 2.0 * (replicas - 1) / replicas : 0.0;
        double payloadBytes = headline.parameters() * p.bytesPerParam() * ring;
        double siteFlopPerS = Pathways.gpusPerSite(p.siteMw(), p.gpuKw()) * p.gpuPeakFlopPerS() * p.mfuLocal();
        List<Row> rows = new ArrayList<>();
        for (double w : linkGbps) {
            for (double h : innerSteps) {
                double sync = payloadBytes * 8 / (w * 1e9);
                double compute = h * 6 * headline.parameters() * p.batchTokens() / siteFlopPerS;
                rows.add(new Row(w, h, sync, compute, sync / (sync + compute)));
            }
        }
        return List.copyOf(rows);
    }
}
