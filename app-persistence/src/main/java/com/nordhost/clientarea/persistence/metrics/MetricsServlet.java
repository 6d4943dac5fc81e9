package com.nordhost.clientarea.persistence.metrics;

import com.nordhost.clientarea.domain.audit.AuditEventType;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.annotation.Resource;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.sql.DataSource;

/**
 * {@code GET /metrics}: this server's figures in Prometheus' text format, on the back-office's internal listener
 * only (its web.xml registers it; the client area's never does), with Micrometer's Prometheus registry:
 * <ul>
 *     <li>{@code clientarea_security_events_total{event}}: every kind of audit event of both apps on this server
 *     (logins by outcome, second-factor locks and unlocks, clone alarms, recovery steps ...), from the security
 *     event log;</li>
 *     <li>{@code clientarea_sessions{app}} and {@code clientarea_http_requests_seconds{app}}: each app's
 *     in-memory sessions and request times (JMX, published by each WAR);</li>
 *     <li>{@code clientarea_mail_*} and {@code clientarea_recovery_requests{state}}: the outbox and the recovery
 *     queue, read from the database (the whole cluster's, the same on every node);</li>
 *     <li>{@code clientarea_database_pool_*{application,pool}}: each app's connection pool on this server (connections
 *     used and free, its maximum, requests waiting), from Payara's pool manager;</li>
 *     <li>the JVM's memory, collections, threads, CPU and uptime.</li>
 * </ul>
 */
public class MetricsServlet extends HttpServlet {

    @Resource(lookup = "java:app/jdbc/clientarea")
    private transient DataSource dataSource;

    private transient PrometheusMeterRegistry registry;
    private transient SecurityEventCounts events;
    private transient DatabaseFigures database;
    private transient JvmGcMetrics gc;
    private transient ConnectionPools pools;
    private final Set<ObjectName> appsSeen = new HashSet<>();
    private final Set<String> poolsSeen = new HashSet<>();

    @Override
    public void init() {
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        events = new SecurityEventCounts();
        events.attach();
        for (AuditEventType type : AuditEventType.values()) {
            FunctionCounter.builder("clientarea.security.events", events, counts -> counts.count(type))
                    .description("Security events (audit events) of both apps on this server, by kind")
                    .tag("event", type.name())
                    .register(registry);
        }
        database = new DatabaseFigures(dataSource);
        Gauge.builder("clientarea.mail.queued", database, figures -> figures.current().queued())
                .description("Mails waiting to be sent (cluster)").register(registry);
        Gauge.builder("clientarea.mail.oldest.queued", database, figures -> figures.current().oldestQueuedSeconds())
                .description("Age of the oldest mail waiting to be sent, 0 when none (cluster)")
                .baseUnit("seconds").register(registry);
        Gauge.builder("clientarea.mail.given.up", database, figures -> figures.current().givenUp())
                .description("Mails given up after their attempts, kept for their keep-days (cluster)")
                .register(registry);
        Gauge.builder("clientarea.mail.sent", database, figures -> figures.current().sent())
                .description("Sent mails kept for their keep-days (cluster)").register(registry);
        Gauge.builder("clientarea.database.up", database, figures -> figures.current().up() ? 1 : 0)
                .description("1 when the database answered the last scrape's queries").register(registry);
        for (String state : DatabaseFigures.RECOVERY_STATES) {
            Gauge.builder("clientarea.recovery.requests", database,
                            figures -> figures.current().recoveryRequests().getOrDefault(state, 0L))
                    .description("\"Lost both\" recovery requests by state (cluster)")
                    .tag("state", state).register(registry);
        }
        pools = new ConnectionPools(HttpServlet.class.getClassLoader());
        new JvmMemoryMetrics().bindTo(registry);
        gc = new JvmGcMetrics();
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        registerAppsPublishedSince();
        registerPoolsCreatedSince();
        response.setContentType("text/plain; version=0.0.4; charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(registry.scrape());
    }

    /** Each WAR publishes its figures when deployed, in either order: meters are added as they appear. */
    private synchronized void registerAppsPublishedSince() {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        Set<ObjectName> apps;
        try {
            apps = server.queryNames(new ObjectName("com.nordhost.clientarea:type=Web,*"), null);
        } catch (JMException e) {
            return;
        }
        for (ObjectName name : apps) {
            if (!appsSeen.add(name)) {
                continue;
            }
            String app = appName(ObjectName.unquote(name.getKeyProperty("app")));
            Gauge.builder("clientarea.sessions", name, n -> number(server, n, "ActiveSessions"))
                    .description("In-memory HTTP sessions").tag("app", app).register(registry);
            FunctionTimer.builder("clientarea.http.requests", name,
                            n -> (long) number(server, n, "Requests"), n -> number(server, n, "RequestSeconds"),
                            TimeUnit.SECONDS)
                    .description("Requests served and their time").tag("app", app).register(registry);
        }
    }

    /** Payara creates each application's pool at its first use: a pool's meters are added when it first appears. */
    private synchronized void registerPoolsCreatedSince() {
        for (ConnectionPools.Pool pool : pools.read()) {
            String key = pool.application() + " " + pool.name();
            if (!poolsSeen.add(key)) {
                continue;
            }
            poolGauge("clientarea.database.pool.connections", "Connections of the pool by state", pool, "used",
                    ConnectionPools.Pool::used);
            poolGauge("clientarea.database.pool.connections", "Connections of the pool by state", pool, "free",
                    ConnectionPools.Pool::free);
            Gauge.builder("clientarea.database.pool.max", pools, p -> figure(p, key, ConnectionPools.Pool::max))
                    .description("Most connections the pool opens").tags(poolTags(pool)).register(registry);
            Gauge.builder("clientarea.database.pool.waiting", pools, p -> figure(p, key, ConnectionPools.Pool::waiting))
                    .description("Requests waiting for a free connection").tags(poolTags(pool)).register(registry);
        }
    }

    private void poolGauge(String metric, String description, ConnectionPools.Pool pool, String state,
                           ToIntFunction<ConnectionPools.Pool> figure) {
        String key = pool.application() + " " + pool.name();
        Gauge.builder(metric, pools, p -> figure(p, key, figure)).description(description)
                .tags(poolTags(pool)).tag("state", state).register(registry);
    }

    private static String[] poolTags(ConnectionPools.Pool pool) {
        return new String[] {"application", pool.application(), "pool", pool.name()};
    }

    private static double figure(ConnectionPools pools, String key,
                                 ToIntFunction<ConnectionPools.Pool> figure) {
        return pools.read().stream().filter(p -> key.equals(p.application() + " " + p.name()))
                .mapToDouble(figure::applyAsInt).findFirst().orElse(Double.NaN);
    }

    /** The client area runs on Payara's default virtual server, called "server". */
    static String appName(String virtualServer) {
        return "server".equals(virtualServer) ? "client-area" : virtualServer;
    }

    private static double number(MBeanServer server, ObjectName name, String attribute) {
        try {
            return ((Number) server.getAttribute(name, attribute)).doubleValue();
        } catch (JMException | RuntimeException gone) {
            return Double.NaN;
        }
    }

    @Override
    public void destroy() {
        events.detach();
        gc.close();
        registry.close();
    }
}
