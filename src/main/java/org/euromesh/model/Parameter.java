package org.euromesh.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every scalar the model reads, with the key it has in {@code data/}, the file that holds it,
 * its unit and the range a valid value must lie in. Scenarios, the tornado, the Monte Carlo
 * layer and {@code --set} all name parameters by these keys.
 */
public enum Parameter {
    GPU_PEAK_FLOP_PER_S("gpu_peak_flop_per_s", "hardware", "FLOP/s", 1e9, 1e18, false),
    GPU_KW("gpu_kw", "hardware", "kW", 0.01, 100, false),
    PUE("pue", "hardware", "ratio", 1.0, 3.0, false),
    SITE_MW("site_mw", "hardware", "MW", 0.1, 10_000, false),
    CAMPUS_MW("campus_mw", "hardware", "MW", 0.1, 100_000, false),
    CAPEX_EUR_PER_MW("capex_eur_per_mw", "hardware", "EUR/MW", 0, 1e10, false),
    BYTES_PER_PARAM("bytes_per_param", "hardware", "bytes", 0.0625, 16, false),
    GPU_PRICE_EUR("gpu_price_eur", "hardware", "EUR", 0, 1e7, false),
    HARDWARE_GENERATIONS("hardware_generations", "hardware", "switch", 0, 1, true),
    PROCUREMENT_LEAD_MONTHS("procurement_lead_months", "hardware", "months", 0, 60, true),
    PHASED_FIRST_MW("phased_first_mw", "hardware", "MW", 0.1, 100_000, false),

    ALPHA0("alpha0", "training", "ratio", 0.5, 5, false),
    K_H("k_h", "training", "ratio per decade", -1, 1, false),
    K_N("k_n", "training", "ratio per doubling", -1, 1, false),
    INNER_STEPS("inner_steps", "training", "steps", 1, 1e6, false),
    H_REF_STEPS("h_ref_steps", "training", "steps", 1, 1e6, false),
    ALPHA_CAP("alpha_cap", "training", "ratio", 1, 10, false),
    MFU_LOCAL("mfu_local", "training", "fraction", 1e-3, 1, false),
    MFU_CENTRAL("mfu_central", "training", "fraction", 1e-3, 1, false),
    MFU_SUBSTRATE("mfu_substrate", "training", "fraction", 1e-3, 1, false),
    BATCH_TOKENS("batch_tokens", "training", "tokens", 1, 1e12, false),
    MESH_SITES("mesh_sites", "training", "sites", 0, 10_000, true),
    MAX_REPLICAS("max_replicas", "training", "sites", 1, 10_000, true),
    MESH_STAGGER_MONTHS("mesh_stagger_months", "training", "months", 0, 120, true),
    COMMISSIONING_MONTHS("commissioning_months", "training", "months", 0, 60, true),
    MESH_RAMP_MONTHS("mesh_ramp_months", "training", "months", 1, 120, true),
    CAMPUS_RAMP_MONTHS("campus_ramp_months", "training", "months", 1, 120, true),
    SINGLE_SITE_SYNCHRONOUS("single_site_synchronous", "training", "switch", 0, 1, true),
    GOODPUT("goodput", "training", "fraction", 0.01, 1, false),
    PROGRAMME_MULTIPLIER("programme_multiplier", "training", "ratio", 1, 100, false),
    TOKENS_PER_GPU_STEP("tokens_per_gpu_step", "training", "tokens", 0, 1e7, false),
    PAYLOAD_COMPRESSION("payload_compression", "training", "ratio", 1, 10_000, false),
    PUBLIC_START_MONTHS("public_start_months", "training", "months", 0, 120, true),
    MIXED_HARDWARE_EFFICIENCY("mixed_hardware_efficiency", "training", "fraction", 0.01, 1, false),

    TAU_MEGA_YEARS("tau_mega_years", "scenarios", "years", 0, 50, false),
    TAU_MEDIUM_YEARS("tau_medium_years", "scenarios", "years", 0, 50, false),
    TAU_FAST_TRACK_YEARS("tau_fast_track_years", "scenarios", "years", 0, 50, false),
    TAU_TRANCHE_YEARS("tau_tranche_years", "scenarios", "years", 0, 50, false);

    private final String key;
    private final String file;
    private final String unit;
    private final double min;
    private final double max;
    private final boolean integer;

    Parameter(String key, String file, String unit, double min, double max, boolean integer) {
        this.key = key;
        this.file = file;
        this.unit = unit;
        this.min = min;
        this.max = max;
        this.integer = integer;
    }

    /** The snake_case key used in data files, scenarios, the tornado and {@code --set}. */
    public String key() { return key; }

    /** The stem of the data file that holds the baseline value. */
    public String file() { return file; }

    public String unit() { return unit; }

    public double min() { return min; }

    public double max() { return max; }

    /** Whether the value must be a whole number (counts of sites and months). */
    public boolean integer() { return integer; }

    /** Why {@code value} is not acceptable for this parameter, if it is not. */
    public Optional<String> problemWith(double value) {
        if (!Double.isFinite(value)) {
            return Optional.of(key + " must be a finite number");
        }
        if (value < min || value > max) {
            return Optional.of(key + " must lie in [" + plain(min) + ", " + plain(max) + "] " + unit + ", got " + plain(value));
        }
        if (integer && value != Math.rint(value)) {
            return Optional.of(key + " must be a whole number of " + unit + ", got " + plain(value));
        }
        return Optional.empty();
    }

    public static Optional<Parameter> byKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }

    /** All keys, comma separated, for error messages that list what is allowed. */
    public static String allKeys() {
        return String.join(", ", Arrays.stream(values()).map(Parameter::key).toList());
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
