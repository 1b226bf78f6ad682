package org.euromesh.explore;

import java.util.Optional;

import org.euromesh.model.Parameter;

/**
 * The assumptions a reader can move on the Explore page: the key each has in the page's URL, the
 * words of its label, its range and step, and which {@code --set} key of the offline build it
 * stands for. Numeric values are whole multiples of 10^-decimals, so the page and the command
 * agree on every digit; the decision month counts whole months from the edition's, and the URL and
 * the command write it as a month ("2027-03").
 */
public enum Control {
    TAU_MEGA("tmega", "Wait for a 1 GW grid connection", "years", 1, 0, 150, Parameter.TAU_MEGA_YEARS),
    TAU_MEDIUM("tmed", "Wait for a medium-site (30–50 MW) connection", "years", 1, 0, 100, Parameter.TAU_MEDIUM_YEARS),
    TAU_FAST_TRACK("tfast", "Wait for a fast-track 1 GW connection", "years", 1, 0, 150, Parameter.TAU_FAST_TRACK_YEARS),
    TAU_TRANCHE("ttranche", "Wait for the first tranche of a phased campus", "years", 1, 0, 150, Parameter.TAU_TRANCHE_YEARS),
    PHASED_FIRST("phased", "First tranche of a phased campus", "MW", 0, 10, 1000, Parameter.PHASED_FIRST_MW),
    // Months after the edition's decision month: from a year before it to three years after.
    DECISION_MONTH("month", "Decision month (every grid application is filed then)", "month", 0, -12, 36, null),
    // 1.00 to 1.70: the range between the two loss-to-compute conventions at eight sites (docs/MODEL.md section 2).
    ALPHA_AT_EIGHT("alpha8", "Compute penalty with eight sites (α)", "×", 2, 100, 170, Parameter.ALPHA0),
    MFU("mfu", "Utilisation of a mesh site (MFU)", "", 2, 10, 60, Parameter.MFU_LOCAL),
    SITES("sites", "Sites in the run", "sites", 0, 1, 0, Parameter.MAX_REPLICAS),
    TARGET("target", "Training run", "", 0, 0, 0, null),
    PUBLIC_SHARE("public", "Share of the public machines allocated", "", 0, 0, 0, null);

    private final String key;
    private final String label;
    private final String unit;
    private final int decimals;
    private final long minUnits;
    private final long maxUnits;
    private final Parameter parameter;

    Control(String key, String label, String unit, int decimals, long minUnits, long maxUnits, Parameter parameter) {
        this.key = key;
        this.label = label;
        this.unit = unit;
        this.decimals = decimals;
        this.minUnits = minUnits;
        this.maxUnits = maxUnits;
        this.parameter = parameter;
    }

    /** The name in the page's URL. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    public int decimals() {
        return decimals;
    }

    public long minUnits() {
        return minUnits;
    }

    /** The largest value in steps; for the sites it is the number of sites that apply for power. */
    public long maxUnits(ExploreInputs in) {
        return this == SITES ? in.base().meshSites() : maxUnits;
    }

    /** Whether the control picks one of a list (the run, the share of the public machines). */
    public boolean choice() {
        return this == TARGET || this == PUBLIC_SHARE;
    }

    /** The model parameter the value ends up in ({@code alpha0} for the penalty at eight sites). */
    public Parameter parameter() {
        return parameter;
    }

    /** Whether the value is a lead time of the headline scenario (an override of a scenario). */
    public boolean scenarioOverride() {
        return parameter != null && parameter.leadTime();
    }

    /** The offline build's key for this control, for the printed command. */
    public String setKey(ExploreInputs in) {
        if (scenarioOverride()) {
            return "scenarios." + in.headlineScenario() + "." + parameter.key();
        }
        return switch (this) {
            case DECISION_MONTH -> "scenarios.start_month";
            case TARGET -> "training.headline_target";
            case PUBLIC_SHARE -> "training.public_shares.values.0";
            default -> parameter.group().key() + "." + parameter.key();
        };
    }

    public static Optional<Control> byKey(String key) {
        for (Control c : values()) {
            if (c.key.equals(key)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
