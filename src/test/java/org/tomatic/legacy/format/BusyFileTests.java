package org.tomatic.legacy.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tomatic.legacy.format.LegacyTestFiles.date;
import static org.tomatic.legacy.format.LegacyTestFiles.problems;
import static org.tomatic.legacy.format.LegacyTestFiles.readOne;
import static org.tomatic.legacy.format.LegacyTestFiles.write;

import java.nio.file.Path;
import java.time.DayOfWeek;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BusyFileTests {

    @TempDir
    Path dir;

    @Test
    void readsWeeklyLines() {
        var result = readOne(dir, "indisponibilitats.conf", """
                # comments and blank lines are skipped

                +anna 1000 # porta els nens a l'escola
                anna dv 0011 # curs d'anglès
                +jordib dj 0100 # reunió d'equip # cada setmana
                pau\tdl # tot el dia
                """);

        LegacyTestFiles.assertNoProblems(result);
        assertThat(result.data().weeklyBusy()).containsExactly(
                new LegacyBusy("anna", true, null, null, "1000", "porta els nens a l'escola",
                        new Source("indisponibilitats.conf", 3)),
                new LegacyBusy("anna", false, DayOfWeek.FRIDAY, null, "0011", "curs d'anglès",
                        new Source("indisponibilitats.conf", 4)),
                new LegacyBusy("jordib", true, DayOfWeek.THURSDAY, null, "0100", "reunió d'equip # cada setmana",
                        new Source("indisponibilitats.conf", 5)),
                new LegacyBusy("pau", false, DayOfWeek.MONDAY, null, "1111", "tot el dia",
                        new Source("indisponibilitats.conf", 6)));
    }

    @Test
    void turnsFollowTheConfiguredHours() {
        write(dir, "config.yaml", "hours: ['09:00', '11:00', '13:00', '15:00']\n");

        var result = readOne(dir, "indisponibilitats.conf", "anna dl 010 # metge\nanna dm # metge\nanna dx 0100 # metge\n");

        assertThat(result.data().weeklyBusy()).extracting(LegacyBusy::turns).containsExactly("010", "111");
        assertThat(problems(result)).containsExactly(
                "indisponibilitats.conf:3: malformed turns '0100': 4 turns, expected 3");
    }

    @Test
    void reportsEveryBadLineAndKeepsTheGoodOnes() {
        var result = readOne(dir, "indisponibilitats.conf", """
                +anna dl 1000 # ok
                anna dz 1000 # unknown day
                anna ds 1000 # weekend
                anna dl 1020 # bad turns
                anna dl 10001 # long turns
                anna dl 1000 sempre # extra
                anna dl 1000
                anna dl 1000 #
                Anna dl 1000 # bad id
                anna 2026-02-30 1000 # bad date
                anna dl dm # two days
                anna 10a0 # mixed
                """);

        assertThat(problems(result)).containsExactly(
                "indisponibilitats.conf:2: unknown weekday 'dz' (expected dl, dm, dx, dj or dv)",
                "indisponibilitats.conf:3: weekend day 'ds': busy entries are for working days (dl to dv)",
                "indisponibilitats.conf:4: malformed turns '1020': only 0 and 1 are allowed",
                "indisponibilitats.conf:5: malformed turns '10001': 5 turns, expected 4",
                "indisponibilitats.conf:6: unexpected 'sempre' after the turns",
                "indisponibilitats.conf:7: missing reason: the line must end with `# reason`",
                "indisponibilitats.conf:8: empty reason after `#`",
                "indisponibilitats.conf:9: bad person id 'Anna' (lowercase letters, digits, '_', '.', '-')",
                "indisponibilitats.conf:10: bad date '2026-02-30' (expected an existing YYYY-MM-DD date)",
                "indisponibilitats.conf:11: unexpected 'dm'",
                "indisponibilitats.conf:12: unexpected '10a0'");
        assertThat(result.data().weeklyBusy()).singleElement()
                .satisfies(busy -> assertThat(busy.reason()).isEqualTo("ok"));
    }

    @Test
    void oneShotLinesNeedADate() {
        var result = readOne(dir, "oneshot.conf", """
                +pau 2026-03-12 0011 # formació
                pau dj 0011 # setmanal?
                pau 0011 # sense data
                """);

        assertThat(result.data().oneShotBusy()).containsExactly(new LegacyBusy("pau", true, null, date("2026-03-12"),
                "0011", "formació", new Source("oneshot.conf", 1)));
        assertThat(problems(result)).containsExactly(
                "oneshot.conf:2: one-shot entries need a date (YYYY-MM-DD), not a weekday",
                "oneshot.conf:3: one-shot entry without a date (YYYY-MM-DD)");
    }

    @Test
    void vacationsAreSkippedWithoutAWeek() {
        var result = readOne(dir, "indisponibilitats-vacances.conf", "+anna dm # vacances\n");

        assertThat(result.data().vacations()).isEmpty();
        assertThat(result.data().filesRead()).containsExactly("indisponibilitats-vacances.conf");
        assertThat(problems(result)).containsExactly(
                "indisponibilitats-vacances.conf:0: warning: skipped: needs --week (the file does not say its week)");
    }

    @Test
    void vacationsResolveToDatesOfTheGivenWeek() {
        write(dir, "indisponibilitats-vacances.conf",
            "+anna dm # vacances\npau # tota la setmana\n+anna 2026-03-12 # metge\n+anna 2026-03-20 # fora\n");

        var result = LegacyReader.read(dir, date("2026-03-09"));

        var source = new Source("indisponibilitats-vacances.conf", 1);
        assertThat(result.data().vacations()).hasSize(8).first()
                .isEqualTo(new LegacyBusy("anna", true, null, date("2026-03-10"), "1111", "vacances", source));
        assertThat(result.data().vacations()).filteredOn(v -> v.person().equals("pau"))
                .extracting(LegacyBusy::date).containsExactly(date("2026-03-09"), date("2026-03-10"),
                        date("2026-03-11"), date("2026-03-12"), date("2026-03-13"));
        // A dated line is that day off, as the old tool read it; one outside the week is said.
        assertThat(result.data().vacations()).filteredOn(v -> v.reason().equals("metge")).singleElement()
                .isEqualTo(new LegacyBusy("anna", true, null, date("2026-03-12"), "1111", "metge",
                        new Source("indisponibilitats-vacances.conf", 3)));
        assertThat(result.data().vacations()).filteredOn(v -> v.reason().equals("fora"))
                .extracting(LegacyBusy::date).containsExactly(date("2026-03-20"));
        assertThat(problems(result)).containsExactly("indisponibilitats-vacances.conf:4: warning: 2026-03-20 is not "
                + "in the week of 2026-03-09; imported as a day off on that date");
    }

    @Test
    void formatsLinesTheOldToolReads() {
        assertThat(BusyFile.format(new LegacyBusy("anna", true, null, null, "1000", "nens", null)))
                .isEqualTo("+anna 1000 # nens");
        assertThat(BusyFile.format(new LegacyBusy("anna", false, DayOfWeek.FRIDAY, null, "0011", "curs", null)))
                .isEqualTo("anna dv 0011 # curs");
        assertThat(BusyFile.format(new LegacyBusy("pau", true, null, date("2026-03-12"), "0011", "a\nb", null)))
                .isEqualTo("+pau 2026-03-12 0011 # a b");
        assertThat(BusyFile.formatVacation(new LegacyBusy("anna", true, null, date("2026-03-10"), "1111", "vacances", null)))
                .isEqualTo("+anna dm # vacances");
    }
}
