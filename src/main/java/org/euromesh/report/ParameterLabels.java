package org.euromesh.report;

import org.euromesh.model.Parameter;

/** Readable names of parameters, for prose, tables and the tornado chart's reader. */
public final class ParameterLabels {

    private ParameterLabels() {
    }

    public static String label(Parameter p) {
        return switch (p) {
            case GPU_PEAK_FLOP_PER_S -> "GPU peak (dense BF16)";
            case GPU_KW -> "IT power per GPU";
            case PUE -> "power usage effectiveness";
            case SITE_MW -> "mesh site size";
            case CAMPUS_MW -> "campus size";
            case CAPEX_EUR_PER_MW -> "facility capex per MW";
            case BYTES_PER_PARAM -> "bytes per parameter";
            case ALPHA0 -> "DiLoCo base penalty (alpha0)";
            case K_H -> "penalty per decade of inner steps (k_H)";
            case K_N -> "penalty per doubling of replicas (k_N)";
            case INNER_STEPS -> "inner steps between syncs (H)";
            case H_REF_STEPS -> "reference inner steps (H_ref)";
            case ALPHA_CAP -> "penalty cap (alpha_cap)";
            case MFU_LOCAL -> "mesh utilisation (MFU)";
            case MFU_CENTRAL -> "campus utilisation (MFU)";
            case MFU_SUBSTRATE -> "public machines' utilisation (MFU)";
            case BATCH_TOKENS -> "batch per replica";
            case MESH_SITES -> "mesh sites applied for";
            case MAX_REPLICAS -> "sites federated in one run";
            case MESH_STAGGER_MONTHS -> "stagger between mesh sites";
            case COMMISSIONING_MONTHS -> "commissioning time";
            case MESH_RAMP_MONTHS -> "mesh ramp-up";
            case CAMPUS_RAMP_MONTHS -> "campus ramp-up";
            case TAU_MEGA_YEARS -> "1 GW campus lead time";
            case TAU_MEDIUM_YEARS -> "medium-site lead time";
            case TAU_FAST_TRACK_YEARS -> "fast-track campus lead time";
            case TAU_TRANCHE_YEARS -> "phased campus: first tranche lead time";
            case GPU_PRICE_EUR -> "price per GPU (base hardware)";
            case HARDWARE_GENERATIONS -> "newest hardware generation at energisation (1 = yes)";
            case PROCUREMENT_LEAD_MONTHS -> "procurement lead time";
            case PHASED_FIRST_MW -> "phased campus: first tranche";
            case SINGLE_SITE_SYNCHRONOUS -> "one site trains synchronously (1 = yes)";
            case GOODPUT -> "goodput (useful share of wall time)";
            case PROGRAMME_MULTIPLIER -> "programme compute per final run";
            case TOKENS_PER_GPU_STEP -> "tokens per GPU per step";
            case PAYLOAD_COMPRESSION -> "synchronisation payload compression";
            case PUBLIC_START_MONTHS -> "public machines: months to allocation";
            case MIXED_HARDWARE_EFFICIENCY -> "public machines: mixed-hardware efficiency";
        };
    }
}
