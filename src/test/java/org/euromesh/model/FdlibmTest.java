package org.euromesh.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.Test;

/** {@link Fdlibm} returns StrictMath's double, bit for bit, over the model's ranges and far beyond. */
class FdlibmTest {

    private static final int DRAWS = 400_000;

    private static void sameBits(String name, DoubleUnaryOperator ours, DoubleUnaryOperator strict, DoubleSupplier args) {
        for (int i = 0; i < DRAWS; i++) {
            double x = args.getAsDouble();
            long expected = Double.doubleToLongBits(strict.applyAsDouble(x));
            long actual = Double.doubleToLongBits(ours.applyAsDouble(x));
            if (expected != actual) { // one message for the first difference, not 400,000 string builds
                assertEquals(expected, actual, name + "(" + x + ") [" + Double.toHexString(x) + "]: " + strict.applyAsDouble(x)
                        + " against " + ours.applyAsDouble(x));
            }
        }
    }

    /** Any finite or infinite double, NaNs included, spread over every exponent. */
    private static DoubleSupplier anyBits(SplittableRandom r) {
        return () -> Double.longBitsToDouble(r.nextLong());
    }

    @Test
    void logAndLog10MatchStrictMath() {
        SplittableRandom r = new SplittableRandom(1);
        sameBits("log", Fdlibm::log, StrictMath::log, anyBits(r));
        sameBits("log10", Fdlibm::log10, StrictMath::log10, anyBits(r));
        sameBits("log", Fdlibm::log, StrictMath::log, () -> r.nextDouble()); // the Monte Carlo's (0, 1]
        sameBits("log", Fdlibm::log, StrictMath::log, () -> 1 + (r.nextDouble() - 0.5) * 1e-5); // near 1
        sameBits("log10", Fdlibm::log10, StrictMath::log10, () -> StrictMath.pow(10, r.nextDouble(15, 40))); // FLOP
        sameBits("log10", Fdlibm::log10, StrictMath::log10, () -> r.nextDouble(0.001, 100)); // step ratios
        for (double x : new double[] {0.0, -0.0, 1.0, 2.0, 10.0, 1e-310, Double.MIN_VALUE, Double.MAX_VALUE, -1.0,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN}) {
            assertEquals(Double.doubleToLongBits(StrictMath.log(x)), Double.doubleToLongBits(Fdlibm.log(x)), "log " + x);
            assertEquals(Double.doubleToLongBits(StrictMath.log10(x)), Double.doubleToLongBits(Fdlibm.log10(x)), "log10 " + x);
        }
    }

    @Test
    void expMatchesStrictMath() {
        SplittableRandom r = new SplittableRandom(2);
        sameBits("exp", Fdlibm::exp, StrictMath::exp, anyBits(r));
        sameBits("exp", Fdlibm::exp, StrictMath::exp, () -> r.nextDouble(-750, 750));
        sameBits("exp", Fdlibm::exp, StrictMath::exp, () -> -r.nextDouble(0, 20) * r.nextDouble(0, 20) / 2); // the normal CDF's
        sameBits("exp", Fdlibm::exp, StrictMath::exp, () -> r.nextDouble(-1, 1) * 1e-9);
    }

    @Test
    void cosMatchesStrictMathUpToItsLimit() {
        SplittableRandom r = new SplittableRandom(3);
        sameBits("cos", Fdlibm::cos, StrictMath::cos, () -> 2 * Math.PI * r.nextDouble()); // Box-Muller's
        sameBits("cos", Fdlibm::cos, StrictMath::cos, () -> r.nextDouble(-Fdlibm.COS_LIMIT, Fdlibm.COS_LIMIT));
        sameBits("cos", Fdlibm::cos, StrictMath::cos, () -> r.nextDouble(-1e-6, 1e-6));
        for (int n = 1; n <= 4; n++) { // the multiples of pi/2 and their neighbours, where cancellation bites
            double x = n * Math.PI / 2;
            for (double y : new double[] {x, Math.nextUp(x), Math.nextDown(x), -x}) {
                if (Math.abs(y) <= Fdlibm.COS_LIMIT) {
                    assertEquals(Double.doubleToLongBits(StrictMath.cos(y)), Double.doubleToLongBits(Fdlibm.cos(y)), "cos " + y);
                }
            }
        }
        assertEquals(Double.doubleToLongBits(Double.NaN), Double.doubleToLongBits(Fdlibm.cos(Double.POSITIVE_INFINITY)));
        assertThrows(IllegalArgumentException.class, () -> Fdlibm.cos(8));
    }

    @Test
    void powMatchesStrictMath() {
        SplittableRandom r = new SplittableRandom(4);
        for (int i = 0; i < DRAWS; i++) {
            double y = r.nextInt(-3000, 4500) / 100.0; // the crossover grid: 10^(k / 100)
            assertEquals(Double.doubleToLongBits(StrictMath.pow(10, y)), Double.doubleToLongBits(Fdlibm.pow(10, y)), "10^" + y);
        }
        for (int i = 0; i < DRAWS; i++) {
            double x = Double.longBitsToDouble(r.nextLong());
            double y = i % 2 == 0 ? Double.longBitsToDouble(r.nextLong()) : r.nextDouble(-50, 50);
            double expected = StrictMath.pow(x, y);
            assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(Fdlibm.pow(x, y)), x + "^" + y);
        }
        for (int i = 0; i < DRAWS; i++) {
            double x = r.nextDouble(0, 3);
            double y = r.nextInt(-40, 40) + (i % 3 == 0 ? 0 : r.nextDouble());
            assertEquals(Double.doubleToLongBits(StrictMath.pow(x, y)), Double.doubleToLongBits(Fdlibm.pow(x, y)), x + "^" + y);
            assertEquals(Double.doubleToLongBits(StrictMath.pow(-x, y)), Double.doubleToLongBits(Fdlibm.pow(-x, y)), -x + "^" + y);
        }
        double[] special = {0.0, -0.0, 1.0, -1.0, 0.5, 2.0, -2.0, 3.0, 1e-310, -1e-310, Double.MAX_VALUE, Double.MIN_VALUE,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 1 + 1e-12, 1 - 1e-12, 1e10, 2.5, -2.5};
        for (double x : special) {
            for (double y : special) {
                assertEquals(Double.doubleToLongBits(StrictMath.pow(x, y)), Double.doubleToLongBits(Fdlibm.pow(x, y)), x + "^" + y);
            }
        }
    }
}
