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
        return table(p, new Generation.Hardware("base", p.gpuPeakFlopPerS(), p.gpuKw(), p.gpuPriceEur()), headline, replicas,
                linkGbps, innerSteps);
    }

    /**
     * With the mesh's own hardware {@code hw}. The ring all-reduce moves {@code 2 (M-1)/M} times the
     * payload {@code N bytes_per_param / payload_compression} (at least two sites are assumed, so a
     * one-site run still shows what a second site would cost). The per-replica batch is
     * {@code tokens_per_gpu_step} tokens per GPU of the site when that is set, else
     * {@code batch_tokens}, so step time and MFU agree: {@code step = 6 N B / (G peak MFU)}.
     */
    public static List<Row> table(Parameters p, Generation.Hardware hw, Target headline, int replicas, List<Double> linkGbps,
            List<Double> innerSteps) {
        int m = Math.max(2, replicas);
        double ring = 2.0 * (m - 1) / m;
        double payloadBytes = headline.parameters() * p.bytesPerParam() / p.payloadCompression() * ring;
        int gpus = Pathways.gpusPerSite(p.siteMw(), hw.gpuKw());
        double siteFlopPerS = gpus * hw.peakFlopPerS() * p.mfuLocal();
        double batch = p.tokensPerGpuStep() > 0 ? p.tokensPerGpuStep() * gpus : p.batchTokens();
        List<Row> rows = new ArrayList<>();
        for (double w : linkGbps) {
            for (double h : innerSteps) {
                double sync = payloadBytes * 8 / (w * 1e9);
                double compute = h * 6 * headline.parameters() * batch / siteFlopPerS;
                rows.add(new Row(w, h, sync, compute, sync / (sync + compute)));
            }
        }
        return List.copyOf(rows);
    }
}
