package org.euromesh.explore;

import org.teavm.jso.JSExport;

/**
 * What the Explore page calls, compiled by TeaVM to WebAssembly GC (and JavaScript): JSON text in,
 * JSON text out, so the page needs no binding beyond strings. Not used on the JVM.
 */
public final class Exports {

    private static ExploreInputs inputs;

    private Exports() {
    }

    /** TeaVM wants an entry point; the page calls the exported methods instead. */
    public static void main(String[] args) {
        // nothing to start: the page loads the inputs, then asks for results
    }

    /** Reads the edition's inputs (the build's explore-inputs JSON); returns the controls and their defaults. */
    @JSExport
    public static String load(String inputsJson) {
        inputs = ExploreInputs.fromJson(inputsJson);
        return Explorer.controls(inputs);
    }

    /** The deterministic results for a page state (a URL query such as {@code tmega=6&sites=8}). */
    @JSExport
    public static String run(String query) {
        return Explorer.run(inputs, State.parse(query, inputs));
    }

    /** The Monte Carlo for a page state, with {@code draws} draws from the edition's seed. */
    @JSExport
    public static String monteCarlo(String query, int draws) {
        return Explorer.monteCarlo(inputs, State.parse(query, inputs), draws);
    }
}
