package org.euromesh.site.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Request paths are decoded once, and no form of "..", separator or NUL survives the decoding. */
class RequestPathTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "/..", "/../pom.xml", "/%2e%2e/pom.xml", "/%2E%2e/pom.xml", "/.%2e/pom.xml", "/..%2fpom.xml", "/..%2Fpom.xml",
        "/assets/../../pom.xml", "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd", "/..%5cpom.xml", "/..%5Cpom.xml", "/..\\pom.xml",
        "/assets\\..\\..\\pom.xml", "/a%00.html", "/a%0a.html", "/./index.html", "/.../pom.xml", "/.. /pom.xml",
        "/C:/Windows/win.ini", "/%", "/%4", "/%zz", "/%c0%ae%c0%ae/pom.xml", "/%ff", "pom.xml", ""})
    void climbingEncodedOrMalformedPathsAreRejected(String raw) {
        assertInstanceOf(RequestPath.Rejected.class, RequestPath.parse(raw), raw);
    }

    @ParameterizedTest
    @CsvSource({
        "/, '', true",
        "/index.html, index.html, false",
        "/assets/site.css, assets/site.css, false",
        "//assets//site.css, assets/site.css, false",
        "/charts/, charts, true",
        "/data, data, false",
        "/caf%C3%A9.html, café.html, false",
        "/%252e%252e/pom.xml, %2e%2e/pom.xml, false",
        "/a+b.html, a+b.html, false",
        "/.well-known/x, .well-known/x, false"})
    void ordinaryPathsAreDecodedOnce(String raw, String relative, boolean folder) {
        assertEquals(new RequestPath.Inside(relative, folder), RequestPath.parse(raw));
    }
}
