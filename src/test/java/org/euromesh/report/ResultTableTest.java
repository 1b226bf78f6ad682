package org.euromesh.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.euromesh.data.DataLoader;
import org.euromesh.data.LoadResult;
import org.euromesh.model.Model;
import org.euromesh.model.ModelResults;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each result CSV is one declaration: its writer fills exactly the declared columns, and the names are unique. */
class ResultTableTest {

    static ModelResults results;

    @BeforeAll
    static void run() {
        LoadResult r = DataLoader.load(Path.of("data"), Optional.empty(), List.of());
        results = Model.run(((LoadResult.Ok) r).inputs().model());
    }

    @Test
    void everyTableWritesItsDeclaredHeaderAndRowsOfItsWidth() {
        for (ResultTable t : ResultCsv.TABLES) {
            List<String> lines = t.csv(results).lines().toList();
            assertEquals(String.join(",", t.header()), lines.get(0), t.file());
            assertTrue(lines.size() > 1, t.file() + " has rows");
        }
    }

    @Test
    void aWriterThatFillsTheWrongNumberOfCellsFails() {
        ResultTable wrong = new ResultTable("wrong.csv", "one thing", List.of(ResultTable.c("a", "the a (count)"),
                ResultTable.c("b", "the b (count)")), (r, out) -> out.row("1"));
        assertThrows(IllegalArgumentException.class, () -> wrong.csv(results));
    }

    @Test
    void everyFileIsDeclaredOnceAndFoundByItsName() {
        List<String> names = new ArrayList<>(ResultCsv.TABLES.stream().map(ResultTable::file).toList());
        names.add(ResultCsv.CHANGES.file());
        assertEquals(names.stream().distinct().toList(), names);
        assertEquals(Optional.of(RegionCsvs.SCORECARD), ResultTable.named("reference/scorecard.csv"));
    }

    @Test
    void everyChartLinksADeclaredCsv() {
        org.euromesh.chart.Charts.render(results, new org.euromesh.chart.Charts.Stamp("1", "CC BY 4.0"))
                .forEach(c -> assertTrue(ResultTable.named(c.csv()).isPresent(), c.id() + " links " + c.csv()));
    }
}
