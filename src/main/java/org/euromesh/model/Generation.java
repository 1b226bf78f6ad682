package org.euromesh.model;

import java.util.List;

/**
 * An accelerator generation: dense BF16 peak per GPU, IT power per GPU including its share of
 * host and network, unit price, and the first month of volume delivery as a month index from the
 * decision month (negative when it was already shipping).
 */
public record Generation(String id, String name, int availableMonth, double peakFlopPerS, double gpuKw, double priceEur) {

    /** The hardware a site installs: the base values of {@code p}, or a generation. */
    public record Hardware(String id, double peakFlopPerS, double gpuKw, double priceEur) {
    }

    /**
     * The hardware of a site energised in month {@code energisation}: with generations switched on,
     * the newest generation whose volume delivery starts no later than
     * {@code energisation - procurement_lead_months} (the oldest if none does yet); otherwise the
     * base hardware (the hardware parameters).
     */
    public static Hardware installed(Parameters p, List<Generation> generations, int energisation) {
        if (!p.hardwareGenerations() || generations.isEmpty()) {
            return new Hardware("base", p.gpuPeakFlopPerS(), p.gpuKw(), p.gpuPriceEur());
        }
        int orderBy = energisation - p.procurementLeadMonths();
        Generation chosen = null;
        for (Generation g : generations) {
            boolean available = g.availableMonth() <= orderBy;
            if (chosen == null
                    || available && (chosen.availableMonth() > orderBy || g.availableMonth() > chosen.availableMonth())
                    || !available && chosen.availableMonth() > orderBy && g.availableMonth() < chosen.availableMonth()) {
                chosen = g;
            }
        }
        return new Hardware(chosen.id(), chosen.peakFlopPerS(), chosen.gpuKw(), chosen.priceEur());
    }
}
