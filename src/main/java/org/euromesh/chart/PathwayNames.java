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

    /** The subject of a sentence that says this pathway is first (the words of {@link Verdict#pathwaySubject}). */
    static String subject(ScenarioResult.PathwayRun run) {
        return Verdict.pathwaySubject(run.kind(), run.share());
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
