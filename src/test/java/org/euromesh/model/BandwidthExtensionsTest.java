package org.euromesh.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** MODEL.md §7: tokens_per_gpu_step and payload_compression. */
class BandwidthExtensionsTest {

    private static final Target T405B = PublishedInputs.headline();

    private static Bandwidth.Row only(Parameters p, Generation.Hardware hw, int replicas, double w, double h) {
        List<Bandwidth.Row> rows = Bandwidth.table(p, hw, T405B, replicas, List.of(w), List.of(h));
        assertEquals(1, rows.size());
        return rows.get(0);
    }

    private static Generation.Hardware base(Parameters p) {
        return new Generation.Hardware("base", p.gpuPeakFlopPerS(), p.gpuKw(), p.gpuPriceEur());
    }

    @Test
    void withTokensPerGpuStepTheStepTimeIsSixNTokensOverPeakTimesMfu() {
        // step = 6 N tpg / (peak * MFU) = 6 * 4.05e11 * 1000 / (9.89e14 * 0.40) = 2.43e15 / 3.956e14
        //      = 6.142568250758342 s; 500 inner steps: 3071.284125379171 s
        Parameters p = PublishedInputs.baseline().with(Parameter.TOKENS_PER_GPU_STEP, 1000);
        Bandwidth.Row r = only(p, base(p), 8, 100, 500);
        assertEquals(3071.284125379171, r.computeSeconds(), 1e-6);
        // the per-GPU batch makes the step time independent of the site's size
        Parameters big = p.with(Parameter.SITE_MW, 100);
        assertEquals(3071.284125379171, only(big, base(big), 8, 100, 500).computeSeconds(), 1e-6);
    }

    @Test
    void onB200TheStepIs2point7Seconds() {
        // 6 * 4.05e11 * 1000 / (2.25e15 * 0.40) = 2.43e15 / 9e14 = 2.7 s; H = 100: 270 s
        Parameters p = PublishedInputs.baseline().with(Parameter.TOKENS_PER_GPU_STEP, 1000);
        Generation.Hardware b200 = new Generation.Hardware("b200", 2.25e15, 1.9, 35_000);
        assertEquals(270.0, only(p, b200, 8, 100, 100).computeSeconds(), 1e-9);
    }

    @Test
    void withoutTokensPerGpuStepTheBatchIsBatchTokens() {
        // compute = H * 6 N * 4e6 / (28 571 * 9.89e14 * 0.40)
        Parameters p = PublishedInputs.baseline();
        double expected = 500 * 6 * 4.05e11 * 4e6 / (28_571 * 9.89e14 * 0.40);
        assertEquals(expected, only(p, base(p), 8, 100, 500).computeSeconds(), expected * 1e-12);
    }

    @Test
    void compressionDividesThePayload() {
        // payload = 4.05e11 * 2 bytes / 4 * 2 * 7 / 8 = 3.54375e11 bytes; at 100 Gbit/s: 28.35 s (113.4 s uncompressed)
        Parameters p = PublishedInputs.baseline().with(Parameter.PAYLOAD_COMPRESSION, 4);
        Bandwidth.Row r = only(p, base(p), 8, 100, 500);
        assertEquals(28.35, r.syncSeconds(), 1e-9);
        assertEquals(28.35 / (28.35 + r.computeSeconds()), r.overheadShare(), 1e-12);
        Parameters raw = PublishedInputs.baseline();
        assertEquals(113.4, only(raw, base(raw), 8, 100, 500).syncSeconds(), 1e-9);
    }

    @Test
    void oneReplicaIsPricedAsTwo() {
        // M = max(2, 1) = 2, ring 1: 4.05e11 * 2 * 1 * 8 / 1e11 = 64.8 s at 100 Gbit/s
        Parameters p = PublishedInputs.baseline();
        assertEquals(64.8, only(p, base(p), 1, 100, 500).syncSeconds(), 1e-9);
        assertEquals(64.8, only(p, base(p), 2, 100, 500).syncSeconds(), 1e-9);
    }
}
