package org.euromesh.model;

/** The unit of a {@link Parameter}, with the symbol every table, message and data file uses for it. */
public enum Unit {
    FLOP_PER_S("FLOP/s"),
    KW("kW"),
    MW("MW"),
    EUR("EUR"),
    EUR_PER_MW("EUR/MW"),
    BYTES("bytes"),
    RATIO("ratio"),
    RATIO_PER_DECADE("ratio per decade"),
    RATIO_PER_DOUBLING("ratio per doubling"),
    FRACTION("fraction"),
    STEPS("steps"),
    TOKENS("tokens"),
    SITES("sites"),
    MONTHS("months"),
    YEARS("years"),
    /** 0 or 1: a choice between two versions of the model. */
    SWITCH("switch");

    private final String symbol;

    Unit(String symbol) {
        this.symbol = symbol;
    }

    /** "FLOP/s", "months", "ratio per decade". */
    public String symbol() {
        return symbol;
    }
}
