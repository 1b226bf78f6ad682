package org.euromesh.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** SplitMix64 must draw what java.util.SplittableRandom draws, so the published Monte Carlo stays the same. */
class SplitMix64Test {

    @Test
    void longsEqualSplittableRandomForManySeeds() {
        SplittableRandom seeds = new SplittableRandom(42);
        for (int s = 0; s < 200; s++) {
            long seed = seeds.nextLong();
            SplittableRandom jdk = new SplittableRandom(seed);
            SplitMix64 ours = new SplitMix64(seed);
            for (int i = 0; i < 1000; i++) {
                assertEquals(jdk.nextLong(), ours.nextLong(), "seed " + seed + ", draw " + i);
            }
        }
    }

    @Test
    void doublesEqualSplittableRandomBitForBit() {
        SplittableRandom jdk = new SplittableRandom(20260615);
        SplitMix64 ours = new SplitMix64(20260615);
        for (int i = 0; i < 100_000; i++) {
            assertEquals(Double.doubleToRawLongBits(jdk.nextDouble()), Double.doubleToRawLongBits(ours.nextDouble()), "draw " + i);
        }
    }

    @Test
    void splitsEqualSplittableRandomSplitsAtEveryDepth() {
        SplittableRandom jdk = new SplittableRandom(7);
        SplitMix64 ours = new SplitMix64(7);
        for (int depth = 0; depth < 64; depth++) {
            SplittableRandom jdkChild = jdk.split();
            SplitMix64 ourChild = ours.split();
            for (int i = 0; i < 500; i++) {
                assertEquals(jdkChild.nextLong(), ourChild.nextLong(), "split " + depth + ", draw " + i);
                assertEquals(jdkChild.nextDouble(), ourChild.nextDouble(), "split " + depth + ", double " + i);
            }
            SplittableRandom jdkGrandchild = jdkChild.split();
            SplitMix64 ourGrandchild = ourChild.split();
            assertEquals(jdkGrandchild.nextLong(), ourGrandchild.nextLong(), "grandchild of split " + depth);
            jdk = depth % 2 == 0 ? jdkChild : jdk;
            ours = depth % 2 == 0 ? ourChild : ours;
        }
    }

    @Test
    void parallelBlocksGiveTheSequentialResult() {
        MonteCarlo.Spec spec = PublishedInputs.inputs().monteCarlo();
        Parameters p = PublishedInputs.inputs().headlineParameters();
        MonteCarlo.Result sequential = MonteCarlo.run(p, PublishedInputs.headline(), spec, 120);
        MonteCarlo.Result parallel = MonteCarlo.run(p, PublishedInputs.headline(), spec, 120,
                (count, block) -> java.util.stream.IntStream.range(0, count).parallel().forEach(block));
        assertEquals(sequential.pMeshFirst(), parallel.pMeshFirst());
        assertEquals(sequential.gap(), parallel.gap());
        assertEquals(sequential.mesh(), parallel.mesh());
    }
}
