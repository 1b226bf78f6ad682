package org.euromesh.explore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.euromesh.model.ModelInputs;

/**
 * The Explore page's generated assets: the edition's inputs, and the model TeaVM compiled during
 * the Maven build (carried in the jar under {@code org/euromesh/explore/web/}), each wrapped as a
 * plain script so the page also works opened from disk, where a browser fetches neither a .wasm
 * file nor a worker script (there the .wasm comes base64-encoded in a script). JVM only.
 */
public final class ExploreAssets {

    /** Where the site serves them. */
    public static final String FOLDER = "assets/explore/";
    private static final String COMPILED = "/org/euromesh/explore/web/";
    private static final String NAMESPACE = "(self.EuroMeshExplore = self.EuroMeshExplore || {})";

    private ExploreAssets() {
    }

    public static Map<String, byte[]> files(ModelInputs in) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(FOLDER + "inputs.js", utf8(NAMESPACE + ".inputs = " + Json.quote(ExploreInputs.of(in).toJson()) + ";\n"));
        // The runtime and the JavaScript model are functions, so the page can also hand their source to its worker.
        files.put(FOLDER + "model-runtime.js", utf8(NAMESPACE + ".wasmRuntime = function () {\n" + text("model.wasm-runtime.js")
                + "\nreturn globalThis.TeaVM;\n};\n"));
        files.put(FOLDER + "model.wasm", compiled("model.wasm"));
        // Opened from disk a page may not fetch a file, so the same bytes also come as a script.
        files.put(FOLDER + "model-wasm-inline.js", utf8(NAMESPACE + ".wasm = \""
                + Base64.getEncoder().encodeToString(compiled("model.wasm")) + "\";\n"));
        files.put(FOLDER + "model-js.js", utf8(NAMESPACE + ".javaScriptModel = function () {\nvar exported = {};\n(function (self) {\n"
                + text("model.js") + "\n})(exported);\nreturn exported;\n};\n"));
        return files;
    }

    private static String text(String name) throws IOException {
        return new String(compiled(name), StandardCharsets.UTF_8);
    }

    private static byte[] compiled(String name) throws IOException {
        try (InputStream s = ExploreAssets.class.getResourceAsStream(COMPILED + name)) {
            if (s == null) {
                throw new IllegalStateException("the Explore page's compiled model " + COMPILED + name
                        + " is missing from the classpath: build with mvn package, which runs TeaVM");
            }
            return s.readAllBytes();
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
