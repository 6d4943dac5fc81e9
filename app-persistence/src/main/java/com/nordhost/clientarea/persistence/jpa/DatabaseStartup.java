package com.nordhost.clientarea.persistence.jpa;

import com.nordhost.clientarea.persistence.config.DemoData;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Brings the database up to date when a WAR starts, then seeds the demo accounts on an empty one.
 * A servlet context listener, not a CDI start-up observer: only here has Payara bound the WAR's
 * {@code java:app} data source already.
 */
@WebListener
public class DatabaseStartup implements ServletContextListener {

    @Inject
    DatabaseMigrator migrator;

    @Inject
    DemoData demoData;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        migrator.migrate();
        demoData.createOnFirstStart();
    }
}
