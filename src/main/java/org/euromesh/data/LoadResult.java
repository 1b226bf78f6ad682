package org.euromesh.data;

import java.util.List;
import org.euromesh.problem.InputError;

/** The outcome of loading {@code data/}: validated inputs, or every problem found. */
public sealed interface LoadResult {

    record Ok(Inputs inputs) implements LoadResult {
    }

    record Failed(List<InputError> errors) implements LoadResult {
        public Failed {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("a failed load names at least one error");
            }
        }
    }
}
