package org.euromesh.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.euromesh.format.Format;
import org.euromesh.model.ModelResults;
import org.euromesh.model.ScenarioResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command the page prints, run through the JVM build's loader and model, gives the numbers
 * the page shows for the same state: every scenario's dates, the headline, the Monte Carlo.
 */
class ExplorerParityTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "tmega=4.5", "tmed=3.9&alpha8=1.35", "mfu=0.31&sites=3&target=70B",
        "tmega=2&tmed=0.5&sites=16", "alpha8=1.5&mfu=0.6&target=8B&public=50", "tmega=14.9&sites=45",
        "tfast=1.2&ttranche=6.5&phased=450", "tmega=3&tfast=9&ttranche=0.5&phased=1000", "tmed=2&month=2029-06",
        "month=2026-01&target=70B", "tmed=4&ttranche=1.5&phased=20&month=2030-01", "public=10", "tmega=3&public=100", "target=70B&public=25"})
    @SuppressWarnings("unchecked")
    void thePrintedCommandRebuildsThePagesNumbers(String query) {
        ExploreInputs in = Edition.explore();
        State state = State.parse(query, in);
        assertEquals(query, state.query(), "the query is canonical");
        Map<String, Object> page = (Map<String, Object>) Json.parse(Explorer.run(in, state));
        List<String> sets = new ArrayList<>(state.assignments());
        sets.add("scenarios.monte_carlo.draws=" + Explorer.PAGE_DRAWS);
        String command = (String) page.get("command");
        assertEquals("bin/euromesh build" + sets.stream().map(s -> " --set " + s).reduce("", String::concat), command);

        ModelResults build = Edition.results(sets);
        YearMonth start = build.inputs().startMonth();
        List<Object> rows = (List<Object>) page.get("scenarios");
        assertEquals(build.scenarios().size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = (Map<String, Object>) rows.get(i);
            ScenarioResult.TargetDelivery d = build.scenario((String) row.get("scenario")).delivery(state.target());
            assertEquals((long) d.mesh().monthIndex().orElse(-1), row.get("meshMonth"), query + " mesh " + row.get("scenario"));
            assertEquals((long) d.campus().monthIndex().orElse(-1), row.get("campusMonth"), query + " campus " + row.get("scenario"));
            String meshDate = d.mesh().delivered() ? Format.date(start, d.mesh().monthIndex().getAsInt())
                    : Format.afterHorizon(start, build.inputs().horizonMonths());
            assertEquals(meshDate, row.get("meshDate"));
        }
        assertEquals(build.inputs().headlineTarget(), state.target());
        int t = build.inputs().targets().indexOf(build.inputs().headline());
        List<ScenarioResult.PathwayRun> runs = build.headlineScenario().pathways();
        List<Object> pathways = (List<Object>) ((Map<String, Object>) page.get("chart")).get("pathways");
        assertEquals(runs.size(), pathways.size(), query + ": every pathway of the build");
        for (int i = 0; i < runs.size(); i++) {
            Map<String, Object> p = (Map<String, Object>) pathways.get(i);
            assertEquals(org.euromesh.chart.PathwayNames.of(runs.get(i)), p.get("name"), query);
            assertEquals((long) runs.get(i).deliveries().get(t).monthIndex().orElse(-1), p.get("month"), query + " " + p.get("name"));
        }
        assertEquals(Verdict.headline(build), page.get("headline"));

        Map<String, Object> mc = (Map<String, Object>) Json.parse(Explorer.monteCarlo(in, state, Explorer.PAGE_DRAWS));
        assertEquals(build.monteCarlo().pMeshFirst(), (double) mc.get("pMeshFirst"), query);
        assertEquals(Verdict.monteCarlo(build), mc.get("sentence"));
        assertEquals(Verdict.routes(build.monteCarlo(), new Verdict.Calendar(start.getYear(), start.getMonthValue(),
                build.inputs().horizonMonths())), mc.get("routes"), query);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tmega=abc", "sites=0", "sites=46", "mfu=0.333", "target=1T", "public=33", "nothing=1",
        "month=2025-12", "month=2027-13", "month=202701", "phased=5", "tfast=15.1", "ttranche=-1"})
    void whatIsNotAValidControlStaysAtTheEdition(String query) {
        assertEquals("", State.parse(query, Edition.explore()).query());
    }
}
