package org.tomatic.pbx.extensions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.tomatic.people.Person;
import org.tomatic.people.Role;
import org.tomatic.system.AuditLog;
import org.tomatic.system.SchedulerLockConfig;

/** The weekly load exists only in the web application with a cron, and runs under a ShedLock lock. */
class ExtensionLoadScheduleTests {

    static final TomaticDatabase tomatic = new TomaticDatabase();
    static final String CRON = "tomatic.pbx.extensions.load-cron=0 0 3 * * MON";

    ExtensionSync sync;

    @BeforeEach
    void fresh() {
        tomatic.empty();
        tomatic.jdbc.sql("DELETE FROM shedlock").update();
        sync = new ExtensionSync(new MemoryExtensions(ExtensionDirectoryContract.SETTINGS), tomatic.people, tomatic.audit);
    }

    WebApplicationContextRunner web() {
        return new WebApplicationContextRunner()
            .withUserConfiguration(ScheduledExtensionLoad.class, SchedulerLockConfig.class)
            .withBean(ExtensionSync.class, () -> sync)
            .withBean(DataSource.class, () -> new DelegatingDataSource(tomatic.dataSource)); // not closed with the context
    }

    @Test
    void onlyTheWebApplicationWithACronHasTheWeeklyLoad() {
        web().withPropertyValues(CRON).run(context -> assertThat(context).hasSingleBean(ScheduledExtensionLoad.class));
        web().withPropertyValues("tomatic.pbx.extensions.load-cron=").run(
            context -> assertThat(context).doesNotHaveBean(ScheduledExtensionLoad.class));
        web().run(context -> assertThat(context).doesNotHaveBean(ScheduledExtensionLoad.class));
        new ApplicationContextRunner()
            .withUserConfiguration(ScheduledExtensionLoad.class)
            .withBean(ExtensionSync.class, () -> sync)
            .withPropertyValues(CRON)
            .run(context -> assertThat(context).doesNotHaveBean(ScheduledExtensionLoad.class));
    }

    @Test
    void theWeeklyLoadRunsAsTheSchedulerAndHoldsItsLock() {
        person("anna", "214");

        web().withPropertyValues(CRON).run(context -> {
            ScheduledExtensionLoad job = context.getBean(ScheduledExtensionLoad.class);
            job.weekly();
            person("pau", "215");
            job.weekly();
        });

        assertThat(sync.list()).extracting(Extension::number).containsExactly("214");
        assertThat(tomatic.audit.forEntity("extension", "214", 5)).extracting(AuditLog.Event::actor)
            .containsExactly("scheduler");
        assertThat(tomatic.jdbc.sql("SELECT COUNT(*) FROM shedlock WHERE name = 'pbx-extensions-load'")
            .query(Integer.class).single()).as("the second run found the lock held (lockAtLeastFor)").isEqualTo(1);
    }

    private static void person(String id, String extension) {
        tomatic.people.insert(new Person(id, id, null, extension, null, "aabbcc", null, List.of(), 5, null, true,
            Role.AGENT, 0));
    }
}
