package org.euromesh.data;

/** A 1-based line and column in a data file; column 0 when unknown. */
record Position(int line, int column) {
}
