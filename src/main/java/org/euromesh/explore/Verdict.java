package org.euromesh.explore;

import java.util.List;
import java.util.OptionalDouble;

import org.euromesh.format.Format;
import org.euromesh.model.Delivery;
import org.euromesh.model.ModelResults;
import org.euromesh.model.Parameters;
import org.euromesh.model.Pathways;
import org.euromesh.model.MonteCarlo;
import org.euromesh.model.ScenarioResult;

/**
 * The headline sentences, in one place for the home page (through the editors' values) and the
 * explorer in the browser, so both say the same words for the same numbers. Pure and free of
 * java.time and java.text, so TeaVM compiles it; every number in it is printed by {@link Format}.
 * Over 300 lines because every sentence the two share is here, so neither can drift from the other.
 */
public final class Verdict {

    private static final String MESH = "a mesh of medium-sized European sites";
    private static final String CAMPUS = "a new 1 GW campus";

    private Verdict() {
    }

    /** The calendar that months are counted on: month 0 is {@code startMonth} (1 to 12) of {@code startYear}. */
    public record Calendar(int startYear, int startMonth, int horizonMonths) {
        public Calendar {
            if (startMonth < 1 || startMonth > 12 || horizonMonths < 1) {
                throw new IllegalArgumentException("a calendar needs a month 1 to 12 and a horizon of at least 1");
            }
        }

        /** "October 2028". */
        public String date(int monthIndex) {
            return Format.date(startYear, startMonth, monthIndex);
        }

        /** The month a pathway delivers, or "after December 2035" when the horizon ends first. */
        public String date(Delivery d) {
            return d instanceof Delivery.Delivered del ? date(del.month()) : Format.afterHorizon(startYear, startMonth, horizonMonths);
        }
    }

    /** The home page's headline sentence for the build's headline scenario and target. */
    public static String headline(ModelResults r) {
        return headline(r.inputs().headlineScenario(), r.headline(), calendar(r));
    }

    /**
     * The other routes of the headline scenario: the campus on a fast-track connection, the campus in
     * tranches, and the public machines at their largest allocated share, each against the mesh.
     * Empty when the model ran only the mesh and the campus.
     */
    public static String routes(ModelResults r) {
        ScenarioResult s = r.headlineScenario();
        int target = r.inputs().targets().indexOf(r.inputs().headline());
        Calendar calendar = calendar(r);
        Delivery mesh = r.headline().mesh();
        StringBuilder sb = new StringBuilder();
        Delivery fast = first(s, Pathways.Kind.CAMPUS_FAST_TRACK, target);
        Delivery phased = first(s, Pathways.Kind.CAMPUS_PHASED, target);
        if (fast != null && phased != null) {
            boolean fastFirst = fast.fractionalOrInfinity() < mesh.fractionalOrInfinity();
            boolean phasedFirst = phased.fractionalOrInfinity() < mesh.fractionalOrInfinity();
            String both = "A campus on a fast-track grid connection would train it " + reach(fast, calendar)
                    + " and one energised in tranches " + reach(phased, calendar);
            if (!fastFirst && !phasedFirst) {
                sb.append(both).append(", both after the mesh.");
            } else {
                Delivery earliest = fast.fractionalOrInfinity() <= phased.fractionalOrInfinity() ? fast : phased;
                String route = earliest == fast ? "the fast-track campus" : "the campus built in tranches";
                sb.append(both).append(": ").append(route).append(" would be first, ")
                        .append(Format.span(mesh.fractionalOrInfinity() - earliest.fractionalOrInfinity()).replace("more than the horizon",
                                "beyond the horizon")).append(" before the mesh.");
            }
        }
        ScenarioResult.PathwayRun largest = null;
        for (ScenarioResult.PathwayRun run : s.pathways(Pathways.Kind.PUBLIC)) {
            if (largest == null || run.share() > largest.share()) {
                largest = run;
            }
        }
        if (largest != null) {
            Delivery p = largest.deliveries().get(target);
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append("The public machines Europe already owns, with ").append(Format.share(largest.share()))
                    .append(" of their time, would train it ").append(reach(p, calendar));
            sb.append(p.fractionalOrInfinity() < mesh.fractionalOrInfinity() ? ", before any new build of medium sites."
                    : p.delivered() ? ", after the mesh." : ".");
        }
        return sb.toString();
    }

    private static Delivery first(ScenarioResult s, Pathways.Kind kind, int target) {
        List<ScenarioResult.PathwayRun> runs = s.pathways(kind);
        return runs.isEmpty() ? null : runs.get(0).deliveries().get(target);
    }

    /**
     * What the headline run asks of the training method: one site alone trains synchronously and
     * needs none; a federated run beyond the evidence (workers or model size) is an extrapolation.
     */
    public static String method(ModelResults r) {
        Parameters p = r.inputs().headlineParameters();
        int sites = Math.min(p.meshSites(), p.maxReplicas());
        String evidence = "controlled comparisons of low-communication training reach " + r.inputs().evidenceMaxReplicas()
                + " workers and " + Format.count(r.inputs().evidenceMaxParameters()) + " parameters";
        if (sites == 1 && p.singleSiteSynchronous()) {
            return "One medium site trains this run on its own, synchronously, so its date does not depend on an unproven "
                    + "training method; that method matters for larger runs spread over several sites, and so far " + evidence + ".";
        }
        boolean beyond = sites > r.inputs().evidenceMaxReplicas() || r.inputs().headline().parameters() > r.inputs().evidenceMaxParameters();
        return "The run federates " + sites + (sites == 1 ? " site" : " sites") + " with a low-communication method; " + evidence
                + (beyond ? ", so this run is an extrapolation beyond them." : ", and this run lies within them.");
    }

    /** The Monte Carlo sentence of the home page for the build's draws. */
    public static String monteCarlo(ModelResults r) {
        return monteCarlo(r.monteCarlo().draws(), r.monteCarlo().pMeshFirst(), r.headline().meshFirst());
    }

    public static Calendar calendar(ModelResults r) {
        return new Calendar(r.inputs().startMonth().getYear(), r.inputs().startMonth().getMonthValue(),
                r.inputs().horizonMonths());
    }

    /** Which pathway delivers first, in words; conditional on the result, never assuming the mesh wins. */
    public static String headline(String scenario, ScenarioResult.TargetDelivery d, Calendar calendar) {
        String model = "a model of " + Format.count(d.target().parameters()) + " parameters";
        String mesh = calendar.date(d.mesh());
        String campus = calendar.date(d.campus());
        String in = "In the " + scenario + " scenario, ";
        boolean campusFirst = d.campus().fractionalOrInfinity() < d.mesh().fractionalOrInfinity();
        if (d.meshFirst()) {
            return in + MESH + " trains " + model + " by " + mesh + ", while " + CAMPUS + " would deliver it "
                    + (d.campus().delivered() ? "in" : "only") + " " + campus + ": the mesh is first by " + gap(d) + ".";
        }
        if (campusFirst) {
            return in + CAMPUS + " trains " + model + " by " + campus + ", while " + MESH + " would deliver it "
                    + (d.mesh().delivered() ? "in" : "only") + " " + mesh + ": the campus is first by " + gap(d) + ".";
        }
        if (d.mesh().delivered()) {
            return in + MESH + " and " + CAMPUS + " both train " + model + " in " + mesh + ": neither is ahead.";
        }
        return in + "neither " + MESH + " nor " + CAMPUS + " trains " + model + " within the horizon (" + mesh + ").";
    }

    /** "In 10,000 Monte Carlo draws of the uncertain inputs, the mesh is first in 97%." */
    public static String monteCarlo(int draws, double pMeshFirst, boolean headlineMeshFirst) {
        String caveat = headlineMeshFirst ? ""
                : ", which take their lead times from the ranges in the data rather than from this edition's baseline";
        if (pMeshFirst >= 1.0) {
            return "In all " + Format.grouped(draws, 0) + " Monte Carlo draws of the uncertain inputs" + caveat + ", the mesh is first.";
        }
        return "In " + Format.grouped(draws, 0) + " Monte Carlo draws of the uncertain inputs" + caveat + ", the mesh is first in "
                + Format.probability(pMeshFirst) + ".";
    }

    /** The chart's text alternative: what it shows and when each pathway reaches the run. */
    public static String chartAlt(String scenario, ScenarioResult.TargetDelivery d, Calendar calendar) {
        return "Cumulative effective compute of the mesh and of the campus, month by month, in the " + scenario
                + " scenario, against the " + d.target().id() + " run: the mesh reaches it "
                + reach(d.mesh(), calendar) + ", the campus " + reach(d.campus(), calendar) + ".";
    }

    /**
     * The chart's text alternative with every pathway: what it shows and when each reaches the run,
     * in the words of the build's pathways chart.
     */
    public static String pathwaysAlt(String scenario, String target, List<ScenarioResult.PathwayRun> runs, int targetIndex,
            Calendar calendar) {
        StringBuilder sb = new StringBuilder("Cumulative effective compute of every pathway, month by month, in the " + scenario
                + " scenario, against the " + target + " run: ");
        for (int i = 0; i < runs.size(); i++) {
            ScenarioResult.PathwayRun run = runs.get(i);
            sb.append(i == 0 ? "" : "; ").append(pathwayName(run.kind(), run.share())).append(" reaches it ")
                    .append(reach(run.deliveries().get(targetIndex), calendar));
        }
        return sb.append('.').toString();
    }

    /** One reader's name per pathway, for charts, tables and prose alike: "Medium sites (the mesh)", "Public machines, 10% allocated". */
    public static String pathwayName(Pathways.Kind kind, double share) {
        return switch (kind) {
            case MESH -> "Medium sites (the mesh)";
            case CAMPUS -> "1 GW campus, standard connection";
            case CAMPUS_PHASED -> "1 GW campus in tranches";
            case CAMPUS_FAST_TRACK -> "1 GW campus, fast-track connection";
            case PUBLIC -> "Public machines, " + share(share) + " allocated";
        };
    }

    /** The subject of a sentence that says this pathway is first, as the build's pathways chart titles it. */
    public static String pathwaySubject(Pathways.Kind kind, double share) {
        return switch (kind) {
            case MESH -> "Medium sites deliver";
            case CAMPUS -> "A 1 GW campus on the standard connection delivers";
            case CAMPUS_PHASED -> "A 1 GW campus built in tranches delivers";
            case CAMPUS_FAST_TRACK -> "A 1 GW campus on a fast-track connection delivers";
            case PUBLIC -> "The public machines, with " + share(share) + " of their time, deliver";
        };
    }

    /** Which of every pathway delivers the run first, in the words of the build's pathways chart title, and when. */
    public static String firstPathway(List<ScenarioResult.PathwayRun> runs, int targetIndex, String target, Calendar calendar) {
        ScenarioResult.PathwayRun first = null;
        for (ScenarioResult.PathwayRun run : runs) {
            if (first == null || run.deliveries().get(targetIndex).fractionalOrInfinity()
                    < first.deliveries().get(targetIndex).fractionalOrInfinity()) {
                first = run;
            }
        }
        if (first == null || !first.deliveries().get(targetIndex).delivered()) {
            return "No pathway delivers the " + target + " run within the horizon.";
        }
        return "Of every pathway: " + pathwaySubject(first.kind(), first.share()).substring(0, 1).toLowerCase()
                + pathwaySubject(first.kind(), first.share()).substring(1) + " the " + target + " run first, in "
                + calendar.date(first.deliveries().get(targetIndex)) + ".";
    }

    /** "2.5%", "10%": an allocated share with the decimals it needs. */
    public static String share(double share) {
        return Format.share(share);
    }

    /** How a pathway stands against the mesh: "first", "8 months (0.7 years) after the mesh", "not within the horizon". */
    public static String againstMesh(Delivery d, Delivery mesh, boolean first) {
        if (!d.delivered()) {
            return "not within the horizon";
        }
        String lead = first ? "first; " : "";
        if (!mesh.delivered()) {
            return lead + "the mesh does not deliver within the horizon";
        }
        double months = d.monthIndex().getAsInt() - mesh.monthIndex().getAsInt();
        if (months == 0) {
            return lead + "the same month as the mesh";
        }
        return lead + Format.months(Math.abs(months)) + (months < 0 ? " before" : " after") + " the mesh";
    }

    /**
     * A control's value as the page shows it beside its label: "7.0 years", "1.45×", "8 sites";
     * the decision month, {@code units} months after month 0 of the edition's {@code calendar}: "March 2027".
     */
    public static String shown(Control c, long units, Calendar calendar) {
        if (c == Control.DECISION_MONTH) {
            return calendar.date((int) units);
        }
        double scale = 1;
        for (int i = 0; i < c.decimals(); i++) {
            scale *= 10;
        }
        String v = Format.decimal(units / scale, c.decimals());
        return switch (c.unit()) {
            case "years" -> v + " years";
            case "sites" -> v + (units == 1 ? " site" : " sites");
            case "MW" -> v + " MW";
            case "×" -> v + "×";
            default -> v;
        };
    }

    /** Where a campus route overtakes the mesh, or falls behind it, as one of its waits moves. */
    public static String routeFlip(Control c, String value, String now, boolean routeFirst) {
        String route = c == Control.TAU_FAST_TRACK ? "the fast-track campus" : "the campus in tranches";
        return "With " + setting(c, value) + " instead of " + now + ", " + (routeFirst ? route + " would deliver before the mesh"
                : "the mesh would deliver no later than " + route) + ".";
    }

    /** No value of a campus route's wait in its range changes its order against the mesh. */
    public static String noRouteFlip(Control c, String min, String max, boolean routeFirst) {
        String route = c == Control.TAU_FAST_TRACK ? "the fast-track campus" : "the campus in tranches";
        return "With any " + noun(c) + " from " + min + " to " + max + unit(c) + ", " + (routeFirst ? route + " delivers before the mesh"
                : "the mesh delivers no later than " + route) + ".";
    }

    /**
     * The model's two flip points (the build's model page states them for the edition): the
     * longest 1 GW wait at which the campus is no later than the mesh, and the largest run one
     * medium site alone delivers before the campus.
     */
    public static String flipPoints(java.util.OptionalInt campusFirstWaitMonths, OptionalDouble oneSiteMaxFlop, String target) {
        String wait = campusFirstWaitMonths.isPresent()
                ? "The campus delivers the " + target + " run no later than the mesh only with a 1 GW wait of at most "
                        + Format.months(campusFirstWaitMonths.getAsInt()) + "."
                : "Even with no wait for its 1 GW connection the campus would not deliver the " + target + " run as early as the mesh.";
        String one = oneSiteMaxFlop.isPresent()
                ? " One medium site alone delivers before the campus every run up to " + Format.flop(oneSiteMaxFlop.getAsDouble()) + "."
                : " One medium site alone delivers the " + target + " run no earlier than the campus.";
        return wait + one;
    }

    private static String reach(Delivery d, Calendar calendar) {
        return d.delivered() ? "in " + calendar.date(d) : "not within the horizon";
    }

    /** Where the answer flips for one control, the others as they stand. */
    public static String flip(Control c, String value, String now, String who) {
        String first = switch (who) {
            case "mesh" -> "the mesh would be first";
            case "campus" -> "the campus would be first";
            default -> "neither pathway would be first";
        };
        return "With " + setting(c, value) + " instead of " + now + ", " + first + ".";
    }

    /** No value of the control in its range changes who is first. */
    public static String noFlip(Control c, String min, String max) {
        return "No " + noun(c) + " from " + min + " to " + max + unit(c) + " changes who is first.";
    }

    private static String setting(Control c, String v) {
        return switch (c) {
            case TAU_MEGA -> "a 1 GW wait of " + v + " years";
            case TAU_MEDIUM -> "a medium-site wait of " + v + " years";
            case ALPHA_AT_EIGHT -> "a penalty of " + v + " at eight sites";
            case MFU -> "a mesh-site utilisation of " + v;
            case SITES -> v + (v.equals("1") ? " site" : " sites") + " in the run";
            case TAU_FAST_TRACK -> "a fast-track wait of " + v + " years";
            case TAU_TRANCHE -> "a first-tranche wait of " + v + " years";
            case PHASED_FIRST -> "a first tranche of " + v + " MW";
            case DECISION_MONTH -> "a decision in " + v;
            default -> c.label() + " " + v;
        };
    }

    private static String unit(Control c) {
        return "years".equals(c.unit()) ? " years" : "MW".equals(c.unit()) ? " MW" : "";
    }

    private static String noun(Control c) {
        return switch (c) {
            case TAU_MEGA -> "1 GW wait";
            case TAU_MEDIUM -> "medium-site wait";
            case ALPHA_AT_EIGHT -> "penalty at eight sites";
            case MFU -> "mesh-site utilisation";
            case SITES -> "number of sites in the run";
            case TAU_FAST_TRACK -> "fast-track wait";
            case TAU_TRANCHE -> "first-tranche wait";
            case PHASED_FIRST -> "first tranche";
            case DECISION_MONTH -> "decision month";
            default -> c.label().toLowerCase();
        };
    }

    /** How large a run must be before the campus delivers no later than a mesh of {@code sites}. */
    public static String crossover(int sites, OptionalDouble crossoverFlop, double requiredFlop) {
        String mesh = "a mesh of " + sites + (sites == 1 ? " site" : " sites");
        if (crossoverFlop.isEmpty()) {
            return "Within the horizon the campus never catches up with " + mesh + ", however large the run.";
        }
        double c = crossoverFlop.getAsDouble();
        if (c <= requiredFlop) {
            return "At this run's size the campus already delivers no later than " + mesh + ".";
        }
        return "The campus catches up with " + mesh + " from a run of " + Format.flop(c) + " (" + Format.grouped(c / requiredFlop, 0)
                + " times this one).";
    }

    /** The public machines at the allocated share. */
    public static String publicMachines(double share, int euroHpcSystems, double euroHpcDays, int allSystems, double allDays,
            String target) {
        return "With " + Format.share(share) + " of their time, the " + euroHpcSystems
                + " EuroHPC flagships would train the " + target + " run in " + Format.duration(euroHpcDays) + "; all " + allSystems
                + " public machines in " + Format.duration(allDays) + ".";
    }

    /** The Monte Carlo's 90% band of both pathways and its median gap. */
    public static String band(MonteCarlo.Result mc, Calendar calendar) {
        return "In 90% of draws the mesh delivers between " + fractionalDate(mc.mesh().p5(), calendar) + " and "
                + fractionalDate(mc.mesh().p95(), calendar) + ", the campus between " + fractionalDate(mc.campus().p5(), calendar)
                + " and " + fractionalDate(mc.campus().p95(), calendar) + "; the median gap, campus minus mesh, is "
                + Format.span(mc.gap().p50()) + ".";
    }

    /**
     * The campus's other routes in the same draws: the 90% range of the fast-track and the phased
     * campus, and how often the mesh is first against each and against every campus route at once.
     */
    public static String routes(MonteCarlo.Result mc, Calendar calendar) {
        MonteCarlo.Routes r = mc.routes();
        return "In the same draws the fast-track campus delivers between " + fractionalDate(r.fastTrack().p5(), calendar) + " and "
                + fractionalDate(r.fastTrack().p95(), calendar) + " (the mesh first in " + Format.probability(r.pMeshBeforeFastTrack())
                + " of draws), the phased campus between " + fractionalDate(r.phased().p5(), calendar) + " and "
                + fractionalDate(r.phased().p95(), calendar) + " (the mesh first in " + Format.probability(r.pMeshBeforePhased())
                + "); the mesh is first against every campus route in " + Format.probability(r.pMeshBeforeEveryCampus()) + " of draws.";
    }

    /** The calendar month a fractional delivery time falls in. */
    public static String fractionalDate(double t, Calendar calendar) {
        return Double.isFinite(t) && t < calendar.horizonMonths() ? calendar.date((int) Math.floor(t))
                : Format.afterHorizon(calendar.startYear(), calendar.startMonth(), calendar.horizonMonths());
    }

    /** The headline gap: whole months when both deliver, else longer than the horizon or undefined. */
    public static String gap(ScenarioResult.TargetDelivery d) {
        double months = d.gapMonths().isPresent() ? d.gapMonths().getAsInt() : d.gapFractional();
        return Format.span(Math.abs(months));
    }
}
