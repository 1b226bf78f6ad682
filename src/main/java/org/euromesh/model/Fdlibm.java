package org.euromesh.model;

/**
 * The transcendental functions the model uses, written out in plain double arithmetic after the
 * algorithms of fdlibm 5.3 (Sun Microsystems, 1993; "permission to use, copy, modify, and
 * distribute this software is freely granted, provided that this notice is preserved"), which is
 * what {@link StrictMath} specifies. On the JVM each returns the same double as {@code StrictMath},
 * bit for bit ({@code FdlibmTest} checks millions of arguments); compiled for the browser, where
 * TeaVM's {@code StrictMath} falls back on the engine's {@code Math}, the same code gives the same
 * bits, so the Explore page's model agrees with the build's to the last digit. Only +, -, *, / and
 * bit operations are used: IEEE 754 rounds those identically everywhere.
 *
 * <p>Over 300 lines because {@code pow} alone is 150: splitting one algorithm across classes would
 * hide it.
 */
public final class Fdlibm {

    private Fdlibm() {
    }

    private static int hi(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }

    private static int lo(double x) {
        return (int) Double.doubleToRawLongBits(x);
    }

    private static double withHi(double x, int hi) {
        return Double.longBitsToDouble(((long) hi << 32) | (Double.doubleToRawLongBits(x) & 0xffffffffL));
    }

    private static double withLo(double x, int lo) {
        return Double.longBitsToDouble((Double.doubleToRawLongBits(x) & 0xffffffff00000000L) | (lo & 0xffffffffL));
    }

    private static double fromWords(int hi, int lo) {
        return Double.longBitsToDouble(((long) hi << 32) | (lo & 0xffffffffL));
    }

    // ---------------------------------------------------------------- log (e_log.c)

    private static final double LN2_HI = fromWords(0x3fe62e42, 0xfee00000);
    private static final double LN2_LO = fromWords(0x3dea39ef, 0x35793c76);
    private static final double TWO54 = fromWords(0x43500000, 0);
    private static final double LG1 = fromWords(0x3FE55555, 0x55555593);
    private static final double LG2 = fromWords(0x3FD99999, 0x9997FA04);
    private static final double LG3 = fromWords(0x3FD24924, 0x94229359);
    private static final double LG4 = fromWords(0x3FCC71C5, 0x1D8E78AF);
    private static final double LG5 = fromWords(0x3FC74664, 0x96CB03DE);
    private static final double LG6 = fromWords(0x3FC39A09, 0xD078C69F);
    private static final double LG7 = fromWords(0x3FC2F112, 0xDF3E5244);

    /** The natural logarithm, as {@link StrictMath#log}. */
    public static double log(double x) {
        int hx = hi(x);
        int lx = lo(x);
        int k = 0;
        if (hx < 0x00100000) { // x < 2^-1022
            if (((hx & 0x7fffffff) | lx) == 0) {
                return Double.NEGATIVE_INFINITY;
            }
            if (hx < 0) {
                return Double.NaN;
            }
            k -= 54;
            x *= TWO54; // subnormal: scale up
            hx = hi(x);
        }
        if (hx >= 0x7ff00000) {
            return x + x;
        }
        k += (hx >> 20) - 1023;
        hx &= 0x000fffff;
        int i = (hx + 0x95f64) & 0x100000;
        x = withHi(x, hx | (i ^ 0x3ff00000)); // normalise x or x/2
        k += i >> 20;
        double f = x - 1.0;
        if ((0x000fffff & (2 + hx)) < 3) { // |f| < 2^-20
            if (f == 0) {
                if (k == 0) {
                    return 0;
                }
                double dk = k;
                return dk * LN2_HI + dk * LN2_LO;
            }
            double r = f * f * (0.5 - 0.33333333333333333 * f);
            if (k == 0) {
                return f - r;
            }
            double dk = k;
            return dk * LN2_HI - ((r - dk * LN2_LO) - f);
        }
        double s = f / (2.0 + f);
        double dk = k;
        double z = s * s;
        i = hx - 0x6147a;
        double w = z * z;
        int j = 0x6b851 - hx;
        double t1 = w * (LG2 + w * (LG4 + w * LG6));
        double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
        i |= j;
        double r = t2 + t1;
        if (i > 0) {
            double hfsq = 0.5 * f * f;
            if (k == 0) {
                return f - (hfsq - s * (hfsq + r));
            }
            return dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f);
        }
        if (k == 0) {
            return f - s * (f - r);
        }
        return dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f);
    }

    // ---------------------------------------------------------------- log10 (e_log10.c)

    private static final double IVLN10 = fromWords(0x3FDBCB7B, 0x1526E50E);
    private static final double LOG10_2HI = fromWords(0x3FD34413, 0x509F6000);
    private static final double LOG10_2LO = fromWords(0x3D59FEF3, 0x11F12B36);

    /** The base-10 logarithm, as {@link StrictMath#log10}. */
    public static double log10(double x) {
        int hx = hi(x);
        int lx = lo(x);
        int k = 0;
        if (hx < 0x00100000) {
            if (((hx & 0x7fffffff) | lx) == 0) {
                return Double.NEGATIVE_INFINITY;
            }
            if (hx < 0) {
                return Double.NaN;
            }
            k -= 54;
            x *= TWO54;
            hx = hi(x);
        }
        if (hx >= 0x7ff00000) {
            return x + x;
        }
        k += (hx >> 20) - 1023;
        int i = (k & 0x80000000) >>> 31;
        hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
        double y = k + i;
        x = withHi(x, hx);
        double z = y * LOG10_2LO + IVLN10 * log(x);
        return z + y * LOG10_2HI;
    }

    // ---------------------------------------------------------------- exp (e_exp.c)

    private static final double O_THRESHOLD = fromWords(0x40862E42, 0xFEFA39EF);
    private static final double U_THRESHOLD = fromWords(0xc0874910, 0xD52D3051);
    private static final double INVLN2 = fromWords(0x3ff71547, 0x652b82fe);
    private static final double P1 = fromWords(0x3FC55555, 0x5555553E);
    private static final double P2 = fromWords(0xBF66C16C, 0x16BEBD93);
    private static final double P3 = fromWords(0x3F11566A, 0xAF25DE2C);
    private static final double P4 = fromWords(0xBEBBBD41, 0xC5D26BF1);
    private static final double P5 = fromWords(0x3E663769, 0x72BEA4D0);
    private static final double TWOM1000 = fromWords(0x01700000, 0);
    private static final double HUGE = 1.0e300;
    private static final double TINY = 1.0e-300;

    /** e to the power x, as {@link StrictMath#exp}. */
    public static double exp(double x) {
        int hx = hi(x);
        int xsb = (hx >>> 31) & 1;
        hx &= 0x7fffffff;
        if (hx >= 0x40862E42) { // |x| >= 709.78...
            if (hx >= 0x7ff00000) {
                if (((hx & 0xfffff) | lo(x)) != 0) {
                    return x + x; // NaN
                }
                return xsb == 0 ? x : 0.0;
            }
            if (x > O_THRESHOLD) {
                return Double.POSITIVE_INFINITY;
            }
            if (x < U_THRESHOLD) {
                return 0.0;
            }
        }
        double hi = 0;
        double lo = 0;
        int k = 0;
        if (hx > 0x3fd62e42) { // |x| > 0.5 ln 2
            if (hx < 0x3FF0A2B2) { // and |x| < 1.5 ln 2
                hi = xsb == 0 ? x - LN2_HI : x + LN2_HI;
                lo = xsb == 0 ? LN2_LO : -LN2_LO;
                k = 1 - xsb - xsb;
            } else {
                k = (int) (INVLN2 * x + (xsb == 0 ? 0.5 : -0.5));
                double t = k;
                hi = x - t * LN2_HI; // exact here
                lo = t * LN2_LO;
            }
            x = hi - lo;
        } else if (hx < 0x3e300000) { // |x| < 2^-28
            return 1.0 + x;
        }
        double t = x * x;
        double c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
        if (k == 0) {
            return 1.0 - ((x * c) / (c - 2.0) - x);
        }
        double y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi);
        if (k >= -1021) {
            return withHi(y, hi(y) + (k << 20));
        }
        return withHi(y, hi(y) + ((k + 1000) << 20)) * TWOM1000;
    }

    // ---------------------------------------------------------------- cos (s_cos.c, k_cos.c, k_sin.c, e_rem_pio2.c)

    private static final double C1 = fromWords(0x3FA55555, 0x5555554C);
    private static final double C2 = fromWords(0xBF56C16C, 0x16C15177);
    private static final double C3 = fromWords(0x3EFA01A0, 0x19CB1590);
    private static final double C4 = fromWords(0xBE927E4F, 0x809C52AD);
    private static final double C5 = fromWords(0x3E21EE9E, 0xBDB4B1C4);
    private static final double C6 = fromWords(0xBDA8FAE9, 0xBE8838D4);
    private static final double S1 = fromWords(0xBFC55555, 0x55555549);
    private static final double S2 = fromWords(0x3F811111, 0x1110F8A6);
    private static final double S3 = fromWords(0xBF2A01A0, 0x19C161D5);
    private static final double S4 = fromWords(0x3EC71DE3, 0x57B1FE7D);
    private static final double S5 = fromWords(0xBE5AE5E6, 0x8A2B9CEB);
    private static final double S6 = fromWords(0x3DE5D93A, 0x5ACFD57C);
    private static final double INVPIO2 = fromWords(0x3FE45F30, 0x6DC9C883);
    private static final double PIO2_1 = fromWords(0x3FF921FB, 0x54400000);
    private static final double PIO2_1T = fromWords(0x3DD0B461, 0x1A626331);
    private static final double PIO2_2 = fromWords(0x3DD0B461, 0x1A600000);
    private static final double PIO2_2T = fromWords(0x3BA3198A, 0x2E037073);
    private static final double PIO2_3 = fromWords(0x3BA3198A, 0x2E000000);
    private static final double PIO2_3T = fromWords(0x397B839A, 0x252049C1);
    /** High words of n * pi / 2 for n = 1..4, the multiples the reduction below can meet. */
    private static final int[] NPIO2_HW = {0x3FF921FB, 0x400921FB, 0x4012D97C, 0x401921FB};
    /** The largest |x| {@link #cos} accepts: enough for 2 pi, the Monte Carlo's argument. */
    public static final double COS_LIMIT = 7.0;

    /**
     * The cosine, as {@link StrictMath#cos}, for |x| up to {@link #COS_LIMIT} (the reduction by pi/2
     * for larger arguments is left out, since the model never needs it).
     */
    public static double cos(double x) {
        int ix = hi(x) & 0x7fffffff;
        if (ix <= 0x3fe921fb) {
            return kernelCos(x, 0);
        }
        if (ix >= 0x7ff00000) {
            return x - x;
        }
        if (!(Math.abs(x) <= COS_LIMIT)) {
            throw new IllegalArgumentException("Fdlibm.cos supports |x| <= " + COS_LIMIT + ", not " + x);
        }
        double[] y = new double[2];
        int n = remPio2(x, y);
        switch (n & 3) {
            case 0:
                return kernelCos(y[0], y[1]);
            case 1:
                return -kernelSin(y[0], y[1]);
            case 2:
                return -kernelCos(y[0], y[1]);
            default:
                return kernelSin(y[0], y[1]);
        }
    }

    private static double kernelCos(double x, double y) {
        int ix = hi(x) & 0x7fffffff;
        if (ix < 0x3e400000 && (int) x == 0) { // |x| < 2^-27
            return 1.0;
        }
        double z = x * x;
        double r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
        if (ix < 0x3FD33333) { // |x| < 0.3
            return 1.0 - (0.5 * z - (z * r - x * y));
        }
        double qx = ix > 0x3fe90000 ? 0.28125 : fromWords(ix - 0x00200000, 0); // x/4
        double hz = 0.5 * z - qx;
        double a = 1.0 - qx;
        return a - (hz - (z * r - x * y));
    }

    /** fdlibm's {@code __kernel_sin(x, y, 1)}: the tail y is used. */
    private static double kernelSin(double x, double y) {
        int ix = hi(x) & 0x7fffffff;
        if (ix < 0x3e400000 && (int) x == 0) {
            return x;
        }
        double z = x * x;
        double v = z * x;
        double r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
        return x - ((z * (0.5 * y - v * r) - y) - v * S1);
    }

    /** x reduced by a multiple n of pi/2 into y[0] + y[1]; returns n. Medium-size arguments only. */
    private static int remPio2(double x, double[] y) {
        int hx = hi(x);
        int ix = hx & 0x7fffffff;
        if (ix < 0x4002d97c) { // |x| < 3 pi / 4: n = +-1
            if (hx > 0) {
                double z = x - PIO2_1;
                if (ix != 0x3ff921fb) {
                    y[0] = z - PIO2_1T;
                    y[1] = (z - y[0]) - PIO2_1T;
                } else { // near pi/2
                    z -= PIO2_2;
                    y[0] = z - PIO2_2T;
                    y[1] = (z - y[0]) - PIO2_2T;
                }
                return 1;
            }
            double z = x + PIO2_1;
            if (ix != 0x3ff921fb) {
                y[0] = z + PIO2_1T;
                y[1] = (z - y[0]) + PIO2_1T;
            } else {
                z += PIO2_2;
                y[0] = z + PIO2_2T;
                y[1] = (z - y[0]) + PIO2_2T;
            }
            return -1;
        }
        double t = Math.abs(x);
        int n = (int) (t * INVPIO2 + 0.5);
        double fn = n;
        double r = t - fn * PIO2_1;
        double w = fn * PIO2_1T; // first round, good to 85 bits
        if (ix != NPIO2_HW[n - 1]) {
            y[0] = r - w; // no cancellation
        } else {
            int j = ix >> 20;
            y[0] = r - w;
            int i = j - ((hi(y[0]) >> 20) & 0x7ff);
            if (i > 16) { // second round, good to 118 bits
                t = r;
                w = fn * PIO2_2;
                r = t - w;
                w = fn * PIO2_2T - ((t - r) - w);
                y[0] = r - w;
                i = j - ((hi(y[0]) >> 20) & 0x7ff);
                if (i > 49) { // third round, 151 bits
                    t = r;
                    w = fn * PIO2_3;
                    r = t - w;
                    w = fn * PIO2_3T - ((t - r) - w);
                    y[0] = r - w;
                }
            }
        }
        y[1] = (r - y[0]) - w;
        if (hx < 0) {
            y[0] = -y[0];
            y[1] = -y[1];
            return -n;
        }
        return n;
    }

    // ---------------------------------------------------------------- pow (e_pow.c)

    private static final double[] BP = {1.0, 1.5};
    private static final double[] DP_H = {0.0, fromWords(0x3FE2B803, 0x40000000)};
    private static final double[] DP_L = {0.0, fromWords(0x3E4CFDEB, 0x43CFD006)};
    private static final double TWO53 = fromWords(0x43400000, 0);
    private static final double L1 = fromWords(0x3FE33333, 0x33333303);
    private static final double L2 = fromWords(0x3FDB6DB6, 0xDB6FABFF);
    private static final double L3 = fromWords(0x3FD55555, 0x518F264D);
    private static final double L4 = fromWords(0x3FD17460, 0xA91D4101);
    private static final double L5 = fromWords(0x3FCD864A, 0x93C9DB65);
    private static final double L6 = fromWords(0x3FCA7E28, 0x4A454EEF);
    private static final double LG2_FULL = fromWords(0x3FE62E42, 0xFEFA39EF);
    private static final double LG2_H = fromWords(0x3FE62E43, 0x00000000);
    private static final double LG2_L = fromWords(0xBE205C61, 0x0CA86C39);
    private static final double OVT = 8.0085662595372944372e-17; // -(1024 - log2(ovfl + .5 ulp))
    private static final double CP = fromWords(0x3FEEC709, 0xDC3A03FD); // 2 / (3 ln 2)
    private static final double CP_H = fromWords(0x3FEEC709, 0xE0000000);
    private static final double CP_L = fromWords(0xBE3E2FE0, 0x145B01F5);
    private static final double IVLN2 = fromWords(0x3FF71547, 0x652B82FE);
    private static final double IVLN2_H = fromWords(0x3FF71547, 0x60000000);
    private static final double IVLN2_L = fromWords(0x3E54AE0B, 0xF85DDF44);

    /** x to the power y, as {@link StrictMath#pow}. */
    public static double pow(double x, double y) {
        int hx = hi(x);
        int lx = lo(x);
        int hy = hi(y);
        int ly = lo(y);
        int ix = hx & 0x7fffffff;
        int iy = hy & 0x7fffffff;
        if ((iy | ly) == 0) {
            return 1.0;
        }
        if (ix > 0x7ff00000 || (ix == 0x7ff00000 && lx != 0) || iy > 0x7ff00000 || (iy == 0x7ff00000 && ly != 0)) {
            return x + y; // NaN
        }
        // yisint: 0 y is not an integer, 1 an odd integer, 2 an even integer (only when x < 0)
        int yisint = 0;
        if (hx < 0) {
            if (iy >= 0x43400000) {
                yisint = 2;
            } else if (iy >= 0x3ff00000) {
                int k = (iy >> 20) - 0x3ff;
                if (k > 20) {
                    int j = ly >>> (52 - k);
                    if ((j << (52 - k)) == ly) {
                        yisint = 2 - (j & 1);
                    }
                } else if (ly == 0) {
                    int j = iy >> (20 - k);
                    if ((j << (20 - k)) == iy) {
                        yisint = 2 - (j & 1);
                    }
                }
            }
        }
        if (ly == 0) {
            if (iy == 0x7ff00000) { // y is +-inf
                if (((ix - 0x3ff00000) | lx) == 0) {
                    return y - y;
                } else if (ix >= 0x3ff00000) {
                    return hy >= 0 ? y : 0.0;
                } else {
                    return hy < 0 ? -y : 0.0;
                }
            }
            if (iy == 0x3ff00000) {
                return hy < 0 ? 1.0 / x : x;
            }
            if (hy == 0x40000000) {
                return x * x;
            }
            if (hy == 0x3fe00000 && hx >= 0) {
                return Math.sqrt(x);
            }
        }
        double ax = Math.abs(x);
        if (lx == 0 && (ix == 0x7ff00000 || ix == 0 || ix == 0x3ff00000)) { // x is +-0, +-inf, +-1
            double z = ax;
            if (hy < 0) {
                z = 1.0 / z;
            }
            if (hx < 0) {
                if (((ix - 0x3ff00000) | yisint) == 0) {
                    z = (z - z) / (z - z);
                } else if (yisint == 1) {
                    z = -z;
                }
            }
            return z;
        }
        int n = (hx >> 31) + 1;
        if ((n | yisint) == 0) {
            return (x - x) / (x - x); // (x < 0) ** non-integer
        }
        double s = 1.0;
        if ((n | (yisint - 1)) == 0) {
            s = -1.0;
        }
        double t1;
        double t2;
        if (iy > 0x41e00000) { // |y| > 2^31
            if (iy > 0x43f00000) { // |y| > 2^64
                if (ix <= 0x3fefffff) {
                    return hy < 0 ? HUGE * HUGE : TINY * TINY;
                }
                if (ix >= 0x3ff00000) {
                    return hy > 0 ? HUGE * HUGE : TINY * TINY;
                }
            }
            if (ix < 0x3fefffff) {
                return hy < 0 ? s * HUGE * HUGE : s * TINY * TINY;
            }
            if (ix > 0x3ff00000) {
                return hy > 0 ? s * HUGE * HUGE : s * TINY * TINY;
            }
            double t = ax - 1.0;
            double w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
            double u = IVLN2_H * t;
            double v = t * IVLN2_L - w * IVLN2;
            t1 = withLo(u + v, 0);
            t2 = v - (t1 - u);
        } else {
            n = 0;
            if (ix < 0x00100000) { // subnormal x
                ax *= TWO53;
                n -= 53;
                ix = hi(ax);
            }
            n += (ix >> 20) - 0x3ff;
            int j = ix & 0x000fffff;
            ix = j | 0x3ff00000;
            int k;
            if (j <= 0x3988E) {
                k = 0; // |x| < sqrt(3/2)
            } else if (j < 0xBB67A) {
                k = 1; // |x| < sqrt(3)
            } else {
                k = 0;
                n += 1;
                ix -= 0x00100000;
            }
            ax = withHi(ax, ix);
            double u = ax - BP[k];
            double v = 1.0 / (ax + BP[k]);
            double ss = u * v;
            double sH = withLo(ss, 0);
            double tH = fromWords(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18), 0);
            double tL = ax - (tH - BP[k]);
            double sL = v * ((u - sH * tH) - sH * tL);
            double s2 = ss * ss;
            double r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
            r += sL * (sH + ss);
            s2 = sH * sH;
            tH = withLo(3.0 + s2 + r, 0);
            tL = r - ((tH - 3.0) - s2);
            u = sH * tH;
            v = sL * tH + tL * ss;
            double pH = withLo(u + v, 0);
            double pL = v - (pH - u);
            double zH = CP_H * pH;
            double zL = CP_L * pH + pL * CP + DP_L[k];
            double t = n;
            t1 = withLo(((zH + zL) + DP_H[k]) + t, 0);
            t2 = zL - (((t1 - t) - DP_H[k]) - zH);
        }
        // (y1 + y2) * (t1 + t2)
        double y1 = withLo(y, 0);
        double pL = (y - y1) * t1 + y * t2;
        double pH = y1 * t1;
        double z = pL + pH;
        int j = hi(z);
        int i = lo(z);
        if (j >= 0x40900000) { // z >= 1024
            if (((j - 0x40900000) | i) != 0 || pL + OVT > z - pH) {
                return s * HUGE * HUGE;
            }
        } else if ((j & 0x7fffffff) >= 0x4090cc00) { // z <= -1075
            if (((j - 0xc090cc00) | i) != 0 || pL <= z - pH) {
                return s * TINY * TINY;
            }
        }
        // 2 ** (pH + pL)
        i = j & 0x7fffffff;
        int k = (i >> 20) - 0x3ff;
        n = 0;
        if (i > 0x3fe00000) { // |z| > 0.5: n = [z + 0.5]
            n = j + (0x00100000 >> (k + 1));
            k = ((n & 0x7fffffff) >> 20) - 0x3ff;
            double t = fromWords(n & ~(0x000fffff >> k), 0);
            n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
            if (j < 0) {
                n = -n;
            }
            pH -= t;
        }
        double t = withLo(pL + pH, 0);
        double u = t * LG2_H;
        double v = (pL - (t - pH)) * LG2_FULL + t * LG2_L;
        z = u + v;
        double w = v - (z - u);
        t = z * z;
        t1 = z - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
        double r = (z * t1) / (t1 - 2.0) - (w + z * w);
        z = 1.0 - (r - z);
        j = hi(z) + (n << 20);
        if ((j >> 20) <= 0) { // subnormal result: scale in two exact steps, one rounding
            return s * (z * 0x1p-1000) * Double.longBitsToDouble((long) (n + 1000 + 1023) << 52);
        }
        return s * withHi(z, j);
    }
}
