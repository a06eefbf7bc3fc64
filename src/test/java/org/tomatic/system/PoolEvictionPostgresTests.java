package org.tomatic.system;


import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tomatic.PostgresSchema;

/**
 * {@link PoolEvictionContract} on the machine's PostgreSQL, in a schema of its own ({@link PostgresSchema}).
 */
@Tag("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
    "tomatic.demo-data=false",
    "tomatic.data-dir=target/test-data",
    "tomatic.pbx.switching.enabled=false",
    "tomatic.pbx.simulated.calls-per-hour=0"
})
class PoolEvictionPostgresTests implements PoolEvictionContract {

    static final PostgresSchema SCHEMA = PostgresSchema.named("tomatic_pool");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        SCHEMA.register(registry);
    }

    @Autowired ApplicationContext context;

    @Override
    public ApplicationContext context() {
        return context;
    }

    @AfterAll
    static void dropSchema(@Autowired JdbcClient jdbc) {
        SCHEMA.drop(jdbc);
    }
}
