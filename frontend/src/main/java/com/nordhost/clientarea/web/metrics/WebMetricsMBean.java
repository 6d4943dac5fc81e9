package com.nordhost.clientarea.web.metrics;

/**
 * What one app tells the server's metrics (JMX, {@code com.nordhost.clientarea:type=Web,app=<virtual server>}):
 * the back-office's metrics endpoint reads both apps' figures through the platform MBean server, since the two
 * WARs share no classes.
 */
public interface WebMetricsMBean {

    /** In-memory HTTP sessions of this app right now. */
    long getActiveSessions();

    /** Requests served since the app started. */
    long getRequests();

    /** Their total time in seconds. */
    double getRequestSeconds();
}
