package org.tomatic.legacy.format;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything read from a legacy data directory. An absent file gives an empty list or null.
 *
 * @param settings null when there is no {@code config.yaml}
 * @param vacations whole days away in the week given to the reader, with their date set
 * @param longLeaves ids from {@code leaves.conf}
 * @param forcedTurns null when there is no fixed turns' file ({@code config.yaml forcedTimeTable}, by default
 *     {@code data/forced-turns.yaml})
 * @param filesRead relative paths of the files found
 * @param forcedTurnsFile the fixed turns' file read, relative to the directory
 * @param forcedTurnLines the line of each fixed cell in that file (empty when not read from a file)
 */
public record LegacyData(List<LegacyPerson> people, LegacySettings settings, List<LegacyBusy> weeklyBusy,
        List<LegacyBusy> oneShotBusy, List<LegacyBusy> vacations, List<String> longLeaves,
        List<LegacyDay> holidays, List<LegacyDay> noService, LegacyGrid forcedTurns,
        List<LegacyTimetable> timetables, List<LegacyCredit> credits, Set<String> filesRead,
        String forcedTurnsFile, Map<GridCell, Integer> forcedTurnLines) {

    /** Data not read from a directory: the fixed turns, if any, belong in the default file. */
    public LegacyData(List<LegacyPerson> people, LegacySettings settings, List<LegacyBusy> weeklyBusy,
            List<LegacyBusy> oneShotBusy, List<LegacyBusy> vacations, List<String> longLeaves,
            List<LegacyDay> holidays, List<LegacyDay> noService, LegacyGrid forcedTurns,
            List<LegacyTimetable> timetables, List<LegacyCredit> credits, Set<String> filesRead) {
        this(people, settings, weeklyBusy, oneShotBusy, vacations, longLeaves, holidays, noService, forcedTurns,
                timetables, credits, filesRead, ForcedTurnsFile.PATH, Map.of());
    }

    public LegacyData {
        forcedTurnsFile = forcedTurnsFile == null ? ForcedTurnsFile.PATH : forcedTurnsFile;
        forcedTurnLines = Map.copyOf(forcedTurnLines);
        people = List.copyOf(people);
        weeklyBusy = List.copyOf(weeklyBusy);
        oneShotBusy = List.copyOf(oneShotBusy);
        vacations = List.copyOf(vacations);
        longLeaves = List.copyOf(longLeaves);
        holidays = List.copyOf(holidays);
        noService = List.copyOf(noService);
        timetables = List.copyOf(timetables);
        credits = List.copyOf(credits);
        filesRead = Collections.unmodifiableSet(new TreeSet<>(filesRead));
    }
}
