package org.euromesh.chart;

import java.awt.Font;

/**
 * The two layouts of every chart, plus the PDF cover's own for the headline chart, drawn from the
 * same data, palette and words. Sizes are in SVG units. WIDE is shown from 40rem up and in the PDF (720 units across the 168 mm text block:
 * 14 units are 9.3 pt); NARROW is shown on phones, where 380 units fill a 328 px column on a 360 px
 * screen, so 13 units are still 11.2 CSS px.
 */
enum Layout {
    WIDE("", 720, 370, 10, 17, 16, 22, 16, 14, 34),
    NARROW("-narrow", 380, 340, 8, 14, 13, 17, 14, 13, 28),
    /** The PDF cover's headline chart, shown at 68% of the text block (print.css): 14 units are 9.1 pt there. */
    COVER("-cover", 500, 165, 8, 17, 16, 19, 16, 15, 30);

    /** The smallest text of any layout; superscripts never go below it. */
    static final float SMALLEST = 13;

    final String suffix;
    final int width;
    final int plotHeight;
    final double margin;
    final float tick;
    final float note;
    final float title;
    final float subtitle;
    final float source;
    final int captionBand;

    Layout(String suffix, int width, int plotHeight, double margin, float tick, float note, float title, float subtitle,
            float source, int captionBand) {
        this.suffix = suffix;
        this.width = width;
        this.plotHeight = plotHeight;
        this.margin = margin;
        this.tick = tick;
        this.note = note;
        this.title = title;
        this.subtitle = subtitle;
        this.source = source;
        this.captionBand = captionBand;
    }

    Font tickFont() {
        return ChartFonts.regular(tick);
    }

    /** Axis titles, the unit caption and the legend share the tick size. */
    Font labelFont() {
        return ChartFonts.regular(tick);
    }

    Font noteFont() {
        return ChartFonts.regular(note);
    }

    Font strongFont() {
        return ChartFonts.bold(note);
    }
}
