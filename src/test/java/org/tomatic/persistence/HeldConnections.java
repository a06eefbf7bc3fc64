package org.tomatic.persistence;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A data source that remembers the most connections one thread held at once: more than one means
 * code asked the pool for a connection while it held another (a row mapper running a query), which
 * deadlocks the pool once every connection is held by a thread waiting for a second one.
 */
public final class HeldConnections extends DelegatingDataSource {

    private final ThreadLocal<int[]> held = ThreadLocal.withInitial(() -> new int[1]);
    private final AtomicInteger most = new AtomicInteger();

    public HeldConnections(DataSource target) {
        super(target);
    }

    /** The most connections any one thread held at the same time since the last reset. */
    public int most() {
        return most.get();
    }

    public void reset() {
        most.set(0);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return track(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return track(super.getConnection(username, password));
    }

    private Connection track(Connection connection) {
        int[] count = held.get();
        count[0]++;
        most.accumulateAndGet(count[0], Math::max);
        boolean[] closed = {false};
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
                if (method.getName().equals("close") && !closed[0]) {
                    closed[0] = true;
                    count[0]--;
                }
                try {
                    return method.invoke(connection, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });
    }
}
