package org.euromesh.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.euromesh.model.GridQueue;
import org.euromesh.model.ModelInputs;
import org.euromesh.model.Parameter;
import org.euromesh.model.Parameters;
import org.euromesh.model.Pathways;
import org.euromesh.model.Scenario;
import org.euromesh.model.Scorecard;
import org.euromesh.model.Substrate;
import org.euromesh.problem.InputError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DataLoaderTest {

    static final Path DATA = Path.of("data");

    static Inputs shipped(String... overrides) {
        LoadResult result = DataLoader.load(DATA, List.of(overrides));
        if (result instanceof LoadResult.Failed failed) {
            throw new AssertionError("the shipped data should load:\n" + failed.errors().stream()
                    .map(InputError::format).collect(Collectors.joining("\n")));
        }
        return ((LoadResult.Ok) result).inputs();
    }

    @Test
    void shippedDataLoadsWithoutErrors() {
        assertInstanceOf(LoadResult.Ok.class, DataLoader.load(DATA, List.of()));
    }

    @Test
    void shippedDataGivesTwentyEightThousandFiveHundredSeventyOneGpusPerSite() {
        Parameters base = shipped().model().base();
        assertEquals(28_571, Pathways.gpusPerSite(base.siteMw(), base.gpuKw()));
        assertEquals(714_285, Pathways.gpusPerSite(base.campusMw(), base.gpuKw()));
    }

    @Test
    void meanOneGigawattWaitAcrossRegionsIsSevenPointFiveSevenYears() {
        List<GridQueue.Row> rows = shipped().model().gridQueue();
        assertEquals(7, rows.size());
        assertEquals(53.0 / 7, GridQueue.meanHyperscaleYears(rows), 1e-12);
        assertEquals(7.571, GridQueue.meanHyperscaleYears(rows), 5e-4);
    }

    @Test
    void baselineLeadTimesAreSevenAndTwoPointSixYears() {
        ModelInputs model = shipped().model();
        assertEquals(7.0, model.base().tauMegaYears());
        assertEquals(2.6, model.base().tauMediumYears());
        assertEquals("baseline", model.headlineScenario());
        assertEquals(7.0, model.headlineParameters().tauMegaYears());
    }

    @Test
    void thePublishedScenariosCarryTheirLeadTimes() {
        ModelInputs model = shipped().model();
        assertEquals(Scenario.PUBLISHED, model.scenarios().stream().map(Scenario::name).toList());
        Parameters optimistic = model.scenario("optimistic").apply(model.base());
        Parameters pessimistic = model.scenario("pessimistic").apply(model.base());
        assertEquals(List.of(5.5, 1.8), List.of(optimistic.tauMegaYears(), optimistic.tauMediumYears()));
        assertEquals(List.of(9.5, 4.0), List.of(pessimistic.tauMegaYears(), pessimistic.tauMediumYears()));
    }

    @Test
    void everyCitedSourceIdExistsInTheRegistry() {
        Inputs inputs = shipped();
        Set<String> registry = inputs.sources().stream().map(Source::id).collect(Collectors.toSet());
        List<String> cited = new ArrayList<>();
        inputs.cited().values().forEach(c -> cited.addAll(c.sources()));
        inputs.rows().values().forEach(r -> cited.addAll(r.sources()));
        inputs.model().gridQueue().forEach(r -> cited.addAll(r.sources()));
        assertFalse(cited.isEmpty());
        assertTrue(registry.containsAll(cited), () -> "not in the registry: "
                + cited.stream().filter(id -> !registry.contains(id)).distinct().toList());
    }

    @Test
    void everyParameterIsCitedWithItsUnitTierAndSource() {
        Inputs inputs = shipped();
        for (Parameter p : Parameter.values()) {
            String key = p.leadTime() ? "scenarios.baseline." + p.key() : p.group().key() + "." + p.key();
            Cited cited = inputs.cited().get(key);
            assertEquals(p.unit().symbol(), cited.unit(), key);
            assertTrue(Citations.TIERS.contains(cited.tier()), key);
            assertFalse(cited.sources().isEmpty(), key);
            assertEquals(inputs.model().base().get(p), cited.value(), key);
        }
        assertEquals("hardware.gpu_peak_flop_per_s", inputs.cited().keySet().iterator().next());
    }

    @Test
    void rowProvenanceUsesTheDocumentedKeys() {
        Set<String> keys = shipped().rows().keySet();
        assertTrue(keys.containsAll(List.of("regions.nordics", "grid_queue.nordics", "substrate.jupiter_booster",
                "targets.405B", "scenarios.sensitivity", "scenarios.monte_carlo", "training.efficiency_table")), keys::toString);
        RowMeta nordics = shipped().rows().get("regions.nordics");
        assertEquals(List.of("data/regions.csv", "nordics"), List.of(nordics.file(), nordics.id()));
    }

    @Test
    void substrateTeraflopsAreConvertedToFlopPerSecond() {
        List<Substrate.System> systems = shipped().model().substrate();
        Substrate.System jupiter = systems.get(0);
        assertEquals("jupiter_booster", jupiter.id());
        assertEquals(9.89e14, jupiter.peakFlopPerS(), 1);
        double flagships = systems.stream().filter(Substrate.System::euroHpc).mapToDouble(Substrate.System::aggregateFlopPerS).sum();
        assertEquals(37.04e18, flagships, 0.01e18);
    }

    @Test
    void theNordicCompositeScoresItsMembersMegawattWeightedSovereigntyNotNorways() {
        // regions.csv's note: NO 600 MW (EEA, not EU), SE 900 and FI 700 (EU); all three EuroHPC members under the GDPR
        Scorecard.Region nordics = shipped().model().regions().stream().filter(r -> r.id().equals("nordics")).findFirst().orElseThrow();
        double[][] members = {{600, 0, 1, 1}, {900, 1, 1, 1}, {700, 1, 1, 1}};
        double[] mean = new double[3];
        for (double[] m : members) {
            for (int k = 0; k < 3; k++) {
                mean[k] += m[0] * m[k + 1] / nordics.accessibleMw();
            }
        }
        assertEquals(mean[0], nordics.sovereignty().euMember(), 5e-5, "written to four places");
        assertEquals(mean[1], nordics.sovereignty().euroHpcMember(), 0.0);
        assertEquals(mean[2], nordics.sovereignty().gdpr(), 0.0);
    }

    @Test
    void scorecardReadsTheSovereigntyWeightsAndTheAlternativeWeightSetsInFileOrder() {
        Scorecard.Spec spec = shipped().model().scorecard();
        assertEquals(List.of("equal", "time_heavy", "cost_heavy"), List.copyOf(spec.alternativeWeights().keySet()));
        spec.alternativeWeights().values().forEach(w -> assertTrue(w.sumToOne(), w.toString()));
        assertEquals(3, spec.sovereignty().sum());
    }

    @Test
    void sweepStartsWithTheHeadlineTargetThenTheLargerRuns() {
        ModelInputs model = shipped().model();
        assertEquals(List.of(model.headline().requiredFlop(), 1e26, 5e26, 1e27, 5e27, 1e28), model.sweepTargetsFlop());
        assertEquals(1.9683e25, model.headline().requiredFlop(), 1e19);
    }

    @Test
    void horizonEditionAndTablesComeFromTheFiles() {
        Inputs inputs = shipped();
        ModelInputs model = inputs.model();
        assertEquals(YearMonth.of(2027, 1), model.startMonth());
        assertEquals(180, model.horizonMonths());
        assertEquals(LocalDate.of(2026, 12, 1), inputs.edition().date());
        assertEquals(List.of(1, 2, 4, 8, 16, 32, 64), model.efficiencyReplicas());
        assertEquals(16, model.evidenceMaxReplicas());
        assertEquals(1.5e10, model.evidenceMaxParameters());
        assertEquals(List.of(0.025, 0.10, 0.25), model.publicShares());
        assertEquals(List.of("h100", "b200"), model.generations().stream().map(g -> g.id()).toList());
        assertEquals(11, model.sensitivity().size());
        assertEquals(100_000, model.monteCarlo().draws());
        assertEquals(20_260_615L, model.monteCarlo().seed());
        assertEquals(0.4, model.scorecard().weights().time());
    }

    static Stream<Arguments> setExamples() {
        return Stream.of(
                Arguments.of("scenarios.baseline.tau_mega_years=8", 8.0, (ToDoubleFunction<ModelInputs>) m -> m.base().tauMegaYears()),
                Arguments.of("hardware.gpu_kw=1.7", 1.7, (ToDoubleFunction<ModelInputs>) m -> m.base().gpuKw()),
                Arguments.of("training.alpha0=1.2", 1.2, (ToDoubleFunction<ModelInputs>) m -> m.base().alpha0()),
                Arguments.of("scenarios.monte_carlo.draws=1000", 1000.0, (ToDoubleFunction<ModelInputs>) m -> m.monteCarlo().draws()),
                Arguments.of("training.targets.405B.parameters=4.0e11", 4.0e11,
                        (ToDoubleFunction<ModelInputs>) m -> m.headline().parameters()),
                Arguments.of("scenarios.sensitivity.ranges.gpu_kw.high=1.9", 1.9,
                        (ToDoubleFunction<ModelInputs>) m -> m.sensitivity().stream()
                                .filter(r -> r.parameter() == Parameter.GPU_KW).findFirst().orElseThrow().high()));
    }

    @ParameterizedTest(name = "--set {0}")
    @MethodSource("setExamples")
    void setOverrideChangesTheValue(String assignment, double expected, ToDoubleFunction<ModelInputs> read) {
        assertEquals(expected, read.applyAsDouble(shipped(assignment).model()));
    }

    @Test
    void setOverrideIsRecordedInTheCitedValue() {
        assertEquals(8.0, shipped("scenarios.baseline.tau_mega_years=8").cited().get("scenarios.baseline.tau_mega_years").value());
    }

    @Test
    void setOverrideOfTextReplacesTheText() {
        assertEquals("pessimistic", shipped("scenarios.headline_scenario=pessimistic").model().headlineScenario());
    }

    @Test
    void unknownSetKeyFailsNamingTheKeyAndTheNearestValidKeys() {
        LoadResult result = DataLoader.load(DATA, List.of("hardware.gpu_kilowatts=1.7"));
        InputError error = assertInstanceOf(LoadResult.Failed.class, result).errors().get(0);
        assertEquals("--set", error.file());
        assertEquals("hardware.gpu_kilowatts", error.path());
        assertTrue(error.message().contains("hardware.gpu_kw"), error.message());
    }

    @Test
    void aMissingDataFolderReportsEveryFileWithoutThrowing(@TempDir Path empty) {
        List<InputError> errors = assertInstanceOf(LoadResult.Failed.class, DataLoader.load(empty, List.of())).errors();
        assertEquals(List.of("data/edition.yaml", "data/grid_queue.csv", "data/hardware.yaml", "data/regions.csv",
                "data/scenarios.yaml", "data/sources.yaml", "data/substrate.csv", "data/training.yaml"),
                errors.stream().map(InputError::file).toList());
        assertTrue(errors.stream().allMatch(e -> e.message().startsWith("missing file")));
    }

    @Test
    void errorsFromSeveralFilesAreAllReportedInFileAndLineOrder(@TempDir Path tmp) throws IOException {
        Path data = BadInputsTest.copyOfShippedData(tmp);
        replace(data.resolve("regions.csv"), "germany,Germany,600,", "germany,Germany,-600,");
        replace(data.resolve("hardware.yaml"), "value: 1.4", "value: 140");
        replace(data.resolve("training.yaml"), "value: 0.35", "value: 3.5");
        List<InputError> errors = assertInstanceOf(LoadResult.Failed.class,
                DataLoader.load(data, List.of("nothing.here=1"))).errors();
        assertEquals(List.of("--set", "data/hardware.yaml", "data/regions.csv", "data/training.yaml"),
                errors.stream().map(InputError::file).toList());
        assertEquals(errors.stream().sorted(InputError.ORDER).toList(), errors);
    }

    @Test
    void aBrokenRegistryIsReportedOnceInsteadOfAsEveryCitationBeingUnknown(@TempDir Path tmp) throws IOException {
        Path data = BadInputsTest.copyOfShippedData(tmp);
        Files.writeString(data.resolve("sources.yaml"), "sources: []\n");
        List<InputError> errors = assertInstanceOf(LoadResult.Failed.class, DataLoader.load(data, List.of())).errors();
        assertEquals(1, errors.size(), () -> errors.stream().map(InputError::format).collect(Collectors.joining("\n")));
        assertEquals("data/sources.yaml", errors.get(0).file());
    }

    @Test
    void aCsvSavedWithAByteOrderMarkStillLoads(@TempDir Path tmp) throws IOException {
        Path data = BadInputsTest.copyOfShippedData(tmp);
        Path regions = data.resolve("regions.csv");
        Files.writeString(regions, "\uFEFF" + Files.readString(regions).replace("\n", "\r\n"));
        assertInstanceOf(LoadResult.Ok.class, DataLoader.load(data, List.of()));
    }

    @Test
    void formatOmitsTheColumnAndLineWhenUnknown() {
        assertEquals("data/regions.csv:4:3: regions[2].power_price_eur_per_mwh: expected a number >= 0, got \"abc\"",
                new InputError("data/regions.csv", 4, 3, "regions[2].power_price_eur_per_mwh",
                        "expected a number >= 0, got \"abc\"").format());
        assertEquals("data/regions.csv:4: bad", new InputError("data/regions.csv", 4, 0, "", "bad").format());
        assertEquals("--set: x.y: bad", new InputError("--set", 0, 0, "x.y", "bad").format());
    }

    static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
    }
}
