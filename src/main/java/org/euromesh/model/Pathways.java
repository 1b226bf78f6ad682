package org.euromesh.model;

import java.util.List;

/**
 * Layer 2: when each pathway (the mesh, the campus on its three routes, the public machines) is
 * powered, how fast it ramps, and how much effective compute it delivers per month.
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

    /** The kinds of pathway on the timeline; the public machines come once per allocated share. */
    public enum Kind { MESH, CAMPUS, CAMPUS_PHASED, CAMPUS_FAST_TRACK, PUBLIC }

    /** The hardware a mesh site installs: the generation available when the first site energises. */
    public static Generation.Hardware meshHardware(Parameters p, List<Generation> fleet) {
        return Generation.installed(p, fleet, energisationMonth(p.tauMediumYears()));
    }

    /**
     * Effective mesh FLOP per month. Only the first {@code max_replicas} sites (the earliest) join
     * the run; alpha depends on how many of them are running that month.
     */
    public static MonthlyFlop mesh(Parameters p) {
        return mesh(p, List.of());
    }

    public static MonthlyFlop mesh(Parameters p, List<Generation> fleet) {
        int counted = Math.min(p.meshSites(), p.maxReplicas());
        Generation.Hardware hw = meshHardware(p, fleet);
        int gpus = gpusPerSite(p.siteMw(), hw.gpuKw());
        double flopPerGpuMonth = hw.peakFlopPerS() * p.mfuLocal() * SECONDS_PER_MONTH * p.goodput();
        int[] starts = new int[counted];
        for (int i = 0; i < counted; i++) {
            starts[i] = meshStartMonth(p, i);
        }
        int ramp = p.meshRampMonths();
        // alpha for each number of sites running, worked out the first time that number runs: a
        // delivery usually needs one or two of them, and each costs three logarithms
        double[] alpha = new double[counted + 1];
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
                if (running == 0) {
                    return 0;
                }
                if (alpha[running] == 0) {
                    alpha[running] = Efficiency.alpha(p, running);
                }
                return gpusRunning * flopPerGpuMonth / alpha[running];
            }

            @Override
            public int firstMonth() {
                return counted == 0 ? Integer.MAX_VALUE : starts[0];
            }
        };
    }

    /** One block of a synchronous site: {@code gpus} GPUs from {@code start}, ramping over {@code ramp} months. */
    record Tranche(int gpus, int start, int ramp, double flopPerGpuMonth) {
    }

    /** A campus tranche of {@code mw} energised after {@code tauYears}, with the hardware of that month. */
    static Tranche tranche(Parameters p, List<Generation> fleet, double mw, double tauYears) {
        int energised = energisationMonth(tauYears);
        Generation.Hardware hw = Generation.installed(p, fleet, energised);
        return new Tranche(gpusPerSite(mw, hw.gpuKw()), energised + p.commissioningMonths(), p.campusRampMonths(),
                hw.peakFlopPerS() * p.mfuCentral() * SECONDS_PER_MONTH * p.goodput());
    }

    /** Effective campus FLOP per month: one synchronous site, alpha = 1. */
    public static MonthlyFlop campus(Parameters p) {
        return campus(p, List.of());
    }

    public static MonthlyFlop campus(Parameters p, List<Generation> fleet) {
        return synchronous(tranche(p, fleet, p.campusMw(), p.tauMegaYears()));
    }

    /** The same campus on a fast-track connection (a pre-identified 400 kV site or secured capacity). */
    public static MonthlyFlop fastTrackCampus(Parameters p, List<Generation> fleet) {
        return synchronous(tranche(p, fleet, p.campusMw(), p.tauFastTrackYears()));
    }

    /**
     * A campus energised in two tranches: {@code phased_first_mw} after {@code tau_tranche_years},
     * the rest of {@code campus_mw} after {@code tau_mega_years}; one synchronous site throughout.
     */
    public static MonthlyFlop phasedCampus(Parameters p, List<Generation> fleet) {
        double first = Math.min(p.phasedFirstMw(), p.campusMw());
        Tranche a = tranche(p, fleet, first, p.tauTrancheYears());
        if (first >= p.campusMw()) {
            return synchronous(a);
        }
        return synchronous(a, tranche(p, fleet, p.campusMw() - first, Math.max(p.tauTrancheYears(), p.tauMegaYears())));
    }

    /**
     * The public machines: {@code share} of every EuroHPC system from {@code public_start_months},
     * trained as one low-communication run across the systems (alpha for their number, and the
     * slowest-replica loss of mixed hardware when there is more than one).
     */
    public static MonthlyFlop publicMachines(Parameters p, List<Substrate.System> inventory, double share) {
        List<Substrate.System> systems = inventory.stream().filter(Substrate.System::euroHpc).toList();
        double peak = Sums.sum(systems, Substrate.System::aggregateFlopPerS);
        double mixed = systems.size() > 1 ? p.mixedHardwareEfficiency() : 1.0;
        double perMonth = share * peak * p.mfuSubstrate() * p.goodput() * mixed * SECONDS_PER_MONTH
                / Efficiency.alpha(p, systems.size());
        int start = p.publicStartMonths();
        return new MonthlyFlop() {
            @Override
            public double inMonth(int m) {
                return m >= start && !systems.isEmpty() ? perMonth : 0;
            }

            @Override
            public int firstMonth() {
                return systems.isEmpty() ? Integer.MAX_VALUE : start;
            }
        };
    }

    /** Runs for every route of every Monte Carlo draw: plain loops over an array, no streams. */
    private static MonthlyFlop synchronous(Tranche... tranches) {
        int earliest = Integer.MAX_VALUE;
        for (Tranche t : tranches) {
            earliest = Math.min(earliest, t.start());
        }
        int first = earliest;
        return new MonthlyFlop() {
            @Override
            public double inMonth(int m) {
                double f = 0;
                for (Tranche t : tranches) {
                    f += t.gpus() * rampShare(m, t.start(), t.ramp()) * t.flopPerGpuMonth();
                }
                return f;
            }

            @Override
            public int firstMonth() {
                return first;
            }
        };
    }

    /** The monthly compute of one pathway. */
    public static MonthlyFlop of(Kind kind, Parameters p, List<Generation> fleet, List<Substrate.System> inventory, double share) {
        return switch (kind) {
            case MESH -> mesh(p, fleet);
            case CAMPUS -> campus(p, fleet);
            case CAMPUS_PHASED -> phasedCampus(p, fleet);
            case CAMPUS_FAST_TRACK -> fastTrackCampus(p, fleet);
            case PUBLIC -> publicMachines(p, inventory, share);
        };
    }

    public static double[] meshMonthlyFlop(Parameters p, int horizonMonths) {
        return monthly(mesh(p), horizonMonths);
    }

    public static double[] campusMonthlyFlop(Parameters p, int horizonMonths) {
        return monthly(campus(p), horizonMonths);
    }

    public static double[] monthly(MonthlyFlop flop, int horizonMonths) {
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
