package org.euromesh.report;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Entities;

/** The HTML of one result table: its cells, each escaped, and the table with numbers aligned on the decimal point. */
final class TableHtml {

    private TableHtml() {
    }

    /** A cell's HTML (already escaped) and whether it is a number (right-aligned). */
    record Cell(String html, boolean numeric) {
        static Cell text(String s) {
            return new Cell(Entities.escape(s), false);
        }

        static Cell num(String s) {
            return new Cell(Entities.escape(s), true);
        }
    }

    /**
     * A table; {@code notes} holds, per row, a note written on a full-width line below it (blank
     * for none), so long remarks do not make a column of mostly empty cells. The first cell of a
     * row heads it; numbers in a column align on their decimal point.
     */
    record Table(List<String> header, List<List<Cell>> rows, String csv, List<String> notes) {
        Table(List<String> header, List<List<Cell>> rows, String csv) {
            this(header, rows, csv, rows.stream().map(r -> "").toList());
        }

        Table {
            if (notes.size() != rows.size()) {
                throw new IllegalArgumentException("a table needs one note (or a blank) per row");
            }
        }

        String html() {
            StringBuilder sb = new StringBuilder("<table><thead><tr>");
            for (int i = 0; i < header.size(); i++) {
                boolean numeric = !rows.isEmpty() && rows.get(0).get(i).numeric();
                sb.append(numeric ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">").append(Entities.escape(header.get(i))).append("</th>");
            }
            sb.append("</tr></thead><tbody>");
            List<List<String>> aligned = new ArrayList<>();
            for (int col = 0; col < header.size(); col++) {
                aligned.add(DecimalAlignment.pad(column(col)));
            }
            for (int r = 0; r < rows.size(); r++) {
                List<Cell> row = rows.get(r);
                boolean noted = !notes.get(r).isBlank();
                sb.append(noted ? "<tr class=\"noted\">" : "<tr>");
                for (int col = 0; col < row.size(); col++) {
                    Cell c = row.get(col);
                    String html = aligned.get(col).get(r);
                    if (col == 0) {
                        sb.append(c.numeric() ? "<th scope=\"row\" class=\"num\">" : "<th scope=\"row\">").append(html).append("</th>");
                    } else {
                        sb.append(c.numeric() ? "<td class=\"num\">" : "<td>").append(html).append("</td>");
                    }
                }
                sb.append("</tr>");
                if (noted) {
                    sb.append("<tr class=\"row-note\"><td colspan=\"").append(row.size()).append("\">")
                            .append("<div class=\"note\">").append(Entities.escape(notes.get(r))).append("</div></td></tr>");
                }
            }
            return sb.append("</tbody></table>").toString();
        }

        /** The HTML of one column; only numeric cells take part in the alignment. */
        private List<DecimalAlignment.Entry> column(int col) {
            return rows.stream().map(r -> new DecimalAlignment.Entry(r.get(col).html(), r.get(col).numeric())).toList();
        }
    }
}
