package org.euromesh.model;

/**
 * The generator of {@link java.util.SplittableRandom} (SplitMix64 with its split), written out so
 * the model compiles for the browser: the same seed gives the same numbers, bit for bit, as the
 * JDK's class, so the published Monte Carlo does not change. Not thread-safe; one per block.
 */
public final class SplitMix64 {

    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
    private static final double DOUBLE_UNIT = 0x1.0p-53;

    private long seed;
    private final long gamma;

    public SplitMix64(long seed) {
        this(seed, GOLDEN_GAMMA);
    }

    private SplitMix64(long seed, long gamma) {
        this.seed = seed;
        this.gamma = gamma;
    }

    /** A new generator whose stream is independent of this one's; advances this one. */
    public SplitMix64 split() {
        return new SplitMix64(nextLong(), mixGamma(nextSeed()));
    }

    public long nextLong() {
        return mix64(nextSeed());
    }

    /** Uniform in [0, 1): the top 53 bits of {@link #nextLong}. */
    public double nextDouble() {
        return (nextLong() >>> 11) * DOUBLE_UNIT;
    }

    private long nextSeed() {
        seed += gamma;
        return seed;
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long mixGamma(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        z = (z ^ (z >>> 33)) | 1L;
        int transitions = Long.bitCount(z ^ (z >>> 1));
        return transitions < 24 ? z ^ 0xaaaaaaaaaaaaaaaaL : z;
    }
}
