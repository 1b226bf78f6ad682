package org.euromesh.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MODEL.md §0 and §2: GPUs per site, energisation, the monthly ramp and fractional delivery. */
class PathwaysTest {

    private static final Parameters BASE = PublishedInputs.baseline();
    private static final double C_405B = 1.9683e25;

    @Test
    void aFortyMegawattSiteHolds28571Gpus() {
        assertEquals(28_571, Pathways.gpusPerSite(40, 1.4));
    }

    @Test
    void theGigawattCampusHolds714285Gpus() {
        assertEquals(714_285, Pathways.gpusPerSite(1000, 1.4));
    }

    @Test
    void the405BTargetNeeds1point9683e25Flop() {
        // 6 * 4.05e11 * 8.1e12
        assertEquals(C_405B, PublishedInputs.headline().requiredFlop(), C_405B * 1e-12);
    }

    @Test
    void energisationRoundsAFractionalMonthUp() {
        // 12 * 2.6 = 31.200000000000003 in doubles; ceil(31.2 - 1e-9) = 32
        assertEquals(32, Pathways.energisationMonth(2.6));
    }

    @Test
    void energisationOfAWholeNumberOfMonthsIsThatMonthNotTheNext() {
        // 12 * 2.5 = 30 exactly; the 1e-9 keeps ceil from landing on 31
        assertEquals(30, Pathways.energisationMonth(2.5));
    }

    @ParameterizedTest(name = "tau {0} years energises in month {1}")
    @CsvSource({"1.8, 22", "2.6, 32", "4.0, 48", "5.5, 66", "7.0, 84", "9.5, 114"})
    void publishedLeadTimesEnergiseInTheFactsMonths(double tauYears, int month) {
        assertEquals(month, Pathways.energisationMonth(tauYears));
    }

    @Test
    void computeStartsOneCommissioningMonthAfterEnergisation() {
        assertEquals(33, Pathways.meshStartMonth(BASE, 0));
        assertEquals(85, Pathways.campusStartMonth(BASE));
    }

    @Test
    void baselineMeshMonthlyFlopIsEightSitesAtAlpha1point22() {
        // 8 * 28 571 GPUs * 9.89e14 * 0.40 / 1.22 * 2 592 000 s = 1.9210863e26 FLOP per month
        double[] mesh = Pathways.meshMonthlyFlop(BASE, 120);
        assertEquals(0.0, mesh[32], 0.0);
        assertEquals(1.9210863120786884e26, mesh[33], 1e26 * 1e-12);
        assertEquals(mesh[33], mesh[119], 0.0);
    }

    @Test
    void baselineCampusMonthlyFlopIsTheWholeCampusAtAlphaOne() {
        // 714 285 GPUs * 9.89e14 * 0.40 * 2 592 000 s = 7.32424410432e26 FLOP per month
        double[] campus = Pathways.campusMonthlyFlop(BASE, 120);
        assertEquals(0.0, campus[84], 0.0);
        assertEquals(7.32424410432e26, campus[85], 1e26 * 1e-12);
    }

    @Test
    void baselineMeshDeliversTheHeadlineRunAFifthOfTheWayIntoMonth33() {
        // Cum(32) = 0, F(33) = 1.9210863e26, so t = 33 + 1.9683e25 / 1.9210863e26 = 33.1024577
        Delivery d = Pathways.deliver(Pathways.meshMonthlyFlop(BASE, 120), C_405B);
        assertEquals(33, d.monthIndex().getAsInt());
        assertEquals(33.10245765573491, d.fractionalOrInfinity(), 1e-9);
    }

    @Test
    void baselineCampusDeliversTheHeadlineRunInItsFirstDay() {
        // t = 85 + 1.9683e25 / 7.32424410432e26 = 85.0268738 (0.8 days)
        Delivery d = Pathways.deliver(Pathways.campusMonthlyFlop(BASE, 120), C_405B);
        assertEquals(85.02687376297084, d.fractionalOrInfinity(), 1e-9);
    }

    @Test
    void aTargetSpanningSeveralMonthsUsesTheRemainderOverTheDeliveryMonth() {
        // 2.5 mesh-months: Cum(34) = 2 F, so t = 35 + (2.5 F - 2 F) / F = 35.5
        double[] mesh = Pathways.meshMonthlyFlop(BASE, 120);
        Delivery d = Pathways.deliver(mesh, 2.5 * mesh[33]);
        assertEquals(35, d.monthIndex().getAsInt());
        assertEquals(35.5, d.fractionalOrInfinity(), 1e-9);
    }

    @Test
    void meanGigawattWaitAcrossTheSevenRegionsIs7point571Years() {
        // (6.5 + 6.0 + 7.5 + 6.0 + 7.0 + 10.0 + 10.0) / 7 = 53 / 7
        assertEquals(53.0 / 7, PublishedInputs.results().meanHyperscaleWaitYears(), 1e-12);
        assertEquals(19.5 / 7, PublishedInputs.results().meanMediumWaitYears(), 1e-12);
    }
}
