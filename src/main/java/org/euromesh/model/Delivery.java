package org.euromesh.model;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/** When a pathway finishes a target: inside the horizon, or censored (after its last month). */
public sealed interface Delivery {

    /** Finished in month {@code month}; {@code fractionalMonth} = month + the share of that month used. */
    record Delivered(int month, double fractionalMonth) implements Delivery {
        public Delivered {
            if (month < 0 || !(fractionalMonth >= month) || !(fractionalMonth <= month + 1)) {
                throw new IllegalArgumentException("fractional month " + fractionalMonth + " is not inside month " + month);
            }
        }
    }

    /** Not finished inside a horizon of {@code horizonMonths}: reported as "after" the horizon, never clipped. */
    record Censored(int horizonMonths) implements Delivery {
    }

    default boolean delivered() {
        return this instanceof Delivered;
    }

    default OptionalInt monthIndex() {
        return this instanceof Delivered d ? OptionalInt.of(d.month()) : OptionalInt.empty();
    }

    /** Fractional delivery month; +infinity when censored, so comparisons and sorting stay honest. */
    default double fractionalOrInfinity() {
        return this instanceof Delivered d ? d.fractionalMonth() : Double.POSITIVE_INFINITY;
    }

    default OptionalDouble fractional() {
        return this instanceof Delivered d ? OptionalDouble.of(d.fractionalMonth()) : OptionalDouble.empty();
    }
}
