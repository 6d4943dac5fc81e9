package com.nordhost.clientarea.admin.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Declares the application's pooled, JTA-enlisted data source. The class named here reads the
 * database settings from MicroProfile Config, so one WAR runs on the embedded H2 file or on
 * PostgreSQL without being rebuilt. The customer WAR declares the same name; both reach one database.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/clientarea",
        className = "com.nordhost.clientarea.persistence.config.ConfiguredDataSource",
        minPoolSize = 1,
        maxPoolSize = 20)
@ApplicationScoped
public class BackOfficeDataSource {
}
