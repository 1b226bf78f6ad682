package org.euromesh.data;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** "Did you mean" hints: the allowed names closest to a misspelt one. */
final class Suggest {

    /** Names people reach for that edit distance cannot find. */
    private static final Map<String, String> ALIASES = Map.of(
            "h", "inner_steps",
            "h_ref", "h_ref_steps",
            "gpu_flops", "gpu_peak_flop_per_s",
            "mfu", "mfu_local");

    private Suggest() {
    }

    /** Up to {@code limit} allowed names, nearest first. */
    static List<String> nearest(String wrong, Collection<String> allowed, int limit) {
        String alias = ALIASES.get(wrong.toLowerCase(Locale.ROOT));
        return allowed.stream()
                .sorted(Comparator.<String>comparingInt(c -> c.equals(alias) ? -1 : distance(wrong, c))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(limit)
                .toList();
    }

    /** " (did you mean x?)" when some allowed name is close enough to be a likely typo or a shortening, else "". */
    static String didYouMean(String wrong, Collection<String> allowed) {
        String alias = ALIASES.get(wrong.toLowerCase(Locale.ROOT));
        if (alias != null && allowed.contains(alias)) {
            return " (did you mean " + alias + "?)";
        }
        List<String> best = nearest(wrong, allowed, 1);
        if (best.isEmpty()) {
            return "";
        }
        if (distance(wrong, best.get(0)) <= Math.max(2, wrong.length() / 3)) {
            return " (did you mean " + best.get(0) + "?)";
        }
        return allowed.stream().filter(a -> wrong.length() >= 3 && a.startsWith(wrong)).sorted().findFirst()
                .map(a -> " (did you mean " + a + "?)").orElse("");
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = Character.toLowerCase(a.charAt(i - 1)) == Character.toLowerCase(b.charAt(j - 1)) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
