package org.euromesh.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.euromesh.model.InputGroup;
import org.euromesh.model.ModelInputs;
import org.euromesh.model.Parameter;
import org.euromesh.model.Parameters;
import org.euromesh.model.Scenario;
import org.euromesh.model.Scorecard;
import org.euromesh.model.Target;
import org.euromesh.problem.InputError;

/**
 * Reads and validates {@code data/}: every file is parsed with positions, the {@code --set}
 * overrides are applied to the trees, each file is checked, then the files against each other.
 * Every problem found is returned together; the inputs only when there is none.
 */
public final class DataLoader {

    private static final Map<String, String> YAML_FILES = yamlFiles();
    private static final List<String> CSV_FILES = List.of(TableFiles.GRID_QUEUE, TableFiles.REGIONS, TableFiles.SUBSTRATE);

    private DataLoader() {
    }

    private static Map<String, String> yamlFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(SourcesFile.NAME, SourcesFile.EXPECTED);
        files.put(DataFiles.name(InputGroup.HARDWARE), "the hardware parameters: "
                + String.join(", ", ParameterFile.keys(InputGroup.HARDWARE)));
        files.put(DataFiles.name(InputGroup.TRAINING), "the training parameters ("
                + String.join(", ", ParameterFile.keys(InputGroup.TRAINING)) + ") and " + String.join(", ", TrainingFile.KEYS));
        files.put(DataFiles.name(InputGroup.SCENARIOS), String.join(", ", ScenariosFile.RESERVED) + " and the scenarios "
                + String.join(", ", Scenario.PUBLISHED));
        files.put(EditionFile.NAME, EditionFile.EXPECTED);
        return files;
    }

    /**
     * The files of {@code data/} read and parsed once, with what was wrong in reading them: several
     * loads with other overrides (the reference run's) then share one reading. A load never changes
     * it; the overrides go into a copy of each tree.
     */
    public static final class Folder {
        private final Path dir;
        private final Map<String, Document> yaml;
        private final Optional<Document> grid;
        private final Optional<Document> regions;
        private final Optional<Document> substrate;
        private final List<InputError> readErrors;

        private Folder(Path dir) {
            Problems problems = new Problems();
            Map<String, Document> parsed = new LinkedHashMap<>();
            YAML_FILES.forEach((name, expected) ->
                    DocumentReader.yaml(dir, name, expected, problems).ifPresent(d -> parsed.put(d.stem, d)));
            this.dir = dir;
            this.yaml = parsed;
            this.grid = DocumentReader.csv(dir, TableFiles.GRID_QUEUE, TableFiles.columns(Entries.GridQueueRow.class), problems);
            this.regions = DocumentReader.csv(dir, TableFiles.REGIONS, TableFiles.columns(Entries.RegionRow.class), problems);
            this.substrate = DocumentReader.csv(dir, TableFiles.SUBSTRATE, TableFiles.columns(Entries.SubstrateRow.class), problems);
            this.readErrors = problems.sorted();
        }
    }

    /** Reads and parses every file of {@code dataDir}; never throws for bad input (the load reports it). */
    public static Folder read(Path dataDir) {
        return new Folder(Objects.requireNonNull(dataDir, "dataDir"));
    }

    /** Reads and validates data/; overrides are "key=value" strings from --set. Never throws for bad input. */
    public static LoadResult load(Path dataDir, List<String> overrides) {
        return load(dataDir, Optional.empty(), overrides);
    }

    /**
     * As {@link #load(Path, List)}, with the named assumption set of {@code data/assumptions/}
     * applied first, so an explicit {@code --set} still wins over it.
     */
    public static LoadResult load(Path dataDir, Optional<String> assumptions, List<String> overrides) {
        return load(read(dataDir), assumptions, overrides);
    }

    /** As {@link #load(Path, Optional, List)}, on files already read. */
    public static LoadResult load(Folder folder, Optional<String> assumptions, List<String> overrides) {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(overrides, "overrides");
        Path dataDir = folder.dir;
        Problems problems = new Problems();
        folder.readErrors.forEach(problems::add);
        Map<String, Document> yaml = new LinkedHashMap<>();
        folder.yaml.forEach((stem, doc) -> yaml.put(stem, doc.copy()));
        Citations setCitations = Optional.ofNullable(yaml.get("sources")).map(Citations::of).orElse(Citations.unavailable());
        Optional<AssumptionSets.AssumptionSet> set = assumptions.flatMap(name -> AssumptionSets.read(dataDir, name, setCitations, problems));
        List<String> all = new ArrayList<>(set.map(AssumptionSets.AssumptionSet::overrides).orElse(List.of()));
        all.addAll(overrides);
        Overrides.apply(all, yaml, YAML_FILES.keySet().stream().map(DocumentReader::stem).toList(),
                CSV_FILES.stream().map(DocumentReader::stem).toList(), problems);
        Optional<Document> gridDoc = folder.grid;
        Optional<Document> regionsDoc = folder.regions;
        Optional<Document> substrateDoc = folder.substrate;

        Provenance out = new Provenance();
        Optional<Document> sourcesDoc = Optional.ofNullable(yaml.get("sources"));
        Citations citations = sourcesDoc.map(Citations::of).orElse(Citations.unavailable());
        Optional<List<Source>> sources = sourcesDoc.flatMap(d -> SourcesFile.read(d, problems));
        Optional<Document> hardwareDoc = Optional.ofNullable(yaml.get("hardware"));
        Optional<Document> trainingDoc = Optional.ofNullable(yaml.get("training"));
        Map<Parameter, Double> parameters = new EnumMap<>(Parameter.class);
        hardwareDoc.ifPresent(d -> parameters.putAll(ParameterFile.read(InputGroup.HARDWARE, d, List.of(GenerationsFile.KEY), citations, out, problems)));
        Optional<List<GenerationsFile.Row>> generations = hardwareDoc.flatMap(d -> GenerationsFile.read(d, citations, out, problems));
        trainingDoc.ifPresent(d -> parameters.putAll(ParameterFile.read(InputGroup.TRAINING, d, TrainingFile.KEYS, citations, out, problems)));
        Optional<TrainingFile.Tables> tables = trainingDoc.flatMap(d -> TrainingFile.read(d, citations, out, problems));
        ScenariosFile.Result scenarios = Optional.ofNullable(yaml.get("scenarios"))
                .map(d -> ScenariosFile.read(d, citations, out, problems))
                .orElse(new ScenariosFile.Result(Optional.empty(), Optional.empty()));
        var queue = gridDoc.flatMap(d -> TableFiles.gridQueue(d, citations, out, problems));
        var regions = regionsDoc.flatMap(d -> TableFiles.regions(d, citations, out, problems));
        var substrate = substrateDoc.flatMap(d -> TableFiles.substrate(d, citations, out, problems));
        if (queue.isPresent() && regions.isPresent()) {
            TableFiles.crossCheck(gridDoc.orElseThrow(), queue.get(), regionsDoc.orElseThrow(), regions.get(), problems);
        }
        Optional<Edition> edition = Optional.ofNullable(yaml.get("edition")).flatMap(d -> EditionFile.read(d, problems));
        Optional<List<PastEdition>> editions = EditionsFile.load(dataDir, citations, edition, problems);

        if (problems.any()) {
            return new LoadResult.Failed(problems.sorted());
        }
        TrainingFile.Tables t = tables.orElseThrow();
        ScenariosFile.Scenarios s = scenarios.scenarios().orElseThrow();
        parameters.putAll(s.scenarios().stream().filter(x -> x.name().equals(ScenariosFile.BASELINE))
                .findFirst().orElseThrow().overrides());
        Target headline = t.targets().stream().filter(x -> x.id().equals(t.headlineTarget())).findFirst().orElseThrow();
        List<Double> sweep = new ArrayList<>();
        sweep.add(headline.requiredFlop());
        sweep.addAll(t.sweepExtraFlop());
        Scorecard.Spec scorecard = scenarios.scorecard().orElseThrow();
        ModelInputs model = new ModelInputs(s.startMonth(), s.horizonMonths(), Parameters.of(parameters), s.scenarios(),
                s.headlineScenario(), t.targets(), t.headlineTarget(), sweep, t.replicas(), t.efficiencyInnerSteps(),
                t.evidenceMaxReplicas(), t.linkGbps(), t.bandwidthInnerSteps(), t.substrateFractions(),
                substrate.orElseThrow().stream().map(r -> TableFiles.system(r.row(), Citations.split(r.row().sources()))).toList(),
                queue.orElseThrow().stream().map(r -> TableFiles.gridRow(r.row(), Citations.split(r.row().sources()))).toList(),
                regions.orElseThrow().stream().map(r -> TableFiles.region(r.row())).toList(),
                scorecard, s.sensitivity(), s.monteCarlo(),
                generations.orElseThrow().stream().map(g -> g.at(s.startMonth())).toList(),
                t.publicShares(), t.evidenceMaxParameters());
        return new LoadResult.Ok(new Inputs(model, sources.orElseThrow(), out.cited, out.rows, edition.orElseThrow(), editions.orElseThrow(), set));
    }
}
