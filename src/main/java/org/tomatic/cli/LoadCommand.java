package org.tomatic.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import org.tomatic.load.LoadResult;
import org.tomatic.load.PersonLoad;
import org.tomatic.planner.PlanningInput;
import org.tomatic.planner.WeekProblems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "load", description = "Compute a week's load: per person ideal, ponderated, rounded, capacity, upper bound, final, overload.")
class LoadCommand implements Callable<Integer> {

    enum Format { table, json, csv }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--week", required = true, paramLabel = "MONDAY")
    LocalDate week;

    @Option(names = "--lines", paramLabel = "N", description = "lines (default: the turn grid's)")
    Integer lines;

    @Option(names = "--forgive", description = "ignore past credit")
    boolean forgive;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = SpringContext.start()) {
            PlanningInput input = context.getBean(WeekProblems.class).prepare(week, lines, forgive);
            LoadResult load = input.load();
            PrintWriter out = spec.commandLine().getOut();
            switch (format) {
                case json -> out.println(json(load));
                case csv -> {
                    out.println("person,ideal,ponderated,rounded,capacity,upperBound,final,overload");
                    load.persons().forEach(p -> out.printf(Locale.ROOT, "%s,%d,%.2f,%d,%d,%d,%d,%.1f%n", p.id(), p.ideal(),
                        p.ponderated(), p.rounded(), p.capacity(), p.upperBound(), p.finalLoad(), p.overload()));
                }
                default -> table(out, load);
            }
            input.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
            return 0;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 2;
        }
    }

    private String json(LoadResult load) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("week", week.toString());
        doc.put("lines", load.lines());
        doc.put("nobodyLoad", load.nobodyLoad());
        Map<String, Object> persons = new LinkedHashMap<>();
        for (PersonLoad p : load.persons()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("ideal", p.ideal());
            row.put("ponderated", p.ponderated());
            row.put("rounded", p.rounded());
            row.put("capacity", p.capacity());
            row.put("upperBound", p.upperBound());
            row.put("final", p.finalLoad());
            row.put("overload", p.overload());
            persons.put(p.id(), row);
        }
        doc.put("persons", persons);
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(doc);
    }

    private void table(PrintWriter out, LoadResult load) {
        out.printf("Week of %s%n", week);
        out.printf("%-12s %6s %11s %8s %9s %12s %6s %9s%n", "person", "ideal", "ponderated", "rounded", "capacity",
            "upper bound", "final", "overload");
        int ideal = 0;
        double ponderated = 0;
        int rounded = 0;
        int finals = 0;
        for (PersonLoad p : load.persons()) {
            out.printf(Locale.ROOT, "%-12s %6d %11.2f %8d %9d %12d %6d %9.1f%n", p.id(), p.ideal(), p.ponderated(),
                p.rounded(), p.capacity(), p.upperBound(), p.finalLoad(), p.overload());
            ideal += p.ideal();
            ponderated += p.ponderated();
            rounded += p.rounded();
            finals += p.finalLoad();
        }
        out.printf(Locale.ROOT, "%-12s %6d %11.2f %8d %9s %12s %6d%n", "total", ideal, ponderated, rounded, "", "", finals);
        out.printf("cells %d, nobody load %d, lines %d (%d dropped)%n", load.cells(), load.nobodyLoad(), load.lines(),
            load.droppedLines());
    }
}
