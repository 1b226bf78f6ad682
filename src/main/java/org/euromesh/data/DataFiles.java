package org.euromesh.data;

import java.util.List;
import org.euromesh.model.InputGroup;
import org.euromesh.model.Parameter;
import org.euromesh.model.SelfChecks;

/**
 * Where each input of the model lives in {@code data/}: the one map from an {@link InputGroup}
 * (which is all the model knows) to its file, and the wording that sends a reader there.
 */
public final class DataFiles {

    private DataFiles() {
    }

    /** The file name inside data/: "scenarios.yaml", "regions.csv". */
    public static String name(InputGroup group) {
        return switch (group) {
            case HARDWARE -> "hardware.yaml";
            case TRAINING -> "training.yaml";
            case SCENARIOS -> "scenarios.yaml";
            case REGIONS -> TableFiles.REGIONS;
            case GRID_QUEUE -> TableFiles.GRID_QUEUE;
            case SUBSTRATE -> TableFiles.SUBSTRATE;
        };
    }

    /** The file as a reader finds it: "data/scenarios.yaml". */
    public static String path(InputGroup group) {
        return InputFiles.DATA + "/" + name(group);
    }

    /** The parameters whose baseline value {@code group}'s file holds, in declaration order. */
    static List<Parameter> declaredIn(InputGroup group) {
        return java.util.Arrays.stream(Parameter.values()).filter(p -> p.group() == group).toList();
    }

    /** Where a parameter's value is written: "data/training.yaml", or each scenario for a lead time. */
    static String home(Parameter p) {
        return p.group() == InputGroup.SCENARIOS ? "each scenario of " + path(p.group()) : path(p.group());
    }

    /** A self-check's message with what to do about it: "...; check data/scenarios.yaml and data/training.yaml". */
    public static String explained(SelfChecks.Check check) {
        SelfChecks.Advice advice = check.advice();
        if (advice.inputs().isEmpty()) {
            return check.message();
        }
        return check.message() + "; " + advice.action() + " " + String.join(" and ", advice.inputs().stream().map(DataFiles::path).toList());
    }
}
