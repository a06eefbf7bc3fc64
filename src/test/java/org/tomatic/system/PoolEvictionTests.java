package org.tomatic.system;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tomatic.IntegrationTest;

/** {@link PoolEvictionContract} on the shared integration context's in-memory H2. */
class PoolEvictionTests extends IntegrationTest implements PoolEvictionContract {

    @Autowired ApplicationContext context;

    @Override
    public ApplicationContext context() {
        return context;
    }
}
