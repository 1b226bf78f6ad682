package org.euromesh.chart;

import org.euromesh.format.Format;
import org.euromesh.model.Pathways;
import org.euromesh.model.ScenarioResult;

/** One reader's name per pathway, for charts, tables and prose alike. */
public final class PathwayNames {

    private PathwayNames() {
    }

    /** "Medium sites (the mesh)", "Public machines, 10% allocated" ... */
    public static String of(ScenarioResult.PathwayRun run) {
        return switch (run.kind()) {
            case MESH -> "Medium sites (the mesh)";
            case CAMPUS -> "1 GW campus, standard connection";
            case CAMPUS_PHASED -> "1 GW campus in tranches";
            case CAMPUS_FAST_TRACK -> "1 GW campus, fast-track connection";
            case PUBLIC -> "Public machines, " + Format.probability(run.share()) + " allocated";
        };
    }

    /** The short form a narrow chart has room for. */
    static String shortOf(ScenarioResult.PathwayRun run) {
        return switch (run.kind()) {
            case MESH -> "Mesh";
            case CAMPUS -> "Campus";
            case CAMPUS_PHASED -> "Campus, tranches";
            case CAMPUS_FAST_TRACK -> "Campus, fast track";
            case PUBLIC -> "Public, " + Format.probability(run.share());
        };
    }

    static boolean isCampus(Pathways.Kind kind) {
        return kind == Pathways.Kind.CAMPUS || kind == Pathways.Kind.CAMPUS_PHASED || kind == Pathways.Kind.CAMPUS_FAST_TRACK;
    }
}
