package org.euromesh.model;

/**
 * A bucket for every value that never decreases as the value grows, so the buckets are in the
 * values' order: -infinity in 0, finite values in 1 to {@code buckets} (clamped), +infinity in
 * {@code buckets + 1}.
 */
record BucketKey(double lowest, double perUnit, int buckets) {

    /** Finite values are counted in this many buckets of equal width, plus one each for -infinity and +infinity. */
    static final int BUCKETS = 1 << 18;

    int bucket(double v) {
        if (v == Double.NEGATIVE_INFINITY) {
            return 0;
        }
        if (v == Double.POSITIVE_INFINITY) {
            return buckets + 1;
        }
        double x = (v - lowest) * perUnit;
        return 1 + (x <= 0 ? 0 : x >= buckets - 1 ? buckets - 1 : (int) x);
    }

    /** The five series' keys in {@link #BUCKETS} buckets: deliveries lie in [0, horizon + 1] months, gaps in [-(horizon + 1), horizon + 1]. */
    static BucketKey[] forSeries(int horizonMonths) {
        BucketKey delivery = new BucketKey(0, BUCKETS / (horizonMonths + 1.0), BUCKETS);
        BucketKey gap = new BucketKey(-(horizonMonths + 1.0), BUCKETS / (2 * (horizonMonths + 1.0)), BUCKETS);
        return new BucketKey[] {delivery, delivery, gap, delivery, delivery};
    }
}
