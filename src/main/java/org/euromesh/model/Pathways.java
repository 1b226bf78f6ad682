package org.euromesh.model;

/**
 * Layer 2: when the mesh and the campus are powered, how fast they ramp, and how much effective
 * compute each delivers per month.
 */
public final class Pathways {

    /** A month is a fixed 30 days. */
    public static final double SECONDS_PER_MONTH = 2_592_000;

    private Pathways() {
    }

    /** {@code G = floor(site_mw * 1000 / gpu_kw)}; the tiny tolerance keeps 40 000 / 1.6 from flooring to 24 999. */
    public static int gpusPerSite(double siteMw, double gpuKw) {
        return (int) Math.floor(siteMw * 1000 / gpuKw + 1e-9);
    }

    /** A site cannot draw power before its lead time has fully elapsed: {@code e = ceil(12 tau - 1e-9)}. */
    public static int energisationMonth(double tauYears) {
        return (int) Math.ceil(12 * tauYears - 1e-9);
    }

    /** Share of a site's GPUs running in month {@code m} when it starts in {@code start}. */
    static double rampShare(int m, int start, int rampMonths) {
        if (m < start) {
            return 0;
        }
        return Math.min(1.0, (m - start + 1) / (double) rampMonths);
    }

    /** First month of compute of mesh site {@code i} (counted from 0). */
    public static int meshStartMonth(Parameters p, int site) {
        return energisationMonth(p.tauMediumYears()) + site * p.meshStaggerMonths() + p.commissioningMonths();
    }

    public static int campusStartMonth(Parameters p) {
        return energisationMonth(p.tauMegaYears()) + p.commissioningMonths();
    }

    /** Effective FLOP a pathway delivers in month m, and the first month it can deliver any. */
    public interface MonthlyFlop {
        double inMonth(int m);

        int firstMonth();
    }

    /**
     * Effective mesh FLOP per month. Only the first {@code max_replicas} sites (the earliest) join
     * the run; alpha depends on how many of them are running that month.
     */
    public static MonthlyFlop mesh(Parameters p) {
        int counted = Math.min(p.meshSites(), p.maxReplicas());
        int gpus = gpusPerSite(p.siteMw(), p.gpuKw());
        double flopPerGpuMonth = p.gpuPeakFlopPerS() * p.mfuLocal() * SECONDS_PER_MONTH;
        int[] starts = new int[counted];
        for (int i = 0; i < counted; i++) {
            starts[i] = meshStartMonth(p, i);
        }
        int ramp = p.meshRampMonths();
        return new MonthlyFlop() {
            @Override
            public double inMonth(int m) {
                int running = 0;
                double gpusRunning = 0;
                for (int start : starts) {
                    double share = rampShare(m, start, ramp);
                    if (share > 0) {
                        running++;
                        gpusRunning += gpus * share;
                    }
                }
                return running == 0 ? 0 : gpusRunning * flopPerGpuMonth / Efficiency.alpha(p, running);
            }

            @Override
            public int firstMonth() {
                return counted == 0 ? Integer.MAX_VALUE : starts[0];
            }
        };
    }

    /** Effective campus FLOP per month: one synchronous site, alpha = 1. */
    public static MonthlyFlop campus(Parameters p) {
        int gpus = gpusPerSite(p.campusMw(), p.gpuKw());
        double flopPerGpuMonth = p.gpuPeakFlopPerS() * p.mfuCentral() * SECONDS_PER_MONTH;
        int start = campusStartMonth(p);
        int ramp = p.campusRampMonths();
        return new MonthlyFlop() {
            @Override
            public double inMonth(int m) {
                return gpus * rampShare(m, start, ramp) * flopPerGpuMonth;
            }

            @Override
            public int firstMonth() {
                return start;
            }
        };
    }

    public static double[] meshMonthlyFlop(Parameters p, int horizonMonths) {
        return monthly(mesh(p), horizonMonths);
    }

    public static double[] campusMonthlyFlop(Parameters p, int horizonMonths) {
        return monthly(campus(p), horizonMonths);
    }

    static double[] monthly(MonthlyFlop flop, int horizonMonths) {
        double[] monthly = new double[horizonMonths];
        for (int m = 0; m < horizonMonths; m++) {
            monthly[m] = flop.inMonth(m);
        }
        return monthly;
    }

    /** Running total of monthly compute. */
    public static double[] cumulative(double[] monthly) {
        double[] cum = new double[monthly.length];
        double total = 0;
        for (int m = 0; m < monthly.length; m++) {
            total += monthly[m];
            cum[m] = total;
        }
        return cum;
    }

    /**
     * First month whose cumulative compute reaches {@code requiredFlop}, with the fractional time
     * {@code t = m + (C - Cum(m-1)) / F(m)}; censored if the horizon ends first.
     */
    public static Delivery deliver(double[] monthly, double requiredFlop) {
        return deliver(new MonthlyFlop() {
            @Override
            public double inMonth(int m) {
                return monthly[m];
            }

            @Override
            public int firstMonth() {
                return 0;
            }
        }, monthly.length, requiredFlop);
    }

    /**
     * The same, month by month without an array, stopping at delivery; months before
     * {@code firstMonth} add nothing, so skipping them gives the same sums to the bit.
     */
    public static Delivery deliver(MonthlyFlop flop, int horizonMonths, double requiredFlop) {
        double cum = 0;
        for (int m = Math.max(0, flop.firstMonth()); m < horizonMonths; m++) {
            double f = flop.inMonth(m);
            double before = cum;
            cum += f;
            if (f > 0 && cum >= requiredFlop) {
                double share = Math.max(0, requiredFlop - before) / f;
                return new Delivery.Delivered(m, m + Math.min(1.0, share));
            }
        }
        return new Delivery.Censored(horizonMonths);
    }
}
