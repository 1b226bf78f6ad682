package org.euromesh.model;

/**
 * A training run to deliver: {@code parameters} N and {@code tokens} D; it needs
 * {@code C = 6 N D} FLOP (Kaplan et al.).
 */
public record Target(String id, double parameters, double tokens) {
    public Target {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a target needs an id");
        }
        if (!(parameters > 0) || !(tokens > 0)) {
            throw new IllegalArgumentException("target " + id + " needs positive parameters and tokens");
        }
    }

    public double requiredFlop() {
        return 6 * parameters * tokens;
    }
}
