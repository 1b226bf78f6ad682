package org.euromesh.model;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * One complete, validated set of scalar parameters: one value per {@link Parameter}, held in an
 * array indexed by the declaration. Immutable; {@link #with} returns a copy with values changed,
 * which is how scenarios, the tornado and the Monte Carlo draws are made. A new parameter needs
 * its declaration in {@link Parameter} and its value in {@code data/}; the model reads it with
 * {@link #get}, or with a named accessor here where that reads better.
 */
public final class Parameters {

    private static final Parameter[] ALL = Parameter.values();

    private final double[] values;

    private Parameters(double[] values) {
        for (Parameter p : ALL) {
            check(p, values[p.ordinal()]);
        }
        this.values = values;
    }

    /** Values the caller has already checked. */
    private Parameters(double[] values, boolean checked) {
        assert checked;
        this.values = values;
    }

    private static void check(Parameter p, double value) {
        p.problemWith(value).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
    }

    /** Builds a parameter set from one value per parameter; every parameter must be present. */
    public static Parameters of(Map<Parameter, Double> values) {
        double[] v = new double[ALL.length];
        for (Parameter p : ALL) {
            Double value = values.get(p);
            if (value == null) {
                throw new IllegalArgumentException("missing parameter " + p.key());
            }
            v[p.ordinal()] = value;
        }
        return new Parameters(v);
    }

    /** Builds a parameter set from one value per parameter, indexed by {@link Parameter#ordinal()}. */
    public static Parameters of(double[] v) {
        if (v.length != ALL.length) {
            throw new IllegalArgumentException("expected " + ALL.length + " values, got " + v.length);
        }
        return new Parameters(v.clone());
    }

    /** Every value, indexed by {@link Parameter#ordinal()}: a fresh array the caller may change. */
    public double[] values() {
        return values.clone();
    }

    /** The value of one parameter. */
    public double get(Parameter p) {
        return values[p.ordinal()];
    }

    /** Every parameter with its value, in declaration order. */
    public Map<Parameter, Double> asMap() {
        EnumMap<Parameter, Double> map = new EnumMap<>(Parameter.class);
        for (Parameter p : ALL) {
            map.put(p, values[p.ordinal()]);
        }
        return map;
    }

    /** A copy with one parameter changed; throws if the value is outside the parameter's range. */
    public Parameters with(Parameter p, double value) {
        double[] v = values.clone();
        v[p.ordinal()] = value;
        return new Parameters(v);
    }

    /**
     * A copy with the parameters at the ordinals {@code slots} taken from {@code values}, checking
     * only those (the rest were checked when this set was made): a Monte Carlo draw, made for every
     * draw, where checking all of the parameters cost a fifth of the time.
     */
    Parameters withDrawn(double[] values, int[] slots) {
        double[] v = this.values.clone();
        for (int slot : slots) {
            check(ALL[slot], values[slot]);
            v[slot] = values[slot];
        }
        return new Parameters(v, true);
    }

    /** A copy with several parameters changed. */
    public Parameters with(Map<Parameter, Double> changes) {
        double[] v = values.clone();
        changes.forEach((p, value) -> v[p.ordinal()] = value);
        return new Parameters(v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameters other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return asMap().toString();
    }

    private int whole(Parameter p) {
        return (int) values[p.ordinal()];
    }

    // Named accessors for the parameters the model reads by name (whole numbers are checked by Parameter).
    public double gpuPeakFlopPerS() { return get(Parameter.GPU_PEAK_FLOP_PER_S); }
    public double gpuKw() { return get(Parameter.GPU_KW); }
    public double pue() { return get(Parameter.PUE); }
    public double siteMw() { return get(Parameter.SITE_MW); }
    public double campusMw() { return get(Parameter.CAMPUS_MW); }
    public double capexEurPerMw() { return get(Parameter.CAPEX_EUR_PER_MW); }
    public double bytesPerParam() { return get(Parameter.BYTES_PER_PARAM); }
    public double alpha0() { return get(Parameter.ALPHA0); }
    public double kH() { return get(Parameter.K_H); }
    public double kN() { return get(Parameter.K_N); }
    public double innerSteps() { return get(Parameter.INNER_STEPS); }
    public double hRefSteps() { return get(Parameter.H_REF_STEPS); }
    public double alphaCap() { return get(Parameter.ALPHA_CAP); }
    public double mfuLocal() { return get(Parameter.MFU_LOCAL); }
    public double mfuCentral() { return get(Parameter.MFU_CENTRAL); }
    public double mfuSubstrate() { return get(Parameter.MFU_SUBSTRATE); }
    public double batchTokens() { return get(Parameter.BATCH_TOKENS); }
    public int meshSites() { return whole(Parameter.MESH_SITES); }
    public int maxReplicas() { return whole(Parameter.MAX_REPLICAS); }
    public int meshStaggerMonths() { return whole(Parameter.MESH_STAGGER_MONTHS); }
    public int commissioningMonths() { return whole(Parameter.COMMISSIONING_MONTHS); }
    public int meshRampMonths() { return whole(Parameter.MESH_RAMP_MONTHS); }
    public int campusRampMonths() { return whole(Parameter.CAMPUS_RAMP_MONTHS); }
    public double tauMegaYears() { return get(Parameter.TAU_MEGA_YEARS); }
    public double tauMediumYears() { return get(Parameter.TAU_MEDIUM_YEARS); }
    public double tauFastTrackYears() { return get(Parameter.TAU_FAST_TRACK_YEARS); }
    public double tauTrancheYears() { return get(Parameter.TAU_TRANCHE_YEARS); }
    public double gpuPriceEur() { return get(Parameter.GPU_PRICE_EUR); }
    public boolean hardwareGenerations() { return whole(Parameter.HARDWARE_GENERATIONS) == 1; }
    public int procurementLeadMonths() { return whole(Parameter.PROCUREMENT_LEAD_MONTHS); }
    public double phasedFirstMw() { return get(Parameter.PHASED_FIRST_MW); }
    public boolean singleSiteSynchronous() { return whole(Parameter.SINGLE_SITE_SYNCHRONOUS) == 1; }
    public double goodput() { return get(Parameter.GOODPUT); }
    public double programmeMultiplier() { return get(Parameter.PROGRAMME_MULTIPLIER); }
    public double tokensPerGpuStep() { return get(Parameter.TOKENS_PER_GPU_STEP); }
    public double payloadCompression() { return get(Parameter.PAYLOAD_COMPRESSION); }
    public int publicStartMonths() { return whole(Parameter.PUBLIC_START_MONTHS); }
    public double mixedHardwareEfficiency() { return get(Parameter.MIXED_HARDWARE_EFFICIENCY); }
}
