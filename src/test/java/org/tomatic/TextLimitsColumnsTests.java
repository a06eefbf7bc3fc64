package org.tomatic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.tomatic.auth.ApiTokens;
import org.tomatic.availability.BusyEntry;
import org.tomatic.availability.DayOff;
import org.tomatic.availability.Leave;
import org.tomatic.calls.CallCategory;
import org.tomatic.calls.PhoneCall;
import org.tomatic.notifications.MessageTemplates;
import org.tomatic.notifications.Notification;
import org.tomatic.people.PersonRules;
import org.tomatic.planner.PlanningRun;
import org.tomatic.system.TurnGrid;
import org.tomatic.timetable.Change;
import org.tomatic.timetable.SwapRequests;
import org.tomatic.timetable.Timetable;

/** Every documented maximum (docs/limits.md) fits the column the migrations give it. */
class TextLimitsColumnsTests {

    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    @Test
    void everyMaximumFitsItsColumn() throws IOException {
        Map<String, Integer> columns = columnSizes();
        Map<String, Integer> maxima = new HashMap<>(Map.ofEntries(
            Map.entry("busy_entry.reason", BusyEntry.MAX_REASON),
            Map.entry("busy_entry.turns", TurnGrid.MAX_TURNS),
            Map.entry("person_leave.note", Leave.MAX_NOTE),
            Map.entry("holiday.name", DayOff.MAX_NAME),
            Map.entry("no_service_day.name", DayOff.MAX_NAME),
            Map.entry("person.id", PersonRules.MAX_ID),
            Map.entry("person.name", PersonRules.MAX_NAME),
            Map.entry("person.email", PersonRules.MAX_EMAIL),
            Map.entry("person.erp_user", PersonRules.MAX_ERP_USER),
            Map.entry("timetable_cell.person_id", PersonRules.MAX_ID),
            Map.entry("turn_credit.person_id", PersonRules.MAX_ID),
            Map.entry("phone_call.phone", PhoneCall.MAX_PHONE),
            Map.entry("phone_call.extension", PhoneCall.MAX_EXTENSION),
            Map.entry("phone_call.call_ref", PhoneCall.MAX_CALL_REF),
            Map.entry("phone_call.customer_id", PhoneCall.MAX_CUSTOMER_ID),
            Map.entry("phone_call.customer_name", PhoneCall.MAX_CUSTOMER_NAME),
            Map.entry("phone_call.contract_number", PhoneCall.MAX_CONTRACT),
            Map.entry("phone_call.comments", PhoneCall.MAX_COMMENTS),
            Map.entry("call_category.code", CallCategory.MAX_CODE),
            Map.entry("call_category.name", CallCategory.MAX_NAME),
            Map.entry("call_category.keywords", CallCategory.MAX_KEYWORDS),
            Map.entry("planning_run.description", PlanningRun.MAX_DESCRIPTION),
            Map.entry("timetable_change.reason", Change.MAX_REASON),
            Map.entry("swap_request.reason", SwapRequests.MAX_REASON),
            Map.entry("swap_request.outcome", SwapRequests.MAX_OUTCOME),
            Map.entry("timetable.boundaries", Timetable.MAX_BOUNDARIES),
            Map.entry("timetable.line_labels", Timetable.MAX_LINE_LABELS),
            Map.entry("timetable_log.message", Timetable.MAX_LOG_MESSAGE),
            Map.entry("timetable_penalty.reason", Timetable.MAX_PENALTY_REASON),
            Map.entry("api_token.name", ApiTokens.MAX_NAME),
            Map.entry("notification_template.body", MessageTemplates.MAX_LENGTH),
            Map.entry("notification.subject", Notification.MAX_SUBJECT),
            Map.entry("turn_grid.weekdays", "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY".length()),
            Map.entry("timetable.weekdays", "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY".length())));

        maxima.forEach((column, max) -> assertThat(columns).as(column).containsKey(column));
        maxima.forEach((column, max) -> assertThat(max).as(column).isLessThanOrEqualTo(columns.get(column)));
    }

    /**
     * table.column → n of VARCHAR(n), from every CREATE TABLE of the migrations and the ALTER TABLE … SET DATA TYPE
     * VARCHAR(n) after it, in version order.
     */
    static Map<String, Integer> columnSizes() throws IOException {
        Pattern table = Pattern.compile("CREATE TABLE (\\w+)\\s*\\((.*?)\\n\\);", Pattern.DOTALL);
        Pattern column = Pattern.compile("^\\s*(\\w+)\\s+VARCHAR\\((\\d+)\\)", Pattern.MULTILINE);
        Pattern alter = Pattern.compile(
            "ALTER TABLE (\\w+) ALTER COLUMN (\\w+) (?:SET DATA )?TYPE VARCHAR\\((\\d+)\\)");
        Map<String, Integer> sizes = new HashMap<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql"))
                    .sorted(java.util.Comparator.comparingInt(TextLimitsColumnsTests::version)).toList()) {
                String sql = Files.readString(file);
                Matcher t = table.matcher(sql);
                while (t.find()) {
                    Matcher c = column.matcher(t.group(2));
                    while (c.find()) {
                        sizes.put(key(t.group(1), c.group(1)), Integer.valueOf(c.group(2)));
                    }
                }
                Matcher a = alter.matcher(sql);
                while (a.find()) {
                    sizes.put(key(a.group(1), a.group(2)), Integer.valueOf(a.group(3)));
                }
            }
        }
        assertThat(sizes).as("columns found in the migrations").hasSizeGreaterThan(100);
        return sizes;
    }

    private static String key(String table, String column) {
        return table.toLowerCase(Locale.ROOT) + "." + column.toLowerCase(Locale.ROOT);
    }

    private static int version(Path migration) {
        String name = migration.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }
}
