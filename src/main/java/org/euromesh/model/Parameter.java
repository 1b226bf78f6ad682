package org.euromesh.model;

import static org.euromesh.model.Unit.BYTES;
import static org.euromesh.model.Unit.EUR;
import static org.euromesh.model.Unit.EUR_PER_MW;
import static org.euromesh.model.Unit.FLOP_PER_S;
import static org.euromesh.model.Unit.FRACTION;
import static org.euromesh.model.Unit.KW;
import static org.euromesh.model.Unit.MONTHS;
import static org.euromesh.model.Unit.MW;
import static org.euromesh.model.Unit.RATIO;
import static org.euromesh.model.Unit.RATIO_PER_DECADE;
import static org.euromesh.model.Unit.RATIO_PER_DOUBLING;
import static org.euromesh.model.Unit.SITES;
import static org.euromesh.model.Unit.STEPS;
import static org.euromesh.model.Unit.SWITCH;
import static org.euromesh.model.Unit.TOKENS;
import static org.euromesh.model.Unit.YEARS;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every scalar the model reads, declared once: its key in {@code data/}, scenarios, the tornado
 * and {@code --set}; the group it belongs to (data maps a group to its file); its unit; the range
 * a valid value must lie in; whether it is a whole number; the label tables and prose show; what
 * it means; and, optionally, the short name of the tornado chart. The loader, the validation, the
 * overrides, the parameter tables, the data zip's guide and the error messages all read it here.
 */
public enum Parameter {
    GPU_PEAK_FLOP_PER_S(hardware("gpu_peak_flop_per_s", FLOP_PER_S, 1e9, 1e18)
            .label("GPU peak (dense BF16)")
            .meaning("base hardware (H100) dense BF16 peak per GPU").chart("GPU peak FLOP/s")),
    GPU_KW(hardware("gpu_kw", KW, 0.01, 100)
            .label("IT power per GPU")
            .meaning("base hardware IT power per GPU incl. host and network, before PUE").chart("Power per GPU")),
    PUE(hardware("pue", RATIO, 1.0, 3.0)
            .label("power usage effectiveness")
            .meaning("power usage effectiveness, applied to the scorecard's energy only").chart("PUE")),
    SITE_MW(hardware("site_mw", MW, 0.1, 10_000)
            .label("mesh site size")
            .meaning("IT power of one mesh site").chart("Site size")),
    CAMPUS_MW(hardware("campus_mw", MW, 0.1, 100_000)
            .label("campus size")
            .meaning("IT power of the campus").chart("Campus size")),
    CAPEX_EUR_PER_MW(hardware("capex_eur_per_mw", EUR_PER_MW, 0, 1e10)
            .label("facility capex per MW")
            .meaning("facility capital per MW of IT, GPUs excluded")),
    BYTES_PER_PARAM(hardware("bytes_per_param", BYTES, 0.0625, 16)
            .label("bytes per parameter")
            .meaning("bytes per parameter of an uncompressed BF16 synchronisation")),
    GPU_PRICE_EUR(hardware("gpu_price_eur", EUR, 0, 1e7)
            .label("price per GPU (base hardware)")
            .meaning("unit price of a base-hardware GPU")),
    HARDWARE_GENERATIONS(hardware("hardware_generations", SWITCH, 0, 1).whole()
            .label("newest hardware generation at energisation (1 = yes)")
            .meaning("1: sites install a generation by date (§3); 0: base hardware everywhere")),
    PROCUREMENT_LEAD_MONTHS(hardware("procurement_lead_months", MONTHS, 0, 60).whole()
            .label("procurement lead time")
            .meaning("months between ordering accelerators and energising")),
    PHASED_FIRST_MW(hardware("phased_first_mw", MW, 0.1, 100_000)
            .label("phased campus: first tranche")
            .meaning("IT power of a phased campus's first tranche")),

    ALPHA0(training("alpha0", RATIO, 0.5, 5)
            .label("DiLoCo base penalty (alpha0)")
            .meaning("penalty at H = H_ref and M = 1, before the single-site rule").chart("DiLoCo base penalty")),
    K_H(training("k_h", RATIO_PER_DECADE, -1, 1)
            .label("penalty per decade of inner steps (k_H)")
            .meaning("slope of alpha on log10(H / H_ref)").chart("Penalty per 10× H")),
    K_N(training("k_n", RATIO_PER_DOUBLING, -1, 1)
            .label("penalty per doubling of replicas (k_N)")
            .meaning("slope of alpha on log2(M)").chart("Penalty per 2× sites")),
    INNER_STEPS(training("inner_steps", STEPS, 1, 1e6)
            .label("inner steps between syncs (H)")
            .meaning("H, inner steps between synchronisations").chart("Inner steps H")),
    H_REF_STEPS(training("h_ref_steps", STEPS, 1, 1e6)
            .label("reference inner steps (H_ref)")
            .meaning("H_ref, the inner steps at which the penalty is alpha0")),
    ALPHA_CAP(training("alpha_cap", RATIO, 1, 10)
            .label("penalty cap (alpha_cap)")
            .meaning("upper clamp of alpha")),
    MFU_LOCAL(training("mfu_local", FRACTION, 1e-3, 1)
            .label("mesh utilisation (MFU)")
            .meaning("model FLOP utilisation of a mesh site").chart("Mesh MFU")),
    MFU_CENTRAL(training("mfu_central", FRACTION, 1e-3, 1)
            .label("campus utilisation (MFU)")
            .meaning("model FLOP utilisation of the campus, on every route").chart("Campus MFU")),
    MFU_SUBSTRATE(training("mfu_substrate", FRACTION, 1e-3, 1)
            .label("public machines' utilisation (MFU)")
            .meaning("model FLOP utilisation of the public machines").chart("Public HPC MFU")),
    BATCH_TOKENS(training("batch_tokens", TOKENS, 1, 1e12)
            .label("batch per replica")
            .meaning("per-replica batch of the bandwidth table when tokens_per_gpu_step is 0")),
    MESH_SITES(training("mesh_sites", SITES, 0, 10_000).whole()
            .label("mesh sites applied for")
            .meaning("medium sites that apply for power").chart("Mesh sites built")),
    MAX_REPLICAS(training("max_replicas", SITES, 1, 10_000).whole()
            .label("sites federated in one run")
            .meaning("sites that join one run, the earliest first").chart("Sites in the run")),
    MESH_STAGGER_MONTHS(training("mesh_stagger_months", MONTHS, 0, 120).whole()
            .label("stagger between mesh sites")
            .meaning("delay between successive mesh sites").chart("Stagger of sites")),
    COMMISSIONING_MONTHS(training("commissioning_months", MONTHS, 0, 60).whole()
            .label("commissioning time")
            .meaning("months from energisation to first compute").chart("Commissioning time")),
    MESH_RAMP_MONTHS(training("mesh_ramp_months", MONTHS, 1, 120).whole()
            .label("mesh ramp-up")
            .meaning("months for a mesh site to reach all its GPUs").chart("Mesh ramp-up")),
    CAMPUS_RAMP_MONTHS(training("campus_ramp_months", MONTHS, 1, 120).whole()
            .label("campus ramp-up")
            .meaning("months for each campus tranche to reach all its GPUs").chart("Campus ramp-up")),
    SINGLE_SITE_SYNCHRONOUS(training("single_site_synchronous", SWITCH, 0, 1).whole()
            .label("one site trains synchronously (1 = yes)")
            .meaning("1: one replica trains synchronously, alpha(H, 1) = 1")),
    GOODPUT(training("goodput", FRACTION, 0.01, 1)
            .label("goodput (useful share of wall time)")
            .meaning("share of wall time doing useful training")),
    PROGRAMME_MULTIPLIER(training("programme_multiplier", RATIO, 1, 100)
            .label("programme compute per final run")
            .meaning("programme compute per final run")),
    TOKENS_PER_GPU_STEP(training("tokens_per_gpu_step", TOKENS, 0, 1e7)
            .label("tokens per GPU per step")
            .meaning("per-GPU batch for the bandwidth table; 0 uses batch_tokens")),
    PAYLOAD_COMPRESSION(training("payload_compression", RATIO, 1, 10_000)
            .label("synchronisation payload compression")
            .meaning("how much smaller a synchronisation is than BF16")),
    PUBLIC_START_MONTHS(training("public_start_months", MONTHS, 0, 120).whole()
            .label("public machines: months to allocation")
            .meaning("months from the decision to the first public-machine hour")),
    MIXED_HARDWARE_EFFICIENCY(training("mixed_hardware_efficiency", FRACTION, 0.01, 1)
            .label("public machines: mixed-hardware efficiency")
            .meaning("throughput kept by a run across several public machines")),

    TAU_MEGA_YEARS(scenarios("tau_mega_years", YEARS, 0, 50)
            .label("1 GW campus lead time")
            .meaning("lead time of the 1 GW campus").chart("1 GW grid wait")),
    TAU_MEDIUM_YEARS(scenarios("tau_medium_years", YEARS, 0, 50)
            .label("medium-site lead time")
            .meaning("lead time of a medium mesh site").chart("Medium-site wait")),
    TAU_FAST_TRACK_YEARS(scenarios("tau_fast_track_years", YEARS, 0, 50)
            .label("fast-track campus lead time")
            .meaning("lead time of the fast-track campus")),
    TAU_TRANCHE_YEARS(scenarios("tau_tranche_years", YEARS, 0, 50)
            .label("phased campus: first tranche lead time")
            .meaning("lead time of a phased campus's first tranche"));

    /** A declaration under construction: key, group, unit and range first, then the words. */
    private record Spec(InputGroup group, String key, Unit unit, double min, double max, boolean integer, String label,
            String meaning, String chart) {

        Spec whole() {
            return new Spec(group, key, unit, min, max, true, label, meaning, chart);
        }

        Spec label(String text) {
            return new Spec(group, key, unit, min, max, integer, text, meaning, chart);
        }

        Spec meaning(String text) {
            return new Spec(group, key, unit, min, max, integer, label, text, chart);
        }

        /** The short name on the tornado chart's axis; without one the chart shows the label. */
        Spec chart(String text) {
            return new Spec(group, key, unit, min, max, integer, label, meaning, text);
        }
    }

    private static Spec hardware(String key, Unit unit, double min, double max) {
        return new Spec(InputGroup.HARDWARE, key, unit, min, max, false, "", "", "");
    }

    private static Spec training(String key, Unit unit, double min, double max) {
        return new Spec(InputGroup.TRAINING, key, unit, min, max, false, "", "", "");
    }

    private static Spec scenarios(String key, Unit unit, double min, double max) {
        return new Spec(InputGroup.SCENARIOS, key, unit, min, max, false, "", "", "");
    }

    private final Spec spec;

    Parameter(Spec spec) {
        if (spec.key().isBlank() || spec.label().isBlank() || spec.meaning().isBlank() || !(spec.min() <= spec.max())) {
            throw new IllegalArgumentException("parameter " + spec.key() + " needs a key, a label, a meaning and min <= max");
        }
        this.spec = spec;
    }

    /** The snake_case key used in data files, scenarios, the tornado and {@code --set}. */
    public String key() { return spec.key(); }

    /** The group that holds the baseline value: hardware, training or scenarios (the lead times). */
    public InputGroup group() { return spec.group(); }

    public Unit unit() { return spec.unit(); }

    public double min() { return spec.min(); }

    public double max() { return spec.max(); }

    /** Whether the value must be a whole number (counts of sites and months, switches). */
    public boolean integer() { return spec.integer(); }

    /** What tables and prose call it: "stagger between mesh sites". */
    public String label() { return spec.label(); }

    /** What it is, in a phrase: "delay between successive mesh sites". */
    public String meaning() { return spec.meaning(); }

    /** The tornado chart's short name: "Stagger of sites"; the label, capitalised, when none is declared. */
    public String chartName() {
        return spec.chart().isEmpty() ? Character.toUpperCase(spec.label().charAt(0)) + spec.label().substring(1) : spec.chart();
    }

    /** A lead time: the Monte Carlo copula correlates these, and scenarios are made of them. */
    public boolean leadTime() { return spec.group() == InputGroup.SCENARIOS; }

    /** Why {@code value} is not acceptable for this parameter, if it is not. */
    public Optional<String> problemWith(double value) {
        String key = key();
        if (!Double.isFinite(value)) {
            return Optional.of(key + " must be a finite number");
        }
        if (value < min() || value > max()) {
            return Optional.of(key + " must lie in [" + plain(min()) + ", " + plain(max()) + "] " + unit().symbol() + ", got " + plain(value));
        }
        if (integer() && value != Math.rint(value)) {
            return Optional.of(key + " must be a whole number of " + unit().symbol() + ", got " + plain(value));
        }
        return Optional.empty();
    }

    public static Optional<Parameter> byKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key().equals(key)).findFirst();
    }

    /** All keys, comma separated, for error messages that list what is allowed. */
    public static String allKeys() {
        return String.join(", ", Arrays.stream(values()).map(Parameter::key).toList());
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
