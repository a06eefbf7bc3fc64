package org.tomatic.callinfo.embedded;

import java.util.ArrayList;
import java.util.List;

/**
 * A CSV reader as spreadsheets write them: a header row, comma, semicolon or tab as delimiter
 * (whichever the header line holds most of), fields in double quotes may hold delimiters, line
 * breaks and doubled quotes. Blank rows are skipped. Each row keeps the line it starts on.
 */
final class Csv {

    record Row(int line, List<String> cells) {

        String cell(int index) {
            return index < 0 || index >= cells.size() ? "" : cells.get(index).strip();
        }

        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    static final class BadCsv extends Exception {
        final int line;

        BadCsv(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    private Csv() {
    }

    static List<Row> parse(String text) throws BadCsv {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char delimiter = delimiter(text);
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        int i = 0;
        int n = text.length();
        boolean atCellStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (atCellStart && c == '"') {
                int quoteLine = line;
                i++;
                while (true) {
                    if (i >= n) {
                        throw new BadCsv(quoteLine, "a quoted field is never closed");
                    }
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            cell.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (q == '\n') {
                        line++;
                    }
                    cell.append(q);
                    i++;
                }
                while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t') && text.charAt(i) != delimiter) {
                    i++;
                }
                if (i < n && text.charAt(i) != delimiter && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    throw new BadCsv(line, "text after a closing quote (a quote inside a quoted field is written \"\")");
                }
                atCellStart = false;
                continue;
            }
            if (c == delimiter) {
                cells.add(cell.toString());
                cell.setLength(0);
                atCellStart = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                addRow(rows, rowLine, cells);
                cells = new ArrayList<>();
                line++;
                rowLine = line;
                atCellStart = true;
            } else {
                cell.append(c);
                atCellStart = atCellStart && (c == ' ');
                if (atCellStart) {
                    cell.setLength(0);
                }
            }
            i++;
        }
        if (!cells.isEmpty() || cell.length() > 0) {
            cells.add(cell.toString());
            addRow(rows, rowLine, cells);
        }
        return rows;
    }

    private static void addRow(List<Row> rows, int line, List<String> cells) {
        Row row = new Row(line, List.copyOf(cells));
        if (!row.blank()) {
            rows.add(row);
        }
    }

    /** The delimiter the first line uses most, outside quotes; a comma when it has none. */
    static char delimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }
}
