package org.euromesh.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** MODEL.md §8: facility capital per MW plus GPUs times the price of the hardware installed. */
class CapitalTest {

    private static Capital.Row row(List<Capital.Row> rows, Capital.Build build) {
        return rows.stream().filter(r -> r.build() == build).findFirst().orElseThrow();
    }

    @Test
    void oneSiteOnTheBaseHardwareByHand() {
        // 40 MW * 1.2e7 = 4.8e8; floor(40 000 / 1.4) = 28 571 GPUs * 25 000 = 714 275 000; total 1 194 275 000
        Capital.Row one = row(Capital.table(PublishedInputs.baseline(), GenerationTest.FLEET), Capital.Build.ONE_SITE);
        assertEquals(1, one.sites());
        assertEquals(40.0, one.mwIt(), 0.0);
        assertEquals(28_571, one.gpus());
        assertEquals("base", one.hardware());
        assertEquals(4.8e8, one.facilityEur(), 1e-3);
        assertEquals(714_275_000.0, one.acceleratorsEur(), 1e-3);
        assertEquals(1_194_275_000.0, one.totalEur(), 1e-3);
    }

    @Test
    void oneSiteOnB200ByHand() {
        // generations on: the mesh energises in month 32, orders by 26: b200. floor(40 000 / 1.9) = 21 052 GPUs
        // * 35 000 = 736 820 000; plus 4.8e8 = 1 216 820 000
        Parameters p = PublishedInputs.baseline().with(Parameter.HARDWARE_GENERATIONS, 1);
        Capital.Row one = row(Capital.table(p, GenerationTest.FLEET), Capital.Build.ONE_SITE);
        assertEquals(21_052, one.gpus());
        assertEquals("b200", one.hardware());
        assertEquals(736_820_000.0, one.acceleratorsEur(), 1e-3);
        assertEquals(1_216_820_000.0, one.totalEur(), 1e-3);
    }

    @Test
    void theMeshRowsMultiplyTheSite() {
        // run sites: min(45, 8) = 8, 320 MW, 228 568 GPUs; whole mesh 45, 1800 MW, 1 285 695 GPUs
        List<Capital.Row> rows = Capital.table(PublishedInputs.baseline(), List.of());
        Capital.Row run = row(rows, Capital.Build.RUN_SITES);
        assertEquals(8, run.sites());
        assertEquals(320.0, run.mwIt(), 1e-9);
        assertEquals(228_568, run.gpus());
        assertEquals(320 * 1.2e7 + 228_568 * 25_000.0, run.totalEur(), 1e-3);
        Capital.Row whole = row(rows, Capital.Build.WHOLE_MESH);
        assertEquals(45, whole.sites());
        assertEquals(1800.0, whole.mwIt(), 1e-9);
        assertEquals(1_285_695, whole.gpus());
        assertEquals(1800 * 1.2e7 + 1_285_695 * 25_000.0, whole.totalEur(), 1e-3);
    }

    @Test
    void theCampusAndItsFirstTrancheEachTakeTheHardwareOfTheirMonth() {
        // generation "next" from month 40: the tranche (e(4.0) = 48, orders by 42) and the campus (e 84) get
        // next; with tau_tranche 3.5 (e 42, orders by 36) the tranche gets b200.
        Generation next = new Generation("next", "Next", 40, 4e15, 2.5, 50_000);
        List<Generation> fleet = List.of(GenerationTest.H100, GenerationTest.B200, next);
        Parameters p = PublishedInputs.baseline().with(Parameter.HARDWARE_GENERATIONS, 1);
        List<Capital.Row> rows = Capital.table(p, fleet);
        Capital.Row campus = row(rows, Capital.Build.CAMPUS);
        assertEquals("next", campus.hardware());
        assertEquals(400_000, campus.gpus()); // 1 000 000 / 2.5
        assertEquals(1000 * 1.2e7 + 400_000 * 50_000.0, campus.totalEur(), 1e-2);
        Capital.Row tranche = row(rows, Capital.Build.CAMPUS_FIRST_TRANCHE);
        assertEquals("next", tranche.hardware());
        assertEquals(200.0, tranche.mwIt(), 0.0);
        assertEquals(80_000, tranche.gpus());
        Capital.Row early = row(Capital.table(p.with(Parameter.TAU_TRANCHE_YEARS, 3.5), fleet), Capital.Build.CAMPUS_FIRST_TRANCHE);
        assertEquals("b200", early.hardware());
        assertEquals(105_263, early.gpus()); // floor(200 000 / 1.9)
        assertEquals(200 * 1.2e7 + 105_263 * 35_000.0, early.totalEur(), 1e-3);
        // the mesh (e 32, orders by 26) stays on b200
        assertEquals("b200", row(rows, Capital.Build.ONE_SITE).hardware());
    }

    @Test
    void aFirstTrancheLargerThanTheCampusIsCappedAtTheCampus() {
        Parameters p = PublishedInputs.baseline().with(Parameter.PHASED_FIRST_MW, 1500);
        Capital.Row tranche = row(Capital.table(p, List.of()), Capital.Build.CAMPUS_FIRST_TRANCHE);
        assertEquals(1000.0, tranche.mwIt(), 0.0);
        assertEquals(714_285, tranche.gpus());
    }
}
