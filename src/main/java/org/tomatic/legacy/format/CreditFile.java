package org.tomatic.legacy.format;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.Node;

/** {@code graelles/shiftcredit-YYYY-MM-DD.yaml} or a bare {@code shiftcredit.yaml}: person -> turn credit. */
final class CreditFile {

    static final Pattern NAME = Pattern.compile("shiftcredit-(.+)\\.yaml");
    static final String BARE = "shiftcredit.yaml";

    private CreditFile() {
    }

    static String path(LocalDate week) {
        return TimetableFile.DIR + "/" + (week == null ? BARE : "shiftcredit-" + week + ".yaml");
    }

    /** @param week null for a bare file read without a week */
    static Optional<LegacyCredit> parse(TextFile text, LocalDate week, Problems problems) {
        var yaml = new YamlNodes(text.path(), problems);
        int errorsBefore = yaml.errorCount();
        Node root = yaml.compose(text).orElse(null);
        if (root == null || YamlNodes.isNull(root)) {
            return yaml.errorCount() != errorsBefore ? Optional.empty()
                    : Optional.of(new LegacyCredit(week, Map.of(), new Source(text.path(), 0)));
        }
        String name = text.path().substring(text.path().lastIndexOf('/') + 1);
        Map<String, Double> credit = yaml.personMap(root, name, "number", YamlNodes::number);
        if (yaml.errorCount() != errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new LegacyCredit(week, credit, new Source(text.path(), 0)));
    }
}
