package org.euromesh.site.publish;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.euromesh.data.Edition;
import org.euromesh.data.Inputs;
import org.euromesh.data.PastEdition;
import org.euromesh.format.Format;
import org.euromesh.model.Delivery;
import org.euromesh.model.ModelResults;
import org.euromesh.model.ScenarioResult;

/**
 * The editions of the report, newest first, each with its headline (headline scenario and target)
 * and what changed from the edition before it. The current edition's headline comes from the model
 * of this build; past ones from {@code data/editions.yaml}; every difference is computed.
 */
public final class Changelog {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    /**
     * One edition as the changelog shows it; {@code changes} compare it with the edition {@code previous}
     * (both empty for the oldest edition listed).
     */
    public record Entry(String version, String date, String title, String summary, boolean current, String target,
            String mesh, String campus, String lead, String previous, List<String> changes, String tier, List<String> sources) {
        public Entry {
            changes = List.copyOf(changes);
            sources = List.copyOf(sources);
        }
    }

    /** A headline: the target and the delivery months, empty when censored (after {@code after}, the horizon's last month). */
    record Headline(String target, Optional<YearMonth> mesh, Optional<YearMonth> campus, YearMonth after) {
    }

    private Changelog() {
    }

    /** Every edition, newest (this build) first. */
    public static List<Entry> of(Inputs inputs, ModelResults results) {
        List<Headline> headlines = new ArrayList<>();
        for (PastEdition p : inputs.editions()) {
            // published editions always give both months, so no horizon is needed to word a censored date
            headlines.add(new Headline(p.target(), Optional.of(p.mesh()), Optional.of(p.campus()), p.campus()));
        }
        headlines.add(current(results));
        List<Entry> entries = new ArrayList<>();
        for (int i = headlines.size() - 1; i >= 0; i--) {
            Headline h = headlines.get(i);
            Optional<Headline> before = i > 0 ? Optional.of(headlines.get(i - 1)) : Optional.empty();
            String previous = i > 0 ? inputs.editions().get(i - 1).version() : "";
            List<String> changes = before.map(b -> changes(b, h)).orElse(List.of());
            if (i == headlines.size() - 1) {
                Edition e = inputs.edition();
                entries.add(new Entry(e.version(), e.date().format(DAY), e.title(), "", true, h.target(), month(h.mesh(), h.after()),
                        month(h.campus(), h.after()), lead(h), previous, changes, "derived", List.of()));
            } else {
                PastEdition p = inputs.editions().get(i);
                entries.add(new Entry(p.version(), p.dayKnown() ? p.date().format(DAY) : p.date().format(MONTH), p.title(),
                        p.summary(), false, h.target(), month(h.mesh(), h.after()), month(h.campus(), h.after()), lead(h),
                        previous, changes, p.tier(), p.sources()));
            }
        }
        return List.copyOf(entries);
    }

    static Headline current(ModelResults r) {
        ScenarioResult.TargetDelivery d = r.headline();
        YearMonth start = r.inputs().startMonth();
        YearMonth last = Format.monthOf(start, r.inputs().horizonMonths() - 1);
        return new Headline(d.target().id(), month(d.mesh(), start), month(d.campus(), start), last);
    }

    private static Optional<YearMonth> month(Delivery d, YearMonth start) {
        return d instanceof Delivery.Delivered del ? Optional.of(Format.monthOf(start, del.month())) : Optional.empty();
    }

    private static String month(Optional<YearMonth> m, YearMonth after) {
        return m.map(x -> x.format(MONTH)).orElse("after " + after.format(MONTH));
    }

    /** Who is first and by how much, true whichever way the result falls. */
    static String lead(Headline h) {
        if (h.mesh().isEmpty() && h.campus().isEmpty()) {
            return "neither delivers by " + h.after().format(MONTH);
        }
        if (h.campus().isEmpty()) {
            return "mesh first, by more than " + Format.months(months(h.mesh().get(), h.after()));
        }
        if (h.mesh().isEmpty()) {
            return "campus first, by more than " + Format.months(months(h.campus().get(), h.after()));
        }
        long gap = months(h.mesh().get(), h.campus().get());
        if (gap == 0) {
            return "neither first: both in the same month";
        }
        return (gap > 0 ? "mesh" : "campus") + " first by " + Format.months(Math.abs(gap));
    }

    /** The differences from {@code before} to {@code now}, one sentence each. */
    static List<String> changes(Headline before, Headline now) {
        List<String> out = new ArrayList<>();
        if (!before.target().equals(now.target())) {
            out.add("Target: " + now.target() + " (was " + before.target() + "), so the dates below compare different runs.");
        }
        out.add(delivery("Mesh", before.mesh(), before.after(), now.mesh(), now.after()));
        out.add(delivery("Campus", before.campus(), before.after(), now.campus(), now.after()));
        String was = lead(before);
        String is = lead(now);
        out.add(was.equals(is) ? "Lead: " + is + ", unchanged." : "Lead: " + is + "; was: " + was + ".");
        return out;
    }

    private static String delivery(String pathway, Optional<YearMonth> was, YearMonth wasAfter, Optional<YearMonth> is, YearMonth isAfter) {
        String now = month(is, isAfter);
        String then = month(was, wasAfter);
        if (was.isPresent() && is.isPresent()) {
            long shift = months(was.get(), is.get());
            if (shift == 0) {
                return pathway + ": " + now + ", unchanged.";
            }
            return pathway + ": " + now + ", " + Format.months(Math.abs(shift)) + (shift > 0 ? " later" : " earlier") + " (was " + then + ").";
        }
        return pathway + ": " + now + (now.equals(then) ? ", unchanged." : " (was " + then + ").");
    }

    private static long months(YearMonth from, YearMonth to) {
        return from.until(to, java.time.temporal.ChronoUnit.MONTHS);
    }
}
