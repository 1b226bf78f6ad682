package org.euromesh.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.euromesh.data.Source;

/**
 * Numbers sources in the order they are first cited (the report first, then the other pages in
 * navigation order, then sources never cited) and remembers where each is cited, for the
 * bibliography's back-references. One numbering serves the site and the PDF.
 */
final class Citations {

    /** Where a source is cited: the page and the anchor of the citation. */
    record BackRef(String pageHref, String pageTitle, String anchor) {
    }

    private final Map<String, Source> registry = new LinkedHashMap<>();
    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final Map<String, List<BackRef>> backRefs = new LinkedHashMap<>();
    // Every back-reference in the order added, so a page whose body is reused can add its own again.
    private final List<Cited> log = new ArrayList<>();

    /** One back-reference as it was added: the source and where it is cited. */
    record Cited(String id, BackRef ref) {
    }

    Citations(List<Source> sources) {
        sources.forEach(s -> registry.put(s.id(), s));
    }

    boolean exists(String id) {
        return registry.containsKey(id);
    }

    /** Records a first citation (numbering pass). */
    void noteCited(String id) {
        numbers.computeIfAbsent(id, k -> numbers.size() + 1);
    }

    /** Numbers every uncited source after the cited ones. */
    void numberTheRest() {
        registry.keySet().forEach(this::noteCited);
    }

    int number(String id) {
        Integer n = numbers.get(id);
        if (n == null) {
            throw new IllegalStateException("source " + id + " was not numbered");
        }
        return n;
    }

    void addBackRef(String id, BackRef ref) {
        backRefs.computeIfAbsent(id, k -> new ArrayList<>()).add(ref);
        log.add(new Cited(id, ref));
    }

    /** How many back-references have been added so far; with {@link #since} what one page added. */
    int mark() {
        return log.size();
    }

    /** The back-references added after {@code mark}, in order. */
    List<Cited> since(int mark) {
        return List.copyOf(log.subList(mark, log.size()));
    }

    /** Adds again what a page added when its body was rendered, for a body reused from an earlier build. */
    void replay(List<Cited> cited) {
        cited.forEach(c -> addBackRef(c.id(), c.ref()));
    }

    /** The source ids in number order: what a numbered citation's output depends on. */
    List<String> numbering() {
        return List.copyOf(numbers.keySet());
    }

    List<BackRef> backRefs(String id) {
        return backRefs.getOrDefault(id, List.of());
    }

    /** Sources in number order. */
    List<Source> ordered() {
        List<Source> out = new ArrayList<>();
        numbers.keySet().forEach(id -> Optional.ofNullable(registry.get(id)).ifPresent(out::add));
        return out;
    }

    boolean cited(String id) {
        return backRefs.containsKey(id);
    }
}
