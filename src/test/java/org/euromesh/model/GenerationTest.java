package org.euromesh.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** MODEL.md §3: which hardware a build energised in month e installs. */
class GenerationTest {

    // The edition's two generations, as month indices from a January 2027 decision month.
    static final Generation H100 = new Generation("h100", "NVIDIA H100 SXM", -45, 9.89e14, 1.4, 25_000);
    static final Generation B200 = new Generation("b200", "NVIDIA B200 (HGX)", -24, 2.25e15, 1.9, 35_000);
    static final List<Generation> FLEET = List.of(H100, B200);

    private static final Parameters OFF = PublishedInputs.baseline();
    /** Generations on, procurement lead 6 months (the baseline's). */
    private static final Parameters ON = OFF.with(Parameter.HARDWARE_GENERATIONS, 1);

    @Test
    void withTheSwitchOffEveryBuildGetsTheBaseHardwareEvenWithAFleet() {
        for (int e : new int[] {-100, -19, -18, 0, 32, 84}) {
            Generation.Hardware hw = Generation.installed(OFF, FLEET, e);
            assertEquals("base", hw.id());
            assertEquals(9.89e14, hw.peakFlopPerS(), 0.0);
            assertEquals(1.4, hw.gpuKw(), 0.0);
            assertEquals(25_000, hw.priceEur(), 0.0);
        }
    }

    @Test
    void baseHardwareFollowsTheBaseParametersNotTheFleet() {
        Parameters p = OFF.with(Parameter.GPU_KW, 1.7).with(Parameter.GPU_PRICE_EUR, 31_000);
        Generation.Hardware hw = Generation.installed(p, FLEET, 50);
        assertEquals(1.7, hw.gpuKw(), 0.0);
        assertEquals(31_000, hw.priceEur(), 0.0);
    }

    @Test
    void withTheSwitchOnButNoGenerationsTheBaseHardwareIsUsed() {
        assertEquals("base", Generation.installed(ON, List.of(), 40).id());
    }

    @Test
    void aSiteEnergisedJustBeforeB200PlusTheLeadGetsH100AndFromThatMonthB200() {
        // b200 is available when -24 <= e - 6, i.e. from e = -18; at e = -19 the newest available is h100.
        assertEquals("h100", Generation.installed(ON, FLEET, -19).id());
        assertEquals("b200", Generation.installed(ON, FLEET, -18).id());
        assertEquals("b200", Generation.installed(ON, FLEET, 84).id());
    }

    @Test
    void theProcurementLeadMovesTheSwitchMonth() {
        // lead 12: b200 from e = -24 + 12 = -12; lead 0: from e = -24.
        Parameters lead12 = ON.with(Parameter.PROCUREMENT_LEAD_MONTHS, 12);
        assertEquals("h100", Generation.installed(lead12, FLEET, -13).id());
        assertEquals("b200", Generation.installed(lead12, FLEET, -12).id());
        Parameters lead0 = ON.with(Parameter.PROCUREMENT_LEAD_MONTHS, 0);
        assertEquals("h100", Generation.installed(lead0, FLEET, -25).id());
        assertEquals("b200", Generation.installed(lead0, FLEET, -24).id());
    }

    @Test
    void theNewestAvailableWinsWhateverTheListOrder() {
        List<Generation> reversed = List.of(B200, H100);
        assertEquals("b200", Generation.installed(ON, reversed, 0).id());
        assertEquals("h100", Generation.installed(ON, reversed, -19).id());
    }

    @Test
    void whenNoneIsAvailableYetTheOldestListedIsInstalled() {
        // h100 is available from e = -45 + 6 = -39; at e = -40 neither is: the oldest (h100),
        // also when it is listed second.
        assertEquals("h100", Generation.installed(ON, FLEET, -40).id());
        assertEquals("h100", Generation.installed(ON, List.of(B200, H100), -40).id());
        Generation.Hardware hw = Generation.installed(ON, List.of(B200, H100), -40);
        assertEquals(9.89e14, hw.peakFlopPerS(), 0.0);
        assertEquals(1.4, hw.gpuKw(), 0.0);
    }

    @Test
    void aTieGoesToTheFirstListed() {
        Generation a = new Generation("a", "A", 10, 1e15, 1.0, 1);
        Generation b = new Generation("b", "B", 10, 2e15, 2.0, 2);
        assertEquals("a", Generation.installed(ON, List.of(a, b), 40).id());
        assertEquals("b", Generation.installed(ON, List.of(b, a), 40).id());
        // neither available (10 > 0 - 6): still the first listed
        assertEquals("a", Generation.installed(ON, List.of(a, b), 0).id());
    }

    @Test
    void theHardwareCarriesTheGenerationsValues() {
        Generation.Hardware hw = Generation.installed(ON, FLEET, 32);
        assertEquals(2.25e15, hw.peakFlopPerS(), 0.0);
        assertEquals(1.9, hw.gpuKw(), 0.0);
        assertEquals(35_000, hw.priceEur(), 0.0);
    }

    @Test
    void theMeshTakesTheHardwareOfItsFirstSitesEnergisationEvenWithAStagger() {
        // A generation arriving in month 30: tau_medium 2.5 years energises in month 30, orders by 24: old.
        // tau_medium 3.0 energises in 36, orders by 30: new. A stagger of 12 months does not change it.
        Generation old = new Generation("old", "Old", -10, 1e15, 1.0, 10_000);
        Generation next = new Generation("next", "Next", 30, 4e15, 2.0, 40_000);
        List<Generation> fleet = List.of(old, next);
        Parameters early = ON.with(Parameter.TAU_MEDIUM_YEARS, 2.5).with(Parameter.MESH_STAGGER_MONTHS, 12);
        Parameters late = ON.with(Parameter.TAU_MEDIUM_YEARS, 3.0);
        assertEquals("old", Pathways.meshHardware(early, fleet).id());
        assertEquals("next", Pathways.meshHardware(late, fleet).id());
        // Mesh in its first month (one site ramped, 8 start together): 8 * floor(40 000 / 2.0) GPUs at 4e15,
        // mfu 0.40, alpha(500, 8) = 1.10 + 0.04 * 3 = 1.22.
        double expected = 8 * 20_000 * (4e15 * 0.40 * 2_592_000) / 1.22;
        assertEquals(expected, Pathways.mesh(late, fleet).inMonth(37), expected * 1e-12);
        assertEquals(0.0, Pathways.mesh(late, fleet).inMonth(36), 0.0);
    }
}
