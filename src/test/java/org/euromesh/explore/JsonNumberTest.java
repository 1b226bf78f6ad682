package org.euromesh.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The explorer's numbers read back as the same double, whatever the double. */
class JsonNumberTest {

    @Test
    void everyFiniteDoubleReadsBackAsItself() {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            double v = i % 2 == 0 ? Double.longBitsToDouble(r.nextLong()) : r.nextDouble(-1e30, 1e30);
            if (Double.isFinite(v)) {
                String text = Json.number(v);
                assertEquals(Double.doubleToRawLongBits(v), Double.doubleToRawLongBits(Double.parseDouble(text)), text);
            }
        }
    }

    @Test
    void wholeNumbersAndZerosStayShortAndSigned() {
        assertEquals("3.0", Json.number(3));
        assertEquals("-120.0", Json.number(-120));
        assertEquals("0.0", Json.number(0.0));
        assertEquals("-0.0", Json.number(-0.0));
        assertEquals("0.5", Json.number(0.5));
        assertEquals("0.10000000000000001", Json.number(0.1)); // 17 digits, exact rounding of the double
        assertEquals("2.9748331548118033E+24", Json.number(2.9748331548118033E24));
        assertEquals("[1.5,null,null]", Json.array().add(1.5).add(Double.NaN).add(Double.POSITIVE_INFINITY).toString());
    }
}
