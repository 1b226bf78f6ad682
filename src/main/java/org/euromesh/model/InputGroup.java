package org.euromesh.model;

/**
 * The inputs of the model by name: the three groups parameters are declared in, and the three
 * tables. The model knows them only by these names; {@code org.euromesh.data.DataFiles} maps each
 * to the file that holds it.
 */
public enum InputGroup {
    HARDWARE("hardware"),
    TRAINING("training"),
    SCENARIOS("scenarios"),
    REGIONS("regions"),
    GRID_QUEUE("grid_queue"),
    SUBSTRATE("substrate");

    private final String key;

    InputGroup(String key) {
        this.key = key;
    }

    /** The snake_case name; for a parameter group, also the first segment of its {@code --set} key. */
    public String key() {
        return key;
    }
}
