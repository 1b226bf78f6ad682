package org.euromesh.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** MODEL.md §6.4: the campus-first wait and the one-site maximum run. */
class FlipsTest {

    private static final int HORIZON = 120;
    private static final Target HEADLINE = PublishedInputs.headline();
    private static final double C = HEADLINE.requiredFlop();

    private static double mesh(Parameters p, List<Generation> fleet, double flop) {
        return Pathways.deliver(Pathways.mesh(p, fleet), HORIZON, flop).fractionalOrInfinity();
    }

    private static double campus(Parameters p, List<Generation> fleet, double flop) {
        return Pathways.deliver(Pathways.campus(p, fleet), HORIZON, flop).fractionalOrInfinity();
    }

    @Test
    void theOriginalCampusFirstWaitIs32MonthsByHand() {
        // mesh: 33 + 1.9683e25 / 1.92108631e26 = 33.1025; campus at wait w: starts w + 1 and needs
        // 1.9683e25 / (714 285 * 9.89e14 * 0.40 * 2 592 000 = 7.32424e26) = 0.0269 of its first month.
        // w + 1.0269 <= 33.1025 holds up to w = 32.
        Flips.Result f = Flips.find(PublishedInputs.baseline(), HEADLINE, HORIZON, List.of());
        assertEquals(32, f.campusFirstWaitMonths().getAsInt());
    }

    @Test
    void atTheReportedWaitTheCampusIsNoLaterAndOneMonthLongerTheMeshIsFirst() {
        Parameters[] sets = {
            PublishedInputs.baseline(),
            PublishedInputs.baseline().with(Parameter.HARDWARE_GENERATIONS, 1).with(Parameter.SINGLE_SITE_SYNCHRONOUS, 1)
                    .with(Parameter.GOODPUT, 0.9),
            PublishedInputs.baseline().with(Parameter.TAU_MEDIUM_YEARS, 4.0).with(Parameter.MESH_RAMP_MONTHS, 6),
        };
        for (Parameters p : sets) {
            List<Generation> fleet = GenerationTest.FLEET;
            Flips.Result f = Flips.find(p, HEADLINE, HORIZON, fleet);
            int w = f.campusFirstWaitMonths().getAsInt();
            double t = mesh(p, fleet, C);
            assertTrue(campus(p.with(Parameter.TAU_MEGA_YEARS, w / 12.0), fleet, C) <= t, "wait " + w + " for " + p);
            assertTrue(campus(p.with(Parameter.TAU_MEGA_YEARS, (w + 1) / 12.0), fleet, C) > t, "wait " + (w + 1) + " for " + p);
        }
    }

    @Test
    void aMeshThatNeverDeliversLeavesTheCampusFirstForTheWholeHorizon() {
        // no mesh sites: t_mesh = infinity, every wait up to the horizon qualifies
        Parameters p = PublishedInputs.baseline().with(Parameter.MESH_SITES, 0);
        assertEquals(HORIZON, Flips.find(p, HEADLINE, HORIZON, List.of()).campusFirstWaitMonths().getAsInt());
    }

    @Test
    void theOriginalOneSiteMaximumRunByHand() {
        // One site: Fs = 28 571 * 9.89e14 * 0.40 * 2 592 000 / 1.10 (alpha of one replica, switch off) from month 33;
        // campus: Fc = 714 285 * 9.89e14 * 0.40 * 2 592 000 from month 85. Both constant, so
        // t_site = 33 + C / Fs and t_campus = 85 + C / Fc; the site is first while C < 52 / (1 / Fs - 1 / Fc)
        // = 1.437e27, whose grid point below is 10^27.15 = 1.4125e27 (10^27.16 = 1.445e27 is past it).
        double fs = 28_571 * 9.89e14 * 0.40 * 2_592_000 / 1.10;
        double fc = 714_285 * 9.89e14 * 0.40 * 2_592_000;
        double limit = 52 / (1 / fs - 1 / fc);
        double expected = Math.pow(10, Math.floor(Math.log10(limit) * 100) / 100);
        assertEquals(Math.pow(10, 27.15), expected, 1e15);
        Flips.Result f = Flips.find(PublishedInputs.baseline(), HEADLINE, HORIZON, List.of());
        assertEquals(expected, f.oneSiteMaxFlop().getAsDouble(), expected * 1e-12);
    }

    @Test
    void oneSiteBeatsTheCampusAtTheMaximumRunAndNotOneGridStepAbove() {
        Parameters[] sets = {
            PublishedInputs.baseline(),
            PublishedInputs.baseline().with(Parameter.HARDWARE_GENERATIONS, 1).with(Parameter.SINGLE_SITE_SYNCHRONOUS, 1)
                    .with(Parameter.GOODPUT, 0.9),
            PublishedInputs.baseline().with(Parameter.TAU_MEGA_YEARS, 5.5).with(Parameter.CAMPUS_RAMP_MONTHS, 12),
        };
        for (Parameters p : sets) {
            List<Generation> fleet = GenerationTest.FLEET;
            double max = Flips.find(p, HEADLINE, HORIZON, fleet).oneSiteMaxFlop().getAsDouble();
            Parameters one = p.with(Parameter.MESH_SITES, 1).with(Parameter.MAX_REPLICAS, 1);
            assertTrue(mesh(one, fleet, max) < campus(p, fleet, max), "at " + max + " for " + p);
            double above = max * Math.pow(10, 0.01);
            assertFalse(mesh(one, fleet, above) < campus(p, fleet, above), "at " + above + " for " + p);
        }
    }

    @Test
    void whenTheCampusIsFirstAlreadyAtTheHeadlineThereIsNoOneSiteMaximum() {
        // campus in 1 year (first compute month 13), the site in 2.6 years: no grid point qualifies
        Parameters p = PublishedInputs.baseline().with(Parameter.TAU_MEGA_YEARS, 1.0);
        assertTrue(Flips.find(p, HEADLINE, HORIZON, List.of()).oneSiteMaxFlop().isEmpty());
    }
}
