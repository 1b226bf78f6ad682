package org.euromesh.model;

/** A distribution of one Monte Carlo input. */
public sealed interface Distribution {

    /** One draw: the quantile of a uniform number from {@code random}. */
    default double sample(SplitMix64 random) {
        return quantile(random.nextDouble());
    }

    /** The inverse of the distribution's CDF at {@code u} in [0, 1). */
    double quantile(double u);

    double min();

    double max();

    /** Triangular(min, mode, max), sampled by inverting its CDF. */
    record Triangular(double min, double mode, double max) implements Distribution {
        public Triangular {
            if (!(min <= mode && mode <= max && min < max)) {
                throw new IllegalArgumentException("triangular needs min <= mode <= max and min < max");
            }
        }

        @Override
        public double quantile(double u) {
            double split = (mode - min) / (max - min);
            return u < split
                    ? min + StrictMath.sqrt(u * (max - min) * (mode - min))
                    : max - StrictMath.sqrt((1 - u) * (max - min) * (max - mode));
        }
    }

    /** Uniform(min, max). */
    record Uniform(double min, double max) implements Distribution {
        public Uniform {
            if (!(min < max)) {
                throw new IllegalArgumentException("uniform needs min < max");
            }
        }

        @Override
        public double quantile(double u) {
            return min + (max - min) * u;
        }
    }
}
