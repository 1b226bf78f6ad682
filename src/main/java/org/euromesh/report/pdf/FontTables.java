package org.euromesh.report.pdf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Hides a TrueType font's GSUB table from PDFBox. PDFBox 3 runs glyph substitution on every text
 * run and compiles regular expressions each time, which was about 40% of the PDF stage; the
 * report's Latin text needs no substitution (it only loses the optional fi/fl ligatures, which
 * also keeps extracted text plain). The table stays in the file under an unknown tag, so no
 * offset moves.
 */
final class FontTables {

    private static final byte[] GSUB = "GSUB".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HIDDEN = "xSUB".getBytes(StandardCharsets.US_ASCII);

    private FontTables() {
    }

    static byte[] withoutGsub(byte[] ttf) {
        byte[] copy = ttf.clone();
        ByteBuffer b = ByteBuffer.wrap(copy);
        int numTables = Short.toUnsignedInt(b.getShort(4));
        for (int i = 0; i < numTables; i++) {
            int record = 12 + 16 * i;
            if (record + 4 > copy.length) {
                break;
            }
            if (copy[record] == GSUB[0] && copy[record + 1] == GSUB[1] && copy[record + 2] == GSUB[2] && copy[record + 3] == GSUB[3]) {
                System.arraycopy(HIDDEN, 0, copy, record, 4);
            }
        }
        return copy;
    }
}
