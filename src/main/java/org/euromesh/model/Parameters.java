package org.euromesh.model;

import java.util.EnumMap;
import java.util.Map;

/**
 * One complete, validated set of scalar parameters: hardware, training and the two lead times of
 * one scenario. Immutable; {@link #with} returns a copy with one value changed, which is how
 * scenarios, the tornado and the Monte Carlo draws are made.
 */
public record Parameters(
        double gpuPeakFlopPerS,
        double gpuKw,
        double pue,
        double siteMw,
        double campusMw,
        double capexEurPerMw,
        double bytesPerParam,
        double alpha0,
        double kH,
        double kN,
        double innerSteps,
        double hRefSteps,
        double alphaCap,
        double mfuLocal,
        double mfuCentral,
        double mfuSubstrate,
        double batchTokens,
        int meshSites,
        int maxReplicas,
        int meshStaggerMonths,
        int commissioningMonths,
        int meshRampMonths,
        int campusRampMonths,
        double tauMegaYears,
        double tauMediumYears) {

    public Parameters {
        for (Parameter p : Parameter.values()) {
            double v = valueOf(p, gpuPeakFlopPerS, gpuKw, pue, siteMw, campusMw, capexEurPerMw, bytesPerParam,
                    alpha0, kH, kN, innerSteps, hRefSteps, alphaCap, mfuLocal, mfuCentral, mfuSubstrate,
                    batchTokens, meshSites, maxReplicas, meshStaggerMonths, commissioningMonths, meshRampMonths,
                    campusRampMonths, tauMegaYears, tauMediumYears);
            p.problemWith(v).ifPresent(problem -> {
                throw new IllegalArgumentException(problem);
            });
        }
    }

    /** Builds a parameter set from one value per parameter; every parameter must be present. */
    public static Parameters of(Map<Parameter, Double> values) {
        EnumMap<Parameter, Double> v = new EnumMap<>(Parameter.class);
        v.putAll(values);
        for (Parameter p : Parameter.values()) {
            if (!v.containsKey(p)) {
                throw new IllegalArgumentException("missing parameter " + p.key());
            }
        }
        return new Parameters(
                v.get(Parameter.GPU_PEAK_FLOP_PER_S), v.get(Parameter.GPU_KW), v.get(Parameter.PUE),
                v.get(Parameter.SITE_MW), v.get(Parameter.CAMPUS_MW), v.get(Parameter.CAPEX_EUR_PER_MW),
                v.get(Parameter.BYTES_PER_PARAM), v.get(Parameter.ALPHA0), v.get(Parameter.K_H),
                v.get(Parameter.K_N), v.get(Parameter.INNER_STEPS), v.get(Parameter.H_REF_STEPS),
                v.get(Parameter.ALPHA_CAP), v.get(Parameter.MFU_LOCAL), v.get(Parameter.MFU_CENTRAL),
                v.get(Parameter.MFU_SUBSTRATE), v.get(Parameter.BATCH_TOKENS),
                whole(v.get(Parameter.MESH_SITES)), whole(v.get(Parameter.MAX_REPLICAS)),
                whole(v.get(Parameter.MESH_STAGGER_MONTHS)), whole(v.get(Parameter.COMMISSIONING_MONTHS)),
                whole(v.get(Parameter.MESH_RAMP_MONTHS)), whole(v.get(Parameter.CAMPUS_RAMP_MONTHS)),
                v.get(Parameter.TAU_MEGA_YEARS), v.get(Parameter.TAU_MEDIUM_YEARS));
    }

    /** Every value, indexed by {@link Parameter#ordinal()}: a fresh array the caller may change. */
    public double[] values() {
        Parameter[] all = Parameter.values();
        double[] v = new double[all.length];
        for (Parameter p : all) {
            v[p.ordinal()] = get(p);
        }
        return v;
    }

    /** Builds a parameter set from one value per parameter, indexed by {@link Parameter#ordinal()}. */
    public static Parameters of(double[] v) {
        if (v.length != Parameter.values().length) {
            throw new IllegalArgumentException("expected " + Parameter.values().length + " values, got " + v.length);
        }
        return new Parameters(
                v[Parameter.GPU_PEAK_FLOP_PER_S.ordinal()], v[Parameter.GPU_KW.ordinal()], v[Parameter.PUE.ordinal()],
                v[Parameter.SITE_MW.ordinal()], v[Parameter.CAMPUS_MW.ordinal()], v[Parameter.CAPEX_EUR_PER_MW.ordinal()],
                v[Parameter.BYTES_PER_PARAM.ordinal()], v[Parameter.ALPHA0.ordinal()], v[Parameter.K_H.ordinal()],
                v[Parameter.K_N.ordinal()], v[Parameter.INNER_STEPS.ordinal()], v[Parameter.H_REF_STEPS.ordinal()],
                v[Parameter.ALPHA_CAP.ordinal()], v[Parameter.MFU_LOCAL.ordinal()], v[Parameter.MFU_CENTRAL.ordinal()],
                v[Parameter.MFU_SUBSTRATE.ordinal()], v[Parameter.BATCH_TOKENS.ordinal()],
                whole(v[Parameter.MESH_SITES.ordinal()]), whole(v[Parameter.MAX_REPLICAS.ordinal()]),
                whole(v[Parameter.MESH_STAGGER_MONTHS.ordinal()]), whole(v[Parameter.COMMISSIONING_MONTHS.ordinal()]),
                whole(v[Parameter.MESH_RAMP_MONTHS.ordinal()]), whole(v[Parameter.CAMPUS_RAMP_MONTHS.ordinal()]),
                v[Parameter.TAU_MEGA_YEARS.ordinal()], v[Parameter.TAU_MEDIUM_YEARS.ordinal()]);
    }

    /** The value of one parameter, by key. */
    public double get(Parameter p) {
        return valueOf(p, gpuPeakFlopPerS, gpuKw, pue, siteMw, campusMw, capexEurPerMw, bytesPerParam,
                alpha0, kH, kN, innerSteps, hRefSteps, alphaCap, mfuLocal, mfuCentral, mfuSubstrate,
                batchTokens, meshSites, maxReplicas, meshStaggerMonths, commissioningMonths, meshRampMonths,
                campusRampMonths, tauMegaYears, tauMediumYears);
    }

    /** Every parameter with its value, in declaration order. */
    public Map<Parameter, Double> asMap() {
        EnumMap<Parameter, Double> map = new EnumMap<>(Parameter.class);
        for (Parameter p : Parameter.values()) {
            map.put(p, get(p));
        }
        return map;
    }

    /** A copy with one parameter changed; throws if the value is outside the parameter's range. */
    public Parameters with(Parameter p, double value) {
        EnumMap<Parameter, Double> map = new EnumMap<>(asMap());
        map.put(p, value);
        return of(map);
    }

    /** A copy with several parameters changed. */
    public Parameters with(Map<Parameter, Double> changes) {
        EnumMap<Parameter, Double> map = new EnumMap<>(asMap());
        map.putAll(changes);
        return of(map);
    }

    /** A count of sites or months; a fractional value is an error, never silently rounded. */
    private static int whole(double v) {
        if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("expected a whole number, got " + v);
        }
        return (int) v;
    }

    @SuppressWarnings("java:S107")
    private static double valueOf(Parameter p, double gpuPeakFlopPerS, double gpuKw, double pue, double siteMw,
            double campusMw, double capexEurPerMw, double bytesPerParam, double alpha0, double kH, double kN,
            double innerSteps, double hRefSteps, double alphaCap, double mfuLocal, double mfuCentral,
            double mfuSubstrate, double batchTokens, int meshSites, int maxReplicas, int meshStaggerMonths,
            int commissioningMonths, int meshRampMonths, int campusRampMonths, double tauMegaYears,
            double tauMediumYears) {
        return switch (p) {
            case GPU_PEAK_FLOP_PER_S -> gpuPeakFlopPerS;
            case GPU_KW -> gpuKw;
            case PUE -> pue;
            case SITE_MW -> siteMw;
            case CAMPUS_MW -> campusMw;
            case CAPEX_EUR_PER_MW -> capexEurPerMw;
            case BYTES_PER_PARAM -> bytesPerParam;
            case ALPHA0 -> alpha0;
            case K_H -> kH;
            case K_N -> kN;
            case INNER_STEPS -> innerSteps;
            case H_REF_STEPS -> hRefSteps;
            case ALPHA_CAP -> alphaCap;
            case MFU_LOCAL -> mfuLocal;
            case MFU_CENTRAL -> mfuCentral;
            case MFU_SUBSTRATE -> mfuSubstrate;
            case BATCH_TOKENS -> batchTokens;
            case MESH_SITES -> meshSites;
            case MAX_REPLICAS -> maxReplicas;
            case MESH_STAGGER_MONTHS -> meshStaggerMonths;
            case COMMISSIONING_MONTHS -> commissioningMonths;
            case MESH_RAMP_MONTHS -> meshRampMonths;
            case CAMPUS_RAMP_MONTHS -> campusRampMonths;
            case TAU_MEGA_YEARS -> tauMegaYears;
            case TAU_MEDIUM_YEARS -> tauMediumYears;
        };
    }
}
