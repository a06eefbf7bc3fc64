package org.tomatic.system;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * With several instances on one database, a scheduled job must run on one of them only: every
 * {@code @Scheduled} method takes a ShedLock database lock (the adherence check too: its "once per
 * spell" memory is shared through the database when instances share it).
 */
class ScheduledJobsTests {

    @Test
    void everyScheduledJobTakesADatabaseLock() {
        methods().that().areAnnotatedWith(Scheduled.class)
            .should().beAnnotatedWith(SchedulerLock.class)
            .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.tomatic"));
    }
}
