package org.euromesh.chart;

import org.euromesh.format.Format;
import org.euromesh.model.ScenarioResult;

/** Small pieces of chart prose that stay true whichever way the result falls. */
final class Words {

    private Words() {
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1).replace('_', ' ');
    }

    /** "the mesh first, 52 months (4.3 years) ahead of the campus" and the other outcomes. */
    static String leader(ScenarioResult.TargetDelivery d) {
        if (!d.mesh().delivered() && !d.campus().delivered()) {
            return "neither pathway delivers within the horizon";
        }
        if (d.gapMonths().isPresent()) {
            int gap = d.gapMonths().getAsInt();
            if (gap == 0) {
                return "both deliver in the same month";
            }
            return gap > 0 ? "the mesh is first, " + Format.months(gap) + " ahead of the campus"
                    : "the campus is first, " + Format.months(-gap) + " ahead of the mesh";
        }
        return d.mesh().delivered() ? "the mesh is first; the campus does not deliver within the horizon"
                : "the campus is first; the mesh does not deliver within the horizon";
    }
}
