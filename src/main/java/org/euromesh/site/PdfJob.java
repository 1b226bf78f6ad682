package org.euromesh.site;

import java.util.Map;

import org.euromesh.data.Edition;
import org.euromesh.report.WhatIf;

/**
 * What the PDF stage needs from a build: the print HTML, the assets it loads (styles, fonts),
 * the edition and input hash for the metadata, and the what-if it may describe. A preview serves
 * the pages first and hands this to {@link PdfStage} after.
 */
public record PdfJob(String printHtml, Map<String, byte[]> assets, Edition edition, String hash, WhatIf whatIf) {
    public PdfJob {
        assets = Map.copyOf(assets);
    }
}
