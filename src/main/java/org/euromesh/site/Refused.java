package org.euromesh.site;

import java.util.List;

import org.euromesh.problem.InputError;

/**
 * A stage refused the inputs: the problems a reader must fix (file, line, message). Thrown from
 * one stage to {@link Site}'s stage list, which turns it into a failed outcome; never escapes it.
 */
final class Refused extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<InputError> errors;

    Refused(List<InputError> errors) {
        super(errors.size() + " problem" + (errors.size() == 1 ? "" : "s"), null, false, false);
        this.errors = List.copyOf(errors);
    }

    List<InputError> errors() {
        return errors;
    }

    /** Throws when {@code errors} holds any. */
    static void unless(List<InputError> errors) throws Refused {
        if (!errors.isEmpty()) {
            throw new Refused(errors);
        }
    }
}
