package com.nordhost.clientarea.web.metrics;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Counts this app's in-memory sessions and its requests, and publishes them as {@link WebMetricsMBean} under the
 * app's virtual server name ({@code server} for the client area, {@code backoffice}), while the app is deployed.
 * One per WAR: this jar is loaded by each app's own class loader.
 */
public final class WebMetrics implements WebMetricsMBean {

    public static final String DOMAIN = "com.nordhost.clientarea";
    private static final Logger LOG = Logger.getLogger(WebMetrics.class.getName());
    private static final WebMetrics APP = new WebMetrics();

    private final AtomicLong sessions = new AtomicLong();
    private final LongAdder requests = new LongAdder();
    private final LongAdder requestNanos = new LongAdder();

    @Override
    public long getActiveSessions() {
        return sessions.get();
    }

    @Override
    public long getRequests() {
        return requests.sum();
    }

    @Override
    public double getRequestSeconds() {
        return requestNanos.sum() / 1e9;
    }

    static ObjectName name(String app) throws JMException {
        return new ObjectName(DOMAIN + ":type=Web,app=" + ObjectName.quote(app));
    }

    /** Registers the app's figures while it is deployed. */
    @WebListener
    public static final class Lifecycle implements ServletContextListener, HttpSessionListener {

        private ObjectName registered;

        @Override
        public void contextInitialized(ServletContextEvent event) {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            try {
                ObjectName name = name(event.getServletContext().getVirtualServerName());
                if (server.isRegistered(name)) {
                    server.unregisterMBean(name); // left over by an earlier deployment of the same app
                }
                server.registerMBean(APP, name);
                registered = name;
            } catch (JMException | RuntimeException e) {
                LOG.log(Level.WARNING, "The app's metrics are not published", e);
            }
        }

        @Override
        public void contextDestroyed(ServletContextEvent event) {
            if (registered != null) {
                try {
                    ManagementFactory.getPlatformMBeanServer().unregisterMBean(registered);
                } catch (JMException | RuntimeException e) {
                    LOG.log(Level.FINE, "Already gone", e);
                }
            }
        }

        @Override
        public void sessionCreated(HttpSessionEvent event) {
            APP.sessions.incrementAndGet();
        }

        @Override
        public void sessionDestroyed(HttpSessionEvent event) {
            APP.sessions.decrementAndGet();
        }
    }

    /** Times every request the app serves (a held-back request from when it is resumed). */
    @WebFilter(filterName = "clientarea-request-timing", urlPatterns = "/*", asyncSupported = true,
            dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ASYNC})
    public static final class Timing extends HttpFilter {

        @Override
        protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            long started = System.nanoTime();
            try {
                chain.doFilter(request, response);
            } finally {
                if (!request.isAsyncStarted()) {
                    APP.requests.increment();
                    APP.requestNanos.add(System.nanoTime() - started);
                }
            }
        }
    }
}
