package org.euromesh.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Random valid parameter sets for the property tests (fixed seeds, plain JUnit): every drawn value
 * lies inside its parameter's valid range, wide enough to hit clamps, caps and censoring. Hardware
 * stays at the baseline's (a faster build may legitimately get older hardware, §3).
 */
final class RandomParameters {

    private RandomParameters() {
    }

    static double uniform(SplittableRandom r, double min, double max) {
        return min + (max - min) * r.nextDouble();
    }

    /** A run size of 10^fromDecade to 10^toDecade FLOP, log-uniform. */
    static double flop(SplittableRandom r, double fromDecade, double toDecade) {
        return Math.pow(10, uniform(r, fromDecade, toDecade));
    }

    /** The baseline with every pathway's sites, training and lead-time parameters drawn at random. */
    static Parameters draw(SplittableRandom r) {
        Map<Parameter, Double> v = new EnumMap<>(Parameter.class);
        v.put(Parameter.GPU_KW, uniform(r, 0.7, 2.0));
        v.put(Parameter.SITE_MW, uniform(r, 5, 100));
        v.put(Parameter.CAMPUS_MW, uniform(r, 100, 3000));
        v.put(Parameter.PHASED_FIRST_MW, uniform(r, 10, 1500));
        v.put(Parameter.ALPHA0, uniform(r, 0.8, 1.6));
        v.put(Parameter.K_H, uniform(r, -0.2, 0.3));
        v.put(Parameter.K_N, uniform(r, -0.05, 0.15));
        v.put(Parameter.INNER_STEPS, uniform(r, 10, 5000));
        v.put(Parameter.ALPHA_CAP, uniform(r, 1.0, 2.0));
        v.put(Parameter.MFU_LOCAL, uniform(r, 0.2, 0.6));
        v.put(Parameter.MFU_CENTRAL, uniform(r, 0.2, 0.6));
        v.put(Parameter.MFU_SUBSTRATE, uniform(r, 0.2, 0.6));
        v.put(Parameter.MESH_SITES, (double) r.nextInt(0, 61));
        v.put(Parameter.MAX_REPLICAS, (double) r.nextInt(1, 33));
        v.put(Parameter.MESH_STAGGER_MONTHS, (double) r.nextInt(0, 13));
        v.put(Parameter.COMMISSIONING_MONTHS, (double) r.nextInt(0, 7));
        v.put(Parameter.MESH_RAMP_MONTHS, (double) r.nextInt(1, 25));
        v.put(Parameter.CAMPUS_RAMP_MONTHS, (double) r.nextInt(1, 25));
        v.put(Parameter.SINGLE_SITE_SYNCHRONOUS, (double) r.nextInt(0, 2));
        v.put(Parameter.GOODPUT, uniform(r, 0.5, 1.0));
        v.put(Parameter.MIXED_HARDWARE_EFFICIENCY, uniform(r, 0.3, 1.0));
        v.put(Parameter.PUBLIC_START_MONTHS, (double) r.nextInt(0, 25));
        v.put(Parameter.TAU_MEGA_YEARS, uniform(r, 0, 12));
        v.put(Parameter.TAU_MEDIUM_YEARS, uniform(r, 0, 12));
        v.put(Parameter.TAU_FAST_TRACK_YEARS, uniform(r, 0, 12));
        v.put(Parameter.TAU_TRANCHE_YEARS, uniform(r, 0, 12));
        return PublishedInputs.baseline().with(v);
    }
}
