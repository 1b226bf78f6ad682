package org.euromesh.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * TeaVM 0.16's JavaScript output prints {@code a * (b / c)} as {@code a*b/c}, which JavaScript
 * evaluates as {@code (a * b) / c}: in floating point a different double, so the page's fallback
 * model drifted from the build's in the last bit. {@code a * (b * c)} is at the same risk; a
 * division by a parenthesised group keeps its parentheses. The code the page compiles must
 * therefore not multiply by a parenthesised product or quotient; write {@code b / c * a} instead
 * (multiplication commutes exactly). This test reads the sources and names every such expression.
 */
class TeaVmArithmeticTest {

    private static final List<Path> COMPILED = List.of(Path.of("src/main/java/org/euromesh/model"),
            Path.of("src/main/java/org/euromesh/explore"), Path.of("src/main/java/org/euromesh/format"));

    @Test
    void noMultiplicationByAParenthesisedProductOrQuotient() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path folder : COMPILED) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    found.addAll(risky(f, code(Files.readString(f))));
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theCheckFindsTheCaseThatBroke() {
        assertEquals(1, risky(Path.of("x"), "double a = k * (log(r) / log(2));").size());
        assertEquals(1, risky(Path.of("x"), "double a = k * (b * c);").size());
        assertEquals(0, risky(Path.of("x"), "double a = k * (b + c / d) / (e * f) + log(r) / log(2) * k;").size());
        assertEquals(0, risky(Path.of("x"), code("double a = f(k * (b)); // k * (b / c)")).size());
    }

    /** The source without comments and string literals, so only code is checked. */
    static String code(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ").replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
    }

    /** Each "x * (...)" whose group has a top-level * or / and no top-level + or -. */
    static List<String> risky(Path file, String code) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < code.length(); i++) {
            char op = code.charAt(i);
            // a "*" right after "/" or before "/" belongs to a comment marker, removed already by code()
            if (op != '*') {
                continue;
            }
            int open = i + 1;
            while (open < code.length() && code.charAt(open) == ' ') {
                open++;
            }
            if (open >= code.length() || code.charAt(open) != '(') {
                continue;
            }
            int depth = 0;
            boolean multiplicative = false;
            boolean additive = false;
            int close = open;
            for (; close < code.length(); close++) {
                char c = code.charAt(close);
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                    if (depth == 0) {
                        break;
                    }
                } else if (depth == 1 && (c == '*' || c == '/')) {
                    multiplicative = true;
                } else if (depth == 1 && (c == '+' || c == '-' || c == '?' || c == ',' || c == '<' || c == '>' || c == '=')) {
                    additive = true;
                }
            }
            if (multiplicative && !additive) {
                int line = (int) code.substring(0, i).chars().filter(ch -> ch == '\n').count() + 1;
                out.add(file + ":" + line + ": " + code.substring(Math.max(0, i - 20), Math.min(code.length(), close + 1)).strip());
            }
        }
        return out;
    }
}
