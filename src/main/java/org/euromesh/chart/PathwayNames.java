package org.euromesh.chart;

import org.euromesh.explore.Verdict;
import org.euromesh.model.Pathways;
import org.euromesh.model.ScenarioResult;

/** One reader's name per pathway, for charts, tables and prose alike. */
public final class PathwayNames {

    private PathwayNames() {
    }

    /**
     * "Medium sites (the mesh)", "Public machines, 10% allocated" ...: the words of
     * {@link Verdict#pathwayName}, so the Explore page names each pathway as the charts do.
     */
    public static String of(ScenarioResult.PathwayRun run) {
        return Verdict.pathwayName(run.kind(), run.share());
    }

    /** "2.5%", "10%": an allocated share with the decimals it needs. */
    public static String share(double share) {
        return Verdict.share(share);
    }

    /** The subject of a sentence that says this pathway is first. */
    static String subject(ScenarioResult.PathwayRun run) {
        return switch (run.kind()) {
            case MESH -> "Medium sites deliver";
            case CAMPUS -> "A 1 GW campus on the standard connection delivers";
            case CAMPUS_PHASED -> "A 1 GW campus built in tranches delivers";
            case CAMPUS_FAST_TRACK -> "A 1 GW campus on a fast-track connection delivers";
            case PUBLIC -> "The public machines, with " + share(run.share()) + " of their time, deliver";
        };
    }

    /** The short form a narrow chart has room for. */
    static String shortOf(ScenarioResult.PathwayRun run) {
        return switch (run.kind()) {
            case MESH -> "Mesh";
            case CAMPUS -> "Campus, standard";
            case CAMPUS_PHASED -> "Campus, tranches";
            case CAMPUS_FAST_TRACK -> "Campus, fast track";
            case PUBLIC -> "Public, " + share(run.share());
        };
    }

    static boolean isCampus(Pathways.Kind kind) {
        return kind == Pathways.Kind.CAMPUS || kind == Pathways.Kind.CAMPUS_PHASED || kind == Pathways.Kind.CAMPUS_FAST_TRACK;
    }
}
