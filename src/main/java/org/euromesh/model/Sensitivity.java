package org.euromesh.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The tornado: one parameter at a time at its low and high value, everything else at baseline. */
public final class Sensitivity {

    private Sensitivity() {
    }

    public record Range(Parameter parameter, double low, double high) {
    }

    /** The headline gap (fractional months) at both ends of one range. */
    public record Row(Parameter parameter, double low, double high, double gapAtLowMonths, double gapAtHighMonths) {
        public double swingMonths() {
            return Math.abs(gapAtHighMonths - gapAtLowMonths);
        }
    }

    /** Rows sorted by swing, largest first (ties by parameter key, so the order is stable). */
    public static List<Row> tornado(Parameters base, Target headline, List<Range> ranges, int horizonMonths) {
        return tornado(base, headline, ranges, horizonMonths, List.of());
    }

    public static List<Row> tornado(Parameters base, Target headline, List<Range> ranges, int horizonMonths,
            List<Generation> fleet) {
        List<Row> rows = new ArrayList<>();
        for (Range r : ranges) {
            rows.add(new Row(r.parameter(), r.low(), r.high(),
                    gap(base.with(r.parameter(), r.low()), headline, horizonMonths, fleet),
                    gap(base.with(r.parameter(), r.high()), headline, horizonMonths, fleet)));
        }
        rows.sort(Comparator.comparingDouble(Row::swingMonths).reversed()
                .thenComparing(row -> row.parameter().key()));
        return List.copyOf(rows);
    }

    static double gap(Parameters p, Target headline, int horizonMonths, List<Generation> fleet) {
        double c = headline.requiredFlop();
        Delivery mesh = Pathways.deliver(Pathways.mesh(p, fleet), horizonMonths, c);
        Delivery campus = Pathways.deliver(Pathways.campus(p, fleet), horizonMonths, c);
        return campus.fractionalOrInfinity() - mesh.fractionalOrInfinity();
    }
}
