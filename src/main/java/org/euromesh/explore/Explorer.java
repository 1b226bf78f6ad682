package org.euromesh.explore;

import java.util.List;
import java.util.OptionalDouble;

import org.euromesh.format.Format;
import org.euromesh.model.Crossover;
import org.euromesh.model.Delivery;
import org.euromesh.model.Efficiency;
import org.euromesh.model.Flips;
import org.euromesh.model.Generation;
import org.euromesh.model.MonteCarlo;
import org.euromesh.model.Parameters;
import org.euromesh.model.Pathways;
import org.euromesh.model.Scenario;
import org.euromesh.model.ScenarioResult;
import org.euromesh.model.Substrate;
import org.euromesh.model.Target;

/**
 * One what-if of the Explore page, run through the model as the build runs it: the scenario table,
 * the delivery of every pathway (the mesh, the campus on its three routes, the public machines at
 * the allocated share of the controls and the edition's other shares), the headline sentence, where the answer flips, the public machines, and
 * (separately, for the page's worker) the Monte Carlo. Returns JSON for the page.
 */
public final class Explorer {

    /** The page's number of Monte Carlo draws (the build keeps the edition's). */
    public static final int PAGE_DRAWS = 10_000;

    /** Who delivers the run first. */
    enum Winner { MESH, CAMPUS, NEITHER }

    private Explorer() {
    }

    /** The controls with their ranges, options and the edition's values, for the page to build its form. */
    public static String controls(ExploreInputs in) {
        State edition = State.edition(in);
        Json list = Json.array();
        for (Control c : Control.values()) {
            Json control = Json.object().put("key", c.key()).put("label", c.label()).put("unit", c.unit())
                    .put("choice", c.choice());
            if (c == Control.TARGET) {
                Json options = Json.array();
                for (Target t : in.targets()) {
                    options.add(Json.object().put("value", t.id())
                            .put("label", t.id() + ": " + Format.count(t.parameters()) + " parameters, " + Format.flop(t.requiredFlop())));
                }
                control.put("options", options).put("edition", in.headlineTarget());
            } else if (c == Control.PUBLIC_SHARE) {
                Json options = Json.array();
                for (double f : in.publicFractions()) {
                    options.add(Json.object().put("value", ControlText.percent(f)).put("label", ControlText.percent(f) + "%"));
                }
                control.put("options", options).put("edition", ControlText.percent(in.publicFractions().get(0)));
            } else {
                control.put("decimals", c.decimals()).put("min", c.minUnits()).put("max", c.maxUnits(in))
                        .put("edition", edition.units(c));
                if (c == Control.DECISION_MONTH) {
                    // The URL names a month as the build does ("2027-03"); the page maps steps to these texts.
                    Json texts = Json.array();
                    for (long u = c.minUnits(); u <= c.maxUnits(in); u++) {
                        texts.add(ControlText.month(in.calendar(), u));
                    }
                    control.put("texts", texts);
                }
            }
            list.add(control);
        }
        Json mc = Json.array();
        for (MonteCarlo.Input i : in.monteCarloInputs()) {
            mc.add(i.parameter().key());
        }
        return Json.object().put("controls", list).put("buildDraws", in.buildDraws()).put("monteCarloInputs", mc)
                .put("headlineScenario", in.headlineScenario()).toString();
    }

    /** The deterministic results of one state. */
    public static String run(ExploreInputs in, State state) {
        Target target = in.target(state.target());
        Verdict.Calendar cal = state.calendar();
        int horizon = cal.horizonMonths();
        List<Generation> fleet = state.generations();
        Parameters base = state.base();
        Json table = Json.array();
        ScenarioResult headline = null;
        for (Scenario s : state.scenarios()) {
            boolean isHeadline = s.name().equals(in.headlineScenario());
            ScenarioResult r = ScenarioResult.run(s.name(), s.apply(base), List.of(target), target, horizon, fleet,
                    isHeadline ? in.publicSystems() : List.of(), isHeadline ? in.publicShares(state.publicShare()) : List.of());
            ScenarioResult.TargetDelivery d = r.deliveries().get(0);
            table.add(Json.object().put("scenario", s.name())
                    .put("meshDate", cal.date(d.mesh())).put("campusDate", cal.date(d.campus()))
                    .put("meshMonth", d.mesh().monthIndex().orElse(-1)).put("campusMonth", d.campus().monthIndex().orElse(-1))
                    .put("fastTrackDate", cal.date(r.pathways(Pathways.Kind.CAMPUS_FAST_TRACK).get(0).deliveries().get(0)))
                    .put("phasedDate", cal.date(r.pathways(Pathways.Kind.CAMPUS_PHASED).get(0).deliveries().get(0)))
                    .put("first", winner(d).name().toLowerCase())
                    .put("gap", Verdict.gap(d))
                    .put("tauMega", Format.decimal(r.parameters().tauMegaYears(), 1))
                    .put("tauMedium", Format.decimal(r.parameters().tauMediumYears(), 1)));
            if (isHeadline) {
                headline = r;
            }
        }
        if (headline == null) {
            throw new IllegalStateException("no headline scenario " + in.headlineScenario());
        }
        ScenarioResult.TargetDelivery d = headline.deliveries().get(0);
        Parameters p = headline.parameters();
        int counted = Math.min(p.meshSites(), p.maxReplicas());
        double firstT = Double.POSITIVE_INFINITY;
        for (ScenarioResult.PathwayRun run : headline.pathways()) {
            firstT = Math.min(firstT, run.deliveries().get(0).fractionalOrInfinity());
        }
        Json pathways = Json.array();
        for (ScenarioResult.PathwayRun run : headline.pathways()) {
            Delivery delivery = run.deliveries().get(0);
            boolean first = delivery.delivered() && delivery.fractionalOrInfinity() == firstT;
            pathways.add(Json.object().put("kind", run.kind().name().toLowerCase().replace('_', '-')).put("share", run.share())
                    .put("name", Verdict.pathwayName(run.kind(), run.share()))
                    .put("cumulative", Json.array().addAll(run.cumulativeFlop()))
                    .put("t", delivery.fractionalOrInfinity())
                    .put("month", delivery.monthIndex().orElse(-1))
                    .put("date", cal.date(delivery))
                    .put("first", first)
                    .put("againstMesh", run.kind() == Pathways.Kind.MESH ? (first ? "first" : "—")
                            : Verdict.againstMesh(delivery, d.mesh(), first)));
        }
        Json chart = Json.object().put("requiredFlop", target.requiredFlop())
                .put("pathways", pathways)
                .put("startYear", cal.startYear()).put("startMonth", cal.startMonth())
                .put("alt", Verdict.pathwaysAlt(in.headlineScenario(), target.id(), headline.pathways(), 0, cal));
        Json flips = Json.array();
        for (Control c : new Control[] {Control.TAU_MEGA, Control.TAU_MEDIUM, Control.DECISION_MONTH, Control.ALPHA_AT_EIGHT,
            Control.MFU, Control.SITES}) {
            flips.add(flip(in, state, c, target, winner(d)));
        }
        flips.add(routeFlip(in, state, Control.TAU_FAST_TRACK, Pathways.Kind.CAMPUS_FAST_TRACK, target));
        flips.add(routeFlip(in, state, Control.TAU_TRANCHE, Pathways.Kind.CAMPUS_PHASED, target));
        flips.add(crossover(p, target, counted, horizon, fleet));
        Flips.Result points = Flips.find(p, target, horizon, fleet);
        flips.add(Verdict.flipPoints(points.campusFirstWaitMonths(), points.oneSiteMaxFlop(), target.id()));
        Json values = Json.object();
        for (Control c : Control.values()) {
            if (!c.choice()) {
                values.put(c.key(), Verdict.shown(c, state.units(c), in.calendar()));
            }
        }
        return Json.object()
                .put("query", state.query())
                .put("command", state.command(PAGE_DRAWS))
                .put("values", values)
                .put("headline", Verdict.headline(in.headlineScenario(), d, cal))
                .put("firstPathway", Verdict.firstPathway(headline.pathways(), 0, target.id(), cal))
                .put("target", Json.object().put("id", target.id()).put("flop", Format.flop(target.requiredFlop())))
                .put("alphaAtEight", Format.decimal(Efficiency.alpha(p, 8), 2))
                .put("alphaRun", Format.decimal(Efficiency.alpha(p, counted), 2))
                .put("countedSites", counted)
                .put("scenarios", table)
                .put("chart", chart)
                .put("flips", flips)
                .put("publicMachines", publicMachines(in, state, p, target))
                .toString();
    }

    /** The page's Monte Carlo: the edition's seed and distributions, {@code draws} draws, this state's parameters. */
    public static String monteCarlo(ExploreInputs in, State state, int draws) {
        Target target = in.target(state.target());
        Verdict.Calendar cal = state.calendar();
        int horizon = cal.horizonMonths();
        List<Generation> fleet = state.generations();
        Parameters p = state.headlineParameters();
        MonteCarlo.Result mc = MonteCarlo.run(p, target,
                new MonteCarlo.Spec(draws, in.seed(), in.monteCarloInputs(), in.histogramBinMonths(), in.leadTimeCorrelation()),
                horizon, fleet);
        boolean headlineMeshFirst = Pathways.deliver(Pathways.mesh(p, fleet), horizon, target.requiredFlop()).fractionalOrInfinity()
                < Pathways.deliver(Pathways.campus(p, fleet), horizon, target.requiredFlop()).fractionalOrInfinity();
        return Json.object()
                .put("query", state.query())
                .put("draws", draws)
                .put("pMeshFirst", mc.pMeshFirst())
                .put("pMeshFirstText", Format.probability(mc.pMeshFirst()))
                .put("sentence", Verdict.monteCarlo(draws, mc.pMeshFirst(), headlineMeshFirst))
                .put("band", Verdict.band(mc, cal))
                .put("meshBand", Json.array().add(mc.mesh().p5()).add(mc.mesh().p50()).add(mc.mesh().p95()))
                .put("campusBand", Json.array().add(mc.campus().p5()).add(mc.campus().p50()).add(mc.campus().p95()))
                .put("routes", Verdict.routes(mc, cal))
                .put("fastTrackBand", band(mc.routes().fastTrack()))
                .put("phasedBand", band(mc.routes().phased()))
                .put("pMeshBeforeEveryCampus", mc.routes().pMeshBeforeEveryCampus())
                .put("gapP5", Format.span(mc.gap().p5())).put("gapP50", Format.span(mc.gap().p50()))
                .put("gapP95", Format.span(mc.gap().p95()))
                .toString();
    }


    static Winner winner(ScenarioResult.TargetDelivery d) {
        if (d.meshFirst()) {
            return Winner.MESH;
        }
        return d.campus().fractionalOrInfinity() < d.mesh().fractionalOrInfinity() ? Winner.CAMPUS : Winner.NEITHER;
    }

    static Winner winner(Parameters p, Target target, int horizon, List<Generation> fleet) {
        double c = target.requiredFlop();
        Delivery mesh = Pathways.deliver(Pathways.mesh(p, fleet), horizon, c);
        Delivery campus = Pathways.deliver(Pathways.campus(p, fleet), horizon, c);
        return winner(new ScenarioResult.TargetDelivery(target, mesh, campus));
    }

    /** The nearest value of one control, everything else as it stands, at which someone else is first. */
    static String flip(ExploreInputs in, State state, Control c, Target target, Winner now) {
        long current = state.units(c);
        int horizon = in.calendar().horizonMonths();
        long max = c.maxUnits(in);
        for (long step = 1; step <= max - c.minUnits(); step++) {
            for (long u : new long[] {current - step, current + step}) {
                if (u < c.minUnits() || u > max) {
                    continue;
                }
                State next = state.with(c, u);
                Winner w = winner(next.headlineParameters(), target, horizon, next.generations());
                if (w != now) {
                    return Verdict.flip(c, shown(in, c, u), shown(in, c, current), w.name().toLowerCase());
                }
            }
        }
        return Verdict.noFlip(c, shown(in, c, c.minUnits()), shown(in, c, max));
    }

    /** Whether a campus route delivers strictly before the mesh's {@code meshT}. */
    static boolean routeFirst(Parameters p, Pathways.Kind kind, Target target, int horizon, List<Generation> fleet, double meshT) {
        Delivery route = Pathways.deliver(Pathways.of(kind, p, fleet, List.of(), 1.0), horizon, target.requiredFlop());
        return route.fractionalOrInfinity() < meshT;
    }

    /** The nearest wait of a campus route, everything else as it stands, at which it changes places with the mesh. */
    static String routeFlip(ExploreInputs in, State state, Control c, Pathways.Kind kind, Target target) {
        long current = state.units(c);
        int horizon = in.calendar().horizonMonths();
        // The route's own wait moves; the mesh does not depend on it, so its delivery is computed once.
        double meshT = Pathways.deliver(Pathways.mesh(state.headlineParameters(), state.generations()), horizon,
                target.requiredFlop()).fractionalOrInfinity();
        boolean now = routeFirst(state.headlineParameters(), kind, target, horizon, state.generations(), meshT);
        long max = c.maxUnits(in);
        for (long step = 1; step <= max - c.minUnits(); step++) {
            for (long u : new long[] {current - step, current + step}) {
                if (u < c.minUnits() || u > max) {
                    continue;
                }
                if (routeFirst(state.with(c, u).headlineParameters(), kind, target, horizon, state.generations(), meshT) != now) {
                    return Verdict.routeFlip(c, shown(in, c, u), shown(in, c, current), !now);
                }
            }
        }
        return Verdict.noRouteFlip(c, shown(in, c, c.minUnits()), shown(in, c, max), now);
    }

    /** A control's value in steps as the page's sentences show it: "7.0", "0.40", "8", "March 2027". */
    static String shown(ExploreInputs in, Control c, long units) {
        if (c == Control.DECISION_MONTH) {
            return in.calendar().date((int) units);
        }
        double scale = 1;
        for (int i = 0; i < c.decimals(); i++) {
            scale *= 10;
        }
        return Format.decimal(units / scale, c.decimals());
    }

    static String crossover(Parameters p, Target target, int counted, int horizon, List<Generation> fleet) {
        OptionalDouble flop = OptionalDouble.empty();
        for (Crossover.Threshold t : Crossover.thresholds(p, target.requiredFlop(), horizon, Math.max(1, counted), fleet)) {
            if (t.meshSites() == counted) {
                flop = t.crossoverFlop();
            }
        }
        return Verdict.crossover(counted, flop, target.requiredFlop());
    }

    private static Json band(MonteCarlo.Quantiles q) {
        return Json.array().add(q.p5()).add(q.p50()).add(q.p95());
    }

    static Json publicMachines(ExploreInputs in, State state, Parameters p, Target target) {
        double f = state.publicShare();
        double euro = Substrate.days(p, target.requiredFlop(), in.euroHpc().flopPerS(), in.euroHpc().systems(), f);
        double all = Substrate.days(p, target.requiredFlop(), in.allPublic().flopPerS(), in.allPublic().systems(), f);
        return Json.object().put("sentence", Verdict.publicMachines(f, in.euroHpc().systems(), euro, in.allPublic().systems(), all, target.id()))
                .put("euroHpcDays", euro).put("allDays", all);
    }
}
