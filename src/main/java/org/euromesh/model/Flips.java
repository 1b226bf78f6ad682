package org.euromesh.model;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Where the headline answer would flip: the campus lead time at which the campus is first, and
 * the run size above which one medium site no longer beats the campus.
 */
public final class Flips {

    /** Search resolution for run sizes: 0.01 decades of log10(C). */
    static final int STEPS_PER_DECADE = 100;

    private Flips() {
    }

    /**
     * {@code campusFirstWaitMonths}: the longest campus lead time, in whole months, at which the
     * campus delivers the headline run no later than the mesh (empty if even a zero wait does
     * not); {@code oneSiteMaxFlop}: the largest run (on a 0.01-decade grid from the headline up)
     * that one medium site delivers strictly before the campus (empty if none up to the horizon).
     */
    public record Result(OptionalInt campusFirstWaitMonths, OptionalDouble oneSiteMaxFlop) {
    }

    public static Result find(Parameters p, Target headline, int horizonMonths, List<Generation> fleet) {
        double c = headline.requiredFlop();
        double mesh = Pathways.deliver(Pathways.mesh(p, fleet), horizonMonths, c).fractionalOrInfinity();
        OptionalInt wait = OptionalInt.empty();
        for (int months = 0; months <= horizonMonths; months++) {
            Parameters q = p.with(Parameter.TAU_MEGA_YEARS, months / 12.0);
            if (Pathways.deliver(Pathways.campus(q, fleet), horizonMonths, c).fractionalOrInfinity() <= mesh) {
                wait = OptionalInt.of(months);
            } else {
                break;
            }
        }
        Parameters one = Crossover.meshOf(p, 1);
        OptionalDouble largest = OptionalDouble.empty();
        int first = (int) Math.ceil(Fdlibm.log10(c) * STEPS_PER_DECADE - 1e-9);
        for (int k = first; k < first + 8 * STEPS_PER_DECADE; k++) {
            double flop = Fdlibm.pow(10, k / (double) STEPS_PER_DECADE);
            double site = Pathways.deliver(Pathways.mesh(one, fleet), horizonMonths, flop).fractionalOrInfinity();
            double campus = Pathways.deliver(Pathways.campus(p, fleet), horizonMonths, flop).fractionalOrInfinity();
            if (site < campus) {
                largest = OptionalDouble.of(flop);
            } else {
                break;
            }
        }
        return new Result(wait, largest);
    }
}
