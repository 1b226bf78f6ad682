package org.euromesh.explore;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.euromesh.format.Format;
import org.euromesh.model.Fdlibm;
import org.euromesh.model.Generation;
import org.euromesh.model.Parameter;
import org.euromesh.model.Parameters;
import org.euromesh.model.Scenario;
import org.euromesh.model.Target;

/**
 * Where the controls stand: only what differs from the edition, as whole steps. It reads and
 * writes the page's URL query and prints the {@code --set} assignments that make the offline
 * build compute the same numbers; {@link ControlText} writes and reads each value's text.
 */
public final class State {

    private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};
    private static final int ALPHA0_DECIMALS = 6;

    private final ExploreInputs in;
    private final Map<Control, Long> units;
    private final String target;
    private final int publicIndex;

    private State(ExploreInputs in, Map<Control, Long> units, String target, int publicIndex) {
        this.in = in;
        this.units = units;
        this.target = target;
        this.publicIndex = publicIndex;
    }

    /** The edition as published. */
    public static State edition(ExploreInputs in) {
        return new State(in, new EnumMap<>(Control.class), in.headlineTarget(), 0);
    }

    /** Reads a URL query ({@code tmega=6.5&sites=8&target=70B}); what is unknown or out of range is left at the edition. */
    public static State parse(String query, ExploreInputs in) {
        State s = edition(in);
        if (query == null) {
            return s;
        }
        String q = query.startsWith("?") ? query.substring(1) : query;
        for (String pair : q.split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String key = pair.substring(0, eq);
            if (Control.byKey(key).isPresent()) {
                s = s.withText(key, pair.substring(eq + 1));
            }
        }
        return s;
    }

    private State withText(String key, String value) {
        Control c = Control.byKey(key).orElseThrow();
        if (c == Control.TARGET) {
            for (Target t : in.targets()) {
                if (t.id().equals(value)) {
                    return new State(in, units, value, publicIndex);
                }
            }
            return this;
        }
        if (c == Control.DECISION_MONTH) {
            long u = ControlText.monthOffset(in.calendar(), value);
            return u == Long.MIN_VALUE || u < c.minUnits() || u > c.maxUnits(in) ? this : with(c, u);
        }
        if (c == Control.PUBLIC_SHARE) {
            for (int i = 0; i < in.publicFractions().size(); i++) {
                if (ControlText.percent(in.publicFractions().get(i)).equals(value)) {
                    return new State(in, units, target, i);
                }
            }
            return this;
        }
        long u = ControlText.unitsOf(value, c.decimals());
        return u < c.minUnits() || u > c.maxUnits(in) ? this : with(c, u);
    }

    /** A copy with one numeric control at {@code u} steps; the edition's own value is not an override. */
    public State with(Control c, long u) {
        Map<Control, Long> next = new EnumMap<>(Control.class);
        next.putAll(units);
        if (u == editionUnits(c)) {
            next.remove(c);
        } else {
            next.put(c, u);
        }
        return new State(in, next, target, publicIndex);
    }

    public State withTarget(String id) {
        return new State(in, units, in.target(id).id(), publicIndex);
    }

    /** Where a numeric control stands, in steps. */
    public long units(Control c) {
        Long u = units.get(c);
        return u != null ? u : editionUnits(c);
    }

    /** The edition's value of a control, rounded to its steps. */
    public long editionUnits(Control c) {
        return switch (c) {
            case ALPHA_AT_EIGHT -> Math.round((in.base().alpha0() + alphaOffset(in.base())) * POW10[c.decimals()]);
            case TARGET, PUBLIC_SHARE, DECISION_MONTH -> 0;
            default -> c.scenarioOverride() ? Math.round(headlineValue(c.parameter()) * POW10[c.decimals()]) : Math.round(in.base().get(c.parameter()) * POW10[c.decimals()]);
        };
    }

    /** The control's value as text ("6.5", "0.45", "8"), as the URL and the command print it. */
    public String text(Control c) {
        return switch (c) {
            case TARGET -> target;
            case PUBLIC_SHARE -> ControlText.percent(publicShare());
            case DECISION_MONTH -> ControlText.month(in.calendar(), units(c));
            default -> ControlText.plain(units(c), c.decimals());
        };
    }

    public String target() {
        return target;
    }

    public double publicShare() {
        return in.publicFractions().get(publicIndex);
    }

    public int publicIndex() {
        return publicIndex;
    }

    public boolean changed(Control c) {
        return switch (c) {
            case TARGET -> !target.equals(in.headlineTarget());
            case PUBLIC_SHARE -> publicIndex != 0;
            default -> units.containsKey(c);
        };
    }

    /** The baseline parameters with the controls of data/training.yaml applied. */
    public Parameters base() {
        Map<Parameter, Double> changes = new EnumMap<>(Parameter.class);
        for (Control c : units.keySet()) {
            if (c == Control.ALPHA_AT_EIGHT) {
                changes.put(Parameter.ALPHA0, alpha0Micros() / (double) POW10[ALPHA0_DECIMALS]);
            } else if (!c.scenarioOverride() && c != Control.DECISION_MONTH) {
                changes.put(c.parameter(), units.get(c) / (double) POW10[c.decimals()]);
            }
        }
        return in.base().with(changes);
    }

    /** The scenarios, the headline one with the two lead times of the controls. */
    public List<Scenario> scenarios() {
        List<Scenario> out = new ArrayList<>();
        for (Scenario s : in.scenarios()) {
            if (!s.name().equals(in.headlineScenario())) {
                out.add(s);
                continue;
            }
            Map<Parameter, Double> overrides = new EnumMap<>(Parameter.class);
            overrides.putAll(s.overrides());
            for (Control c : Control.values()) {
                if (c.scenarioOverride() && units.containsKey(c)) {
                    overrides.put(c.parameter(), units.get(c) / (double) POW10[c.decimals()]);
                }
            }
            out.add(new Scenario(s.name(), overrides));
        }
        return out;
    }

    /** The calendar of this state: month 0 is the decision month, the horizon as in the edition. */
    public Verdict.Calendar calendar() {
        Verdict.Calendar e = in.calendar();
        long total = e.startYear() * 12L + e.startMonth() - 1 + units(Control.DECISION_MONTH);
        return new Verdict.Calendar((int) Math.floorDiv(total, 12), (int) Math.floorMod(total, 12) + 1, e.horizonMonths());
    }

    /**
     * The hardware generations with their months counted from this state's decision month: a later
     * decision finds each generation that many months nearer (as the build's loader counts them).
     */
    public List<Generation> generations() {
        long shift = units(Control.DECISION_MONTH);
        if (shift == 0) {
            return in.generations();
        }
        List<Generation> out = new ArrayList<>();
        for (Generation g : in.generations()) {
            out.add(new Generation(g.id(), g.name(), (int) (g.availableMonth() - shift), g.peakFlopPerS(), g.gpuKw(), g.priceEur()));
        }
        return out;
    }

    /** The headline scenario's parameters under this state. */
    public Parameters headlineParameters() {
        for (Scenario s : scenarios()) {
            if (s.name().equals(in.headlineScenario())) {
                return s.apply(base());
            }
        }
        throw new IllegalStateException("no headline scenario " + in.headlineScenario());
    }

    /** The page's URL query: only what differs from the edition, in the order of the controls. */
    public String query() {
        List<String> parts = new ArrayList<>();
        for (Control c : Control.values()) {
            if (changed(c)) {
                parts.add(c.key() + "=" + text(c));
            }
        }
        return String.join("&", parts);
    }

    /** The offline build's overrides for this state, in the order of the controls. */
    public List<String> assignments() {
        List<String> out = new ArrayList<>();
        for (Control c : Control.values()) {
            if (!changed(c)) {
                continue;
            }
            String value = c == Control.ALPHA_AT_EIGHT ? ControlText.plain(alpha0Micros(), ALPHA0_DECIMALS)
                    : c == Control.PUBLIC_SHARE ? Format.plain(publicShare()) : text(c);
            out.add(c.setKey(in) + "=" + value);
        }
        return out;
    }

    /** The command that rebuilds these numbers offline, with the page's number of Monte Carlo draws. */
    public String command(int draws) {
        StringBuilder sb = new StringBuilder("bin/euromesh build");
        for (String a : assignments()) {
            sb.append(" --set ").append(a);
        }
        if (draws != in.buildDraws()) {
            sb.append(" --set scenarios.monte_carlo.draws=").append(draws);
        }
        return sb.toString();
    }

    /** alpha0 in millionths, so that alpha at eight sites lands on the control's value. */
    private long alpha0Micros() {
        double alpha8 = units(Control.ALPHA_AT_EIGHT) / (double) POW10[Control.ALPHA_AT_EIGHT.decimals()];
        return Math.round((alpha8 - alphaOffset(in.base())) * POW10[ALPHA0_DECIMALS]);
    }

    /** What alpha at eight sites adds to alpha0 before clamping: k_H log10(H / H_ref) + k_N log2(8). */
    static double alphaOffset(Parameters p) {
        return p.kH() * Fdlibm.log10(p.innerSteps() / p.hRefSteps()) + Fdlibm.log(8) / Fdlibm.log(2) * p.kN(); // not kN * (a / b): see TeaVmArithmeticTest
    }

    private double headlineValue(Parameter p) {
        Scenario s = in.scenario(in.headlineScenario());
        return s.overrides().containsKey(p) ? s.overrides().get(p) : in.base().get(p);
    }
}
