package org.euromesh.data;

import java.util.ArrayList;
import java.util.List;
import org.euromesh.problem.InputError;

/** Collects every input problem of one load, so they can be reported together. */
final class Problems {

    static final String SET = "--set";

    private final List<InputError> errors = new ArrayList<>();

    /** A problem with the value at {@code pointer} of {@code doc}, placed at its line and column. */
    void at(Document doc, String pointer, String message) {
        Position pos = doc.position(pointer);
        errors.add(new InputError(doc.file, pos.line(), pos.column(), doc.display(pointer), message + doc.origin(pointer)));
    }

    void inFile(String file, int line, int column, String path, String message) {
        errors.add(new InputError(file, line, column, path, message));
    }

    void inOverride(String key, String message) {
        errors.add(new InputError(SET, 0, 0, key, message));
    }

    /** A problem found earlier (in reading the files, say). */
    void add(InputError error) {
        errors.add(error);
    }

    int count() {
        return errors.size();
    }

    boolean any() {
        return !errors.isEmpty();
    }

    List<InputError> sorted() {
        List<InputError> out = new ArrayList<>(errors);
        out.sort(InputError.ORDER);
        return List.copyOf(out);
    }
}
