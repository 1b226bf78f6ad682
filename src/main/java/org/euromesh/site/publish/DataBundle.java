package org.euromesh.site.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.euromesh.data.DataFiles;
import org.euromesh.data.Edition;
import org.euromesh.data.InputFiles;
import org.euromesh.format.Format;
import org.euromesh.model.InputGroup;
import org.euromesh.model.Parameter;
import org.euromesh.report.ResultCsv;
import org.euromesh.report.WhatIf;

/**
 * {@code euromesh-data.zip}: every result CSV, the input files of data/ (the sources registry
 * among them) and a README.txt explaining each column with its unit. Byte-identical for the same
 * inputs: sorted entries, entry times fixed at the edition's date, a fixed compression level.
 */
public final class DataBundle {

    public static final String FILE = "euromesh-data.zip";
    static final String FOLDER = "euromesh-data/";
    static final String RESULTS = FOLDER + "results/";
    static final String INPUTS = FOLDER + "inputs/";
    static final String README = FOLDER + "README.txt";

    private DataBundle() {
    }

    /** The zip of {@code resultCsvs} (file name to content) and the files of {@code dataDir}. */
    public static byte[] zip(Map<String, String> resultCsvs, Path dataDir, Edition edition, String hash, WhatIf whatIf) {
        Map<String, byte[]> entries = new TreeMap<>();
        resultCsvs.forEach((name, csv) -> entries.put(RESULTS + name, csv.getBytes(StandardCharsets.UTF_8)));
        Map<String, byte[]> inputs = inputFiles(dataDir);
        inputs.forEach((name, bytes) -> entries.put(INPUTS + name, bytes));
        entries.put(README, readme(resultCsvs, List.copyOf(inputs.keySet()), edition, hash, whatIf)
                .getBytes(StandardCharsets.UTF_8));
        LocalDateTime time = edition.date().atStartOfDay();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (var e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTimeLocal(time);
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the data bundle in memory", e);
        }
        return bytes.toByteArray();
    }

    /** The input files of data/ (as InputFiles decides), by name relative to it, sorted. */
    static Map<String, byte[]> inputFiles(Path dataDir) {
        Map<String, byte[]> files = new TreeMap<>();
        try {
            for (var f : InputFiles.list(dataDir, InputFiles.DATA).files().entrySet()) {
                byte[] bytes = Files.readAllBytes(f.getValue());
                // An input table is a download too: a note a spreadsheet would run as a formula is guarded.
                files.put(f.getKey().substring(InputFiles.DATA.length() + 1), f.getKey().endsWith(".csv")
                        ? ResultCsv.guarded(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8) : bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dataDir + " for the data bundle", e);
        }
        return files;
    }

    static String readme(Map<String, String> resultCsvs, List<String> inputs, Edition edition, String hash, WhatIf whatIf) {
        StringBuilder sb = new StringBuilder();
        sb.append("EuroMesh data, ").append(whatIf.active() ? "a what-if on edition " : "edition ").append(edition.version())
                .append(" (").append(edition.date()).append(")\n");
        sb.append("=".repeat(sb.length() - 1)).append("\n\n");
        if (whatIf.active()) {
            sb.append(WhatIf.HEADING.toUpperCase(java.util.Locale.ROOT)).append(". These results answer a what-if, not the published edition:\n");
            whatIf.changes().forEach(c -> sb.append("  ").append(c.words()).append("\n"));
            sb.append("\n");
        }
        sb.append("The results and inputs behind \"").append(edition.title()).append("\".\n");
        sb.append("Input hash ").append(hash).append(". Licence of the data: ").append(edition.licenseData()).append(".\n\n");
        if (whatIf.active()) {
            sb.append("This build changed inputs on the command line (--set ")
                    .append(String.join(", --set ", whatIf.changes().stream().map(c -> c.key() + "=" + c.value()).toList()))
                    .append("). The results follow these changes; the files in inputs/ are as written, without them.\n\n");
        }
        sb.append("""
                Folders
                -------
                results/  every result of the model run, one CSV per table or chart
                inputs/   the sourced inputs the model read (YAML and CSV), as in the project's data/ folder;
                          inputs/sources.yaml is the sources registry every source id refers to,
                          inputs/README.md describes each input file and key

                CSV conventions: UTF-8, a header row, "," between cells, "\\n" line ends. Numbers are
                written in full precision with "." as the decimal point and whole numbers without one.
                Dates are calendar months as YYYY-MM. A delivery that does not happen inside the model's
                horizon is written as "after" the horizon's last month, never as a month inside it.
                Column names carry their unit: _flop, _months, _years, _eur, _t, _mwh, _gbps, _mw.
                A text cell that would start with =, +, -, @, a tab or a carriage return starts with '
                instead, so that a spreadsheet shows it rather than running it as a formula (in inputs/
                too, the only change made to those files).

                """);
        sb.append("Results (results/)\n------------------\n\n");
        // reference/ holds the original assumptions' results, in the same files and columns.
        resultCsvs.keySet().forEach(name -> file(sb, name, ColumnGuide.RESULTS.get(name.substring(name.lastIndexOf('/') + 1))));
        sb.append("Input tables (inputs/)\n----------------------\n\n");
        sb.append("The YAML inputs (").append(String.join(", ", inputs.stream().filter(n -> n.endsWith(".yaml")).toList()))
                .append(") are described key by key in inputs/README.md.\n\n");
        inputs.stream().filter(n -> n.endsWith(".csv")).forEach(name -> file(sb, name, ColumnGuide.INPUTS.get(name)));
        parameters(sb);
        return sb.toString();
    }

    /** Every parameter, from its declaration: key, meaning, unit and valid range, by the file that holds it. */
    static void parameters(StringBuilder sb) {
        sb.append("Parameters (inputs/*.yaml)\n--------------------------\n\n");
        sb.append("Each scalar the model reads is a key of its file, as key: {value, tier, source, note}; the lead times are\n"
                + "given in every scenario of scenarios.yaml (the baseline holds the base values). After each meaning: the\n"
                + "unit and the range a value must lie in, also for --set.\n\n");
        for (InputGroup group : InputGroup.values()) {
            List<Parameter> declared = Arrays.stream(Parameter.values()).filter(p -> p.group() == group).toList();
            if (declared.isEmpty()) {
                continue;
            }
            sb.append(DataFiles.name(group)).append('\n');
            for (Parameter p : declared) {
                sb.append("  ").append(p.key()).append(": ").append(p.meaning()).append(" (").append(p.unit().symbol())
                        .append(p.integer() ? ", whole" : "").append(", ").append(Format.plain(p.min())).append(" to ")
                        .append(Format.plain(p.max())).append(")\n");
            }
            sb.append('\n');
        }
    }

    private static void file(StringBuilder sb, String name, ColumnGuide.FileGuide guide) {
        sb.append(name).append('\n');
        if (guide == null) {
            sb.append("  (no column guide for this file)\n\n");
            return;
        }
        sb.append("  One row per ").append(guide.row()).append(".\n");
        for (ColumnGuide.Column c : guide.columns()) {
            sb.append("  ").append(c.name()).append(": ").append(c.meaning()).append('\n');
        }
        sb.append('\n');
    }
}
