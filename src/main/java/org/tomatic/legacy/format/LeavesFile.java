package org.tomatic.legacy.format;

import java.util.ArrayList;
import java.util.List;

/** {@code leaves.conf}: one person id per line = on long leave. */
final class LeavesFile {

    static final String PATH = "leaves.conf";

    private LeavesFile() {
    }

    static List<String> parse(TextFile text, Problems problems) {
        var ids = new ArrayList<String>();
        List<String> lines = text.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf('#');
            String id = (hash < 0 ? line : line.substring(0, hash)).strip(); // a trailing comment is allowed
            if (id.isEmpty()) {
                continue;
            }
            if (!PersonIds.isValid(id)) {
                problems.error(text.path(), i + 1, "bad person id '" + id + "' (one id per line)");
            }
            else {
                ids.add(id);
            }
        }
        return ids;
    }
}
