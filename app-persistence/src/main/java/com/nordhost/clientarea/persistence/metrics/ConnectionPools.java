package com.nordhost.clientarea.persistence.metrics;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The database connection pools of this server as Payara keeps them: for each pool, the connections in use, the
 * free ones, its maximum and the threads waiting for one.
 * <p>
 * Payara Micro publishes these figures only through AMX monitoring MBeans, which are off by default and cost a
 * monitoring level on every pool operation; its pool manager holds them anyway. So this reads the pool manager's
 * table reflectively, because the classes belong to the server, not to the WAR (decision 0043). On another server, or a Payara whose internals changed, {@link #read()} answers empty and
 * the scrape simply has no pool figures; nothing else depends on them.
 */
final class ConnectionPools {

    private static final Logger LOG = Logger.getLogger(ConnectionPools.class.getName());

    /** One pool: the name Payara gives it ({@code java:app/jdbc/clientarea}) and the application it serves. */
    record Pool(String application, String name, int used, int free, int max, int waiting) {

        private static final String DEFINED_IN_WEB_XML = "__SYSTEM/pools/__datasource_definition/";

        /**
         * Payara names the pool of a {@code <data-source>} in web.xml
         * {@code __SYSTEM/pools/__datasource_definition/<application>/<JNDI name>} and leaves its application empty.
         */
        static Pool named(String poolName, String application, int used, int free, int max, int waiting) {
            String name = poolName;
            String app = application;
            if (poolName.startsWith(DEFINED_IN_WEB_XML)) {
                String rest = poolName.substring(DEFINED_IN_WEB_XML.length());
                int slash = rest.indexOf('/');
                if (slash > 0) {
                    app = app == null ? rest.substring(0, slash) : app;
                    name = rest.substring(slash + 1);
                }
            }
            return new Pool(app == null ? "" : app, name, used, free, max, waiting);
        }
    }

    private final ClassLoader serverClasses;
    private volatile boolean warned;

    /** @param serverClasses a class loader that sees the server's own classes, e.g. the servlet API's */
    ConnectionPools(ClassLoader serverClasses) {
        this.serverClasses = serverClasses;
    }

    List<Pool> read() {
        try {
            Optional<Map<?, ?>> table = poolTable();
            if (table.isEmpty()) {
                return List.of();
            }
            List<Pool> pools = new ArrayList<>();
            for (Map.Entry<?, ?> entry : table.get().entrySet()) {
                Object info = entry.getKey();
                Object pool = entry.getValue();
                Object status = call(pool, "getPoolStatus");
                Object waitQueue = call(pool, "getPoolWaitQueue");
                pools.add(Pool.named((String) call(info, "getName"), (String) call(info, "getApplicationName"),
                        (Integer) call(status, "getNumConnUsed"), (Integer) call(status, "getNumConnFree"),
                        (Integer) call(pool, "getMaxPoolSize"),
                        waitQueue == null ? 0 : (Integer) call(waitQueue, "getQueueLength")));
            }
            return pools;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            if (!warned) {
                warned = true;
                Throwable cause = e instanceof InvocationTargetException && e.getCause() != null ? e.getCause() : e;
                LOG.log(Level.INFO, "No database pool figures in /metrics: the pool manager of this server is not"
                        + " the one of Payara 6 it was written for", cause);
            }
            return List.of();
        }
    }

    /**
     * The pool manager's own table of pools. Its public accessor ({@code getMonitoredPoolTable}) is a stub in Payara
     * 6 that throws, so the field is read directly; Payara's classes are on the class path, not in a named module,
     * so Java lets it be.
     */
    private Optional<Map<?, ?>> poolTable() throws ReflectiveOperationException {
        Class<?> runtime = Class.forName("com.sun.enterprise.connectors.ConnectorRuntime", false, serverClasses);
        Object connectors = runtime.getMethod("getRuntime").invoke(null);
        Object manager = connectors == null ? null : call(connectors, "getPoolManager");
        if (manager == null) {
            return Optional.empty();
        }
        for (Class<?> c = manager.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field table = c.getDeclaredField("poolTable");
                table.setAccessible(true);
                return Optional.ofNullable((Map<?, ?>) table.get(manager));
            } catch (NoSuchFieldException notHere) {
                // a subclass: look in the one it extends
            }
        }
        throw new NoSuchFieldException(manager.getClass().getName() + ".poolTable");
    }

    /** Calls a public no-argument method through the public type that declares it (the implementations are not public). */
    private static Object call(Object target, String method) throws ReflectiveOperationException {
        Method m = publicMethod(target.getClass(), method);
        return m.invoke(target);
    }

    private static Method publicMethod(Class<?> type, String name) throws NoSuchMethodException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (java.lang.reflect.Modifier.isPublic(c.getModifiers())) {
                try {
                    return c.getMethod(name);
                } catch (NoSuchMethodException ignored) {
                    // look further up and in the interfaces
                }
            }
            for (Class<?> i : c.getInterfaces()) {
                try {
                    return i.getMethod(name);
                } catch (NoSuchMethodException ignored) {
                    // next interface
                }
            }
        }
        throw new NoSuchMethodException(type.getName() + "." + name);
    }
}
