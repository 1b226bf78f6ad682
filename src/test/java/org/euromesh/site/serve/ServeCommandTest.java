package org.euromesh.site.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.euromesh.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code serve} command line: a bad --port is a usage error, a taken port a one-line failure. */
class ServeCommandTest {

    @TempDir
    Path tmp;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "65536", "eighty", ""})
    void aPortOutsideTheRangeIsAUsageError(String port) {
        assertEquals(2, run("serve", "--port=" + port));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--port needs a number from 0 to 65535"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aPortInUseFailsWithAHintInsteadOfServing() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
            int code = run("serve", "--port", Integer.toString(taken.getLocalPort()), "--root", tmp.toString(), "--out", tmp.resolve("site").toString());
            assertEquals(1, code);
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("--port 0"), err.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void theHelpTextNamesServeAndItsPort() {
        assertEquals(0, run("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("serve ") && help.contains("--port N"), help);
    }
}
