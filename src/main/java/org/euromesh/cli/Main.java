package org.euromesh.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.euromesh.problem.InputError;
import org.euromesh.site.EnvironmentFault;
import org.euromesh.site.OutputFolder;
import org.euromesh.site.Site;
import org.euromesh.site.serve.PreviewServer;

/**
 * {@code euromesh [build|check|serve] [--set key=value]... [--out DIR] [--root DIR] [--port N] [--quiet]}.
 * Parses the arguments and hands over to {@link Site}. Exit codes: 0 success; 1 bad input (each
 * problem a line with file and line); 2 a bad command line or a fault of the machine (an output
 * folder the build may not replace, a full or read-only disk, a missing folder: one line naming the
 * path and the fix); 3 a bug in EuroMesh itself, with its stack trace.
 */
public final class Main {

    static final String USAGE = """
            usage: euromesh [build|check|serve] [options]
              build              load data/, run the model, write the site and the PDF to --out (default)
              check              validate inputs, run the self-checks, render and check links; writes nothing
              serve              preview on http://127.0.0.1:8080/: rebuild --out on every save and reload the page
            options:
              --set KEY=VALUE    override one input, e.g. --set scenarios.baseline.tau_mega_years=8 (repeatable)
              --assumptions NAME build with the assumption set data/assumptions/NAME.yaml (e.g. euromesh-2026, the original)
              --out DIR          output folder (default: site; with --set: site-whatif-<hash of the overrides>)
              --root DIR         project folder holding data/, content/ and templates/ (default: .)
              --base-url URL     the site's public address, for canonical links, sharing tags and the sitemap
              --port N           serve's port on 127.0.0.1 (default 8080; 0 picks a free one)
              --quiet            no progress lines
              --help             this text""";

    /** A parsed command line. */
    record Command(String verb, List<String> overrides, Path out, Path root, boolean quiet, String baseUrl, int port,
            Optional<String> assumptions) {
    }

    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command line; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Command cmd;
        try {
            cmd = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("euromesh: " + e.getMessage());
            err.println("run 'euromesh --help' for the commands and options");
            return 2;
        }
        if (cmd.verb().equals("help")) {
            out.println(USAGE);
            return 0;
        }
        Site.Options options = new Site.Options(cmd.root(), cmd.out(), cmd.overrides(), cmd.quiet(), cmd.baseUrl(), cmd.assumptions());
        if (cmd.verb().equals("serve")) {
            return PreviewServer.serve(options, cmd.port(), out, err);
        }
        Site.Outcome outcome;
        long start = System.nanoTime();
        try {
            Site site = new Site();
            outcome = cmd.verb().equals("check") ? site.check(options, out) : site.build(options, out);
        } catch (Exception e) {
            Optional<EnvironmentFault> fault = EnvironmentFault.of(e);
            if (fault.isPresent()) {
                err.println("euromesh: " + fault.get().line());
                return 2;
            }
            err.println("euromesh: internal error: " + e);
            e.printStackTrace(err);
            return 3;
        }
        if (!outcome.ok()) {
            for (InputError e : outcome.errors()) {
                err.println(e.format());
            }
            err.println("euromesh: " + cmd.verb() + " failed with " + outcome.errors().size() + " problem"
                    + (outcome.errors().size() == 1 ? "" : "s") + (cmd.verb().equals("build") ? "; " + cmd.out() + "/ was left as it was" : ""));
            return 1;
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (!cmd.quiet()) {
            out.println(cmd.verb().equals("check")
                    ? "check passed: inputs, self-checks and " + org.euromesh.site.SiteCheck.summarize(outcome.files()).describe() + " (" + ms + " ms)"
                    : "built " + outcome.files().size() + " files into " + cmd.out() + "/ (" + ms + " ms)");
        }
        return 0;
    }

    static Command parse(String[] args) {
        String verb = null;
        List<String> overrides = new ArrayList<>();
        String out = null;
        Path root = Path.of(".");
        boolean quiet = false;
        String baseUrl = "";
        int port = 8080;
        Optional<String> assumptions = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "build", "check", "serve" -> {
                    if (verb != null) {
                        throw new IllegalArgumentException("one command at a time, got '" + verb + "' and '" + a + "'");
                    }
                    verb = a;
                }
                case "--help", "-h", "help" -> verb = "help";
                case "--quiet", "-q" -> quiet = true;
                case "--set" -> overrides.add(value(args, ++i, "--set", "KEY=VALUE"));
                case "--out" -> out = value(args, ++i, "--out", "DIR");
                case "--assumptions" -> assumptions = Optional.of(value(args, ++i, "--assumptions", "NAME"));
                case "--root" -> root = Path.of(value(args, ++i, "--root", "DIR"));
                case "--base-url" -> baseUrl = baseUrl(value(args, ++i, "--base-url", "URL"));
                case "--port" -> port = port(value(args, ++i, "--port", "N"));
                default -> {
                    if (a.startsWith("--set=")) {
                        overrides.add(a.substring("--set=".length()));
                    } else if (a.startsWith("--assumptions=")) {
                        assumptions = Optional.of(a.substring("--assumptions=".length()));
                    } else if (a.startsWith("--out=")) {
                        out = a.substring("--out=".length());
                    } else if (a.startsWith("--base-url=")) {
                        baseUrl = baseUrl(a.substring("--base-url=".length()));
                    } else if (a.startsWith("--port=")) {
                        port = port(a.substring("--port=".length()));
                    } else if (a.startsWith("--root=")) {
                        root = Path.of(a.substring("--root=".length()));
                    } else {
                        throw new IllegalArgumentException("unknown argument '" + a + "'; commands: build, check, serve; options: --set, --assumptions, --out, --root, --base-url, --port, --quiet");
                    }
                }
            }
        }
        for (String o : overrides) {
            if (!o.contains("=") || o.startsWith("=")) {
                throw new IllegalArgumentException("--set needs KEY=VALUE, e.g. --set scenarios.baseline.tau_mega_years=8; got '" + o + "'");
            }
        }
        // A what-if never lands in the edition's folder unless --out says so.
        Path output = out == null ? OutputFolder.defaultFor(overrides) : Path.of(out);
        return new Command(verb == null ? "build" : verb, List.copyOf(overrides), output, root, quiet, baseUrl, port, assumptions);
    }

    private static String baseUrl(String url) {
        if (!url.matches("https?://[^\\s/]+(/\\S*)?")) {
            throw new IllegalArgumentException("--base-url needs an absolute http(s) URL such as https://example.org/reports/euromesh/; got '" + url + "'");
        }
        return url.endsWith("/") ? url : url + "/";
    }

    private static int port(String n) {
        try {
            int port = Integer.parseInt(n);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // Reported below with the allowed range.
        }
        throw new IllegalArgumentException("--port needs a number from 0 to 65535 (0 picks a free port); got '" + n + "'");
    }

    private static String value(String[] args, int i, String option, String what) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs " + what);
        }
        return args[i];
    }
}
