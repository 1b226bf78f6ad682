package org.euromesh.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Money: what each build costs, as facility capital per MW of IT plus the accelerators it
 * installs (GPUs times the unit price of the generation it gets). The public machines exist
 * already: an allocation of them costs no new capital.
 */
public final class Capital {

    private Capital() {
    }

    /** What is built. */
    public enum Build { ONE_SITE, RUN_SITES, WHOLE_MESH, CAMPUS, CAMPUS_FIRST_TRANCHE }

    /** One build: its sites, MW of IT, GPUs, the hardware it installs, and its capital in euros. */
    public record Row(Build build, int sites, double mwIt, long gpus, String hardware, double facilityEur, double acceleratorsEur) {
        public double totalEur() {
            return facilityEur + acceleratorsEur;
        }
    }

    public static List<Row> table(Parameters p, List<Generation> fleet) {
        Generation.Hardware mesh = Pathways.meshHardware(p, fleet);
        long perSite = Pathways.gpusPerSite(p.siteMw(), mesh.gpuKw());
        int runSites = Math.min(p.meshSites(), p.maxReplicas());
        List<Row> rows = new ArrayList<>();
        rows.add(row(Build.ONE_SITE, 1, p.siteMw(), perSite, mesh, p));
        rows.add(row(Build.RUN_SITES, runSites, runSites * p.siteMw(), runSites * perSite, mesh, p));
        rows.add(row(Build.WHOLE_MESH, p.meshSites(), p.meshSites() * p.siteMw(), p.meshSites() * perSite, mesh, p));
        Generation.Hardware campus = Generation.installed(p, fleet, Pathways.energisationMonth(p.tauMegaYears()));
        rows.add(row(Build.CAMPUS, 1, p.campusMw(), Pathways.gpusPerSite(p.campusMw(), campus.gpuKw()), campus, p));
        double first = Math.min(p.phasedFirstMw(), p.campusMw());
        Generation.Hardware tranche = Generation.installed(p, fleet, Pathways.energisationMonth(p.tauTrancheYears()));
        rows.add(row(Build.CAMPUS_FIRST_TRANCHE, 1, first, Pathways.gpusPerSite(first, tranche.gpuKw()), tranche, p));
        return List.copyOf(rows);
    }

    /** {@code facility = MW x capex_eur_per_mw}; {@code accelerators = GPUs x price}. */
    private static Row row(Build build, int sites, double mw, long gpus, Generation.Hardware hw, Parameters p) {
        return new Row(build, sites, mw, gpus, hw.id(), mw * p.capexEurPerMw(), gpus * hw.priceEur());
    }
}
