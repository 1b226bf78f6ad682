package org.euromesh.data;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The shapes of the data files, as records a strict Jackson reader binds to (keys are the
 * snake_case of the component names unless a {@code @JsonProperty} says otherwise). Lists we
 * check item by item are kept as {@link JsonNode}.
 */
final class Entries {

    static final List<String> DISTRIBUTIONS = List.of("triangular", "uniform");

    private Entries() {
    }

    /** The name a distribution input is written with in the data. */
    static String distributionName(Class<?> type) {
        JsonSubTypes.Type[] types = DistributionInput.class.getAnnotation(JsonSubTypes.class).value();
        for (JsonSubTypes.Type t : types) {
            if (t.value().equals(type)) {
                return t.name();
            }
        }
        return type.getSimpleName();
    }

    // data/sources.yaml
    record SourceEntry(String id, String title, String publisher, String date, String url, String accessed) {
    }

    // hardware.yaml, training.yaml and each scenario of scenarios.yaml: one cited scalar
    record CitedValue(double value, String tier, List<String> source, String note) {
    }

    // training.yaml
    record TargetEntry(String id, double parameters, double tokens, boolean include, String tier, List<String> source, String note) {
    }

    // hardware.yaml: one accelerator generation
    record GenerationEntry(String id, String name, String available, double peakFlopPerS, double gpuKw, double priceEur,
            String tier, List<String> source, String note) {
    }

    record SweepBlock(List<Double> extraTargetsFlop, String tier, List<String> source, String note) {
    }

    record EfficiencyBlock(List<Integer> replicas, List<Double> innerSteps, int evidenceMaxReplicas,
            double evidenceMaxParameters, String tier,
            List<String> source, String note) {
    }

    record BandwidthBlock(List<Double> linkGbps, List<Double> innerSteps, String tier, List<String> source, String note) {
    }

    record FractionsBlock(List<Double> values, String tier, List<String> source, String note) {
    }

    // scenarios.yaml
    record SensitivityBlock(String tier, List<String> source, String note, JsonNode ranges) {
    }

    record RangeEntry(String parameter, double low, double high) {
    }

    record MonteCarloBlock(int draws, long seed, double histogramBinMonths, double leadTimeCorrelation, String tier, List<String> source,
            String note, JsonNode inputs) {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "distribution")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = TriangularInput.class, name = "triangular"),
        @JsonSubTypes.Type(value = UniformInput.class, name = "uniform")})
    sealed interface DistributionInput permits TriangularInput, UniformInput {
        String parameter();

        double min();

        double max();

        /** False leaves the input at its baseline value without drawing it (an assumption set can switch one off). */
        boolean include();
    }

    record TriangularInput(String parameter, double min, double mode, double max, boolean include) implements DistributionInput {
    }

    record UniformInput(String parameter, double min, double max, boolean include) implements DistributionInput {
    }

    record ScorecardBlock(WeightsEntry weights, SovereigntyWeightsEntry sovereigntyWeights, double fullNetworkGbps,
            Map<String, WeightsEntry> alternativeWeights, String tier, List<String> source, String note) {
    }

    record SovereigntyWeightsEntry(double euMember, double eurohpcMember, double gdpr) {
    }

    record WeightsEntry(double time, double cost, double carbon, double feasibility) {
    }

    // data/edition.yaml
    record EditionEntry(String version, String date, String title, String subtitle, String author,
            String licenseText, String licenseData, String repository) {
    }

    // CSV tables: one record per row; the header must name exactly these columns
    record GridQueueRow(String region, String displayName, double hyperscaleYears, double mediumYears,
            String confidenceHyperscale, String confidenceMedium, String tier, String sources, String note) {
    }

    record RegionRow(String region, String displayName, double accessibleMw, double powerPriceEurPerMwh,
            @JsonProperty("carbon_intensity_g_per_kwh") double carbonIntensityGPerKwh, double interconnectYearsMedium, double interconnectYearsHyperscale,
            double fibreGbps, double euMember, double eurohpcMember, double gdpr, String tier, String sources, String notes) {
    }

    record SubstrateRow(String id, String system, String site, String country, String accelerator, int count,
            double denseBf16Tflops, boolean eurohpc, String status, String tier, String sources) {
    }
}
