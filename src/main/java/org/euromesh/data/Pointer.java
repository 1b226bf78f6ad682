package org.euromesh.data;

import java.util.ArrayList;
import java.util.List;

/** JSON pointers ("/targets/2/tokens") name values inside a tree; these build and split them. */
final class Pointer {

    static final String ROOT = "";

    private Pointer() {
    }

    static String child(String pointer, String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    static String index(String pointer, int index) {
        return pointer + "/" + index;
    }

    static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? ROOT : pointer.substring(0, slash);
    }

    static List<String> segments(String pointer) {
        List<String> out = new ArrayList<>();
        if (pointer.isEmpty()) {
            return out;
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            out.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return out;
    }
}
