package org.euromesh.data;

import com.fasterxml.jackson.databind.ObjectReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.euromesh.model.GridQueue;
import org.euromesh.model.Scorecard;
import org.euromesh.model.Substrate;

/** The CSV tables: the grid queue, the scorecard regions and the substrate inventory, and the checks between them. */
final class TableFiles {

    static final String GRID_QUEUE = "grid_queue.csv";
    static final String REGIONS = "regions.csv";
    static final String SUBSTRATE = "substrate.csv";
    static final List<String> CONFIDENCE = List.of("low", "medium", "high");
    /** The stated sovereignty criteria of regions.csv, in column order. */
    static final List<String> SOVEREIGNTY_CRITERIA = List.of("eu_member", "eurohpc_member", "gdpr");
    /** Lead times in the two tables are copies of one estimate, so they must match exactly (up to float noise). */
    private static final double SAME = 1e-9;

    private static final ObjectReader GRID_ROW = Binder.CSV.readerFor(Entries.GridQueueRow.class);
    private static final ObjectReader REGION_ROW = Binder.CSV.readerFor(Entries.RegionRow.class);
    private static final ObjectReader SUBSTRATE_ROW = Binder.CSV.readerFor(Entries.SubstrateRow.class);

    private TableFiles() {
    }

    static List<String> columns(Class<?> row) {
        return Binder.keysOf(row);
    }

    /** A bound row and where it sits, so later checks can point at it. */
    record Located<T>(T row, String pointer) {
    }

    static Optional<List<Located<Entries.GridQueueRow>>> gridQueue(Document doc, Citations citations, Provenance out,
            Problems problems) {
        return rows(doc, GRID_ROW, Entries.GridQueueRow::region, "region", problems, (row, at) -> {
            Checks.text(doc, Pointer.child(at, "display_name"), row.displayName(), problems);
            Checks.above(doc, Pointer.child(at, "hyperscale_years"), row.hyperscaleYears(), 0, problems);
            Checks.above(doc, Pointer.child(at, "medium_years"), row.mediumYears(), 0, problems);
            confidence(doc, Pointer.child(at, "confidence_hyperscale"), row.confidenceHyperscale(), problems);
            confidence(doc, Pointer.child(at, "confidence_medium"), row.confidenceMedium(), problems);
            List<String> sources = citations.checkRow(doc, at, row.tier(), row.sources(), problems);
            out.rows.put("grid_queue." + row.region(), new RowMeta(doc.file, row.region(), row.tier(), sources, row.note()));
        });
    }

    static Optional<List<Located<Entries.RegionRow>>> regions(Document doc, Citations citations, Provenance out,
            Problems problems) {
        return rows(doc, REGION_ROW, Entries.RegionRow::region, "region", problems, (row, at) -> {
            Checks.text(doc, Pointer.child(at, "display_name"), row.displayName(), problems);
            Checks.atLeast(doc, Pointer.child(at, "accessible_mw"), row.accessibleMw(), 0, problems);
            Checks.atLeast(doc, Pointer.child(at, "power_price_eur_per_mwh"), row.powerPriceEurPerMwh(), 0, problems);
            Checks.atLeast(doc, Pointer.child(at, "carbon_intensity_g_per_kwh"), row.carbonIntensityGPerKwh(), 0, problems);
            Checks.above(doc, Pointer.child(at, "interconnect_years_medium"), row.interconnectYearsMedium(), 0, problems);
            Checks.above(doc, Pointer.child(at, "interconnect_years_hyperscale"), row.interconnectYearsHyperscale(), 0, problems);
            Checks.above(doc, Pointer.child(at, "fibre_gbps"), row.fibreGbps(), 0, problems);
            for (String criterion : SOVEREIGNTY_CRITERIA) {
                double share = switch (criterion) {
                    case "eu_member" -> row.euMember();
                    case "eurohpc_member" -> row.eurohpcMember();
                    default -> row.gdpr();
                };
                if (!(share >= 0 && share <= 1)) {
                    problems.at(doc, Pointer.child(at, criterion), criterion + " must be 1 (yes), 0 (no) or, for a composite"
                            + " region, the share of its accessible MW in member countries (0 to 1), got " + Checks.plain(share));
                }
            }
            List<String> sources = citations.checkRow(doc, at, row.tier(), row.sources(), problems);
            out.rows.put("regions." + row.region(), new RowMeta(doc.file, row.region(), row.tier(), sources, row.notes()));
        });
    }

    static Optional<List<Located<Entries.SubstrateRow>>> substrate(Document doc, Citations citations, Provenance out,
            Problems problems) {
        return rows(doc, SUBSTRATE_ROW, Entries.SubstrateRow::id, "id", problems, (row, at) -> {
            Checks.text(doc, Pointer.child(at, "system"), row.system(), problems);
            Checks.text(doc, Pointer.child(at, "site"), row.site(), problems);
            Checks.text(doc, Pointer.child(at, "country"), row.country(), problems);
            Checks.text(doc, Pointer.child(at, "accelerator"), row.accelerator(), problems);
            if (row.count() <= 0) {
                problems.at(doc, Pointer.child(at, "count"), "expected a whole number of accelerators > 0, got " + row.count());
            }
            Checks.above(doc, Pointer.child(at, "dense_bf16_tflops"), row.denseBf16Tflops(), 0, problems);
            List<String> sources = citations.checkRow(doc, at, row.tier(), row.sources(), problems);
            out.rows.put("substrate." + row.id(), new RowMeta(doc.file, row.id(), row.tier(), sources, row.status()));
        });
    }

    /** Both tables describe the same regions; the lead times are the grid queue's, copied. */
    static void crossCheck(Document grid, List<Located<Entries.GridQueueRow>> queue, Document regions,
            List<Located<Entries.RegionRow>> scored, Problems problems) {
        Map<String, Located<Entries.GridQueueRow>> byRegion = new LinkedHashMap<>();
        queue.forEach(q -> byRegion.put(q.row().region(), q));
        Map<String, Located<Entries.RegionRow>> scoredByRegion = new LinkedHashMap<>();
        scored.forEach(r -> scoredByRegion.put(r.row().region(), r));
        for (Located<Entries.RegionRow> r : scored) {
            Located<Entries.GridQueueRow> q = byRegion.get(r.row().region());
            if (q == null) {
                problems.at(regions, Pointer.child(r.pointer(), "region"), "unknown region \"" + r.row().region() + "\""
                        + Suggest.didYouMean(r.row().region(), byRegion.keySet()) + "; data/grid_queue.csv lists "
                        + String.join(", ", byRegion.keySet()) + " and both tables must list the same regions");
                continue;
            }
            agree(regions, r, "interconnect_years_medium", r.row().interconnectYearsMedium(), grid, q, "medium_years",
                    q.row().mediumYears(), problems);
            agree(regions, r, "interconnect_years_hyperscale", r.row().interconnectYearsHyperscale(), grid, q,
                    "hyperscale_years", q.row().hyperscaleYears(), problems);
        }
        for (Located<Entries.GridQueueRow> q : queue) {
            if (!scoredByRegion.containsKey(q.row().region())) {
                problems.at(grid, Pointer.child(q.pointer(), "region"), "region \"" + q.row().region()
                        + "\" is missing from data/regions.csv" + Suggest.didYouMean(q.row().region(), scoredByRegion.keySet())
                        + "; both tables must list the same regions");
            }
        }
    }

    private static void agree(Document regions, Located<Entries.RegionRow> r, String column, double value, Document grid,
            Located<Entries.GridQueueRow> q, String gridColumn, double gridValue, Problems problems) {
        if (Math.abs(value - gridValue) > SAME) {
            String gridAt = Pointer.child(q.pointer(), gridColumn);
            problems.at(regions, Pointer.child(r.pointer(), column), column + " " + Checks.plain(value) + " disagrees with "
                    + gridColumn + " " + Checks.plain(gridValue) + " in " + grid.file + " line " + grid.position(gridAt).line()
                    + "; the lead times must be the same in both tables");
        }
    }

    static GridQueue.Row gridRow(Entries.GridQueueRow row, List<String> sources) {
        return new GridQueue.Row(row.region(), row.displayName(), row.hyperscaleYears(), row.mediumYears(),
                row.confidenceHyperscale(), row.confidenceMedium(), sources, row.note());
    }

    static Scorecard.Region region(Entries.RegionRow row) {
        return new Scorecard.Region(row.region(), row.displayName(), row.accessibleMw(), row.powerPriceEurPerMwh(),
                row.carbonIntensityGPerKwh(), row.interconnectYearsMedium(), row.interconnectYearsHyperscale(),
                row.fibreGbps(), new Scorecard.Sovereignty(row.euMember(), row.eurohpcMember(), row.gdpr()));
    }

    static Substrate.System system(Entries.SubstrateRow row, List<String> sources) {
        return new Substrate.System(row.id(), row.system(), row.site(), row.country(), row.accelerator(), row.count(),
                row.denseBf16Tflops() * 1e12, row.eurohpc(), row.status(), String.join(";", sources));
    }

    private interface RowCheck<T> {
        void check(T row, String pointer);
    }

    /**
     * Binds every row, checks ids are unique, and runs {@code check} on each. Rows that fail a
     * check are kept so the cross-checks still see their ids; empty only if some row cannot be bound.
     */
    private static <T> Optional<List<Located<T>>> rows(Document doc, ObjectReader reader, Function<T, String> id,
            String idColumn, Problems problems, RowCheck<T> check) {
        boolean allBound = true;
        List<Located<T>> rows = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (int i = 0; i < doc.root.size(); i++) {
            String at = Pointer.index(Pointer.ROOT, i);
            Optional<T> bound = Binder.bind(reader, doc, at, problems);
            if (bound.isEmpty()) {
                allBound = false;
                continue;
            }
            String idAt = Pointer.child(at, idColumn);
            String rowId = id.apply(bound.get());
            boolean ok = Checks.id(doc, idAt, rowId, problems);
            Integer first = firstLine.putIfAbsent(rowId, doc.position(idAt).line());
            if (first != null) {
                problems.at(doc, idAt, "duplicate " + idColumn + " \"" + rowId + "\"; already listed on line " + first);
                ok = false;
            }
            if (ok) {
                check.check(bound.get(), at);
            }
            rows.add(new Located<>(bound.get(), at));
        }
        return allBound ? Optional.of(rows) : Optional.empty();
    }

    private static boolean confidence(Document doc, String at, String value, Problems problems) {
        if (CONFIDENCE.contains(value)) {
            return true;
        }
        problems.at(doc, at, "unknown confidence \"" + value + "\"; allowed: " + String.join(", ", CONFIDENCE));
        return false;
    }
}
