package com.nordhost.clientarea.persistence.jpa;

import jakarta.persistence.EntityManager;

/**
 * Where a repository gets the EntityManager of the current transaction: the container-managed one
 * in the server ({@link ContainerEntityManagers}), a thread-bound resource-local one in tests.
 */
@FunctionalInterface
public interface EntityManagers {

    EntityManager current();
}
