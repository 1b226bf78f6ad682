package org.euromesh.data;

import java.util.LinkedHashMap;
import java.util.Map;

/** The cited scalars and row provenance gathered while reading, in file order. */
final class Provenance {

    final Map<String, Cited> cited = new LinkedHashMap<>();
    final Map<String, RowMeta> rows = new LinkedHashMap<>();
}
