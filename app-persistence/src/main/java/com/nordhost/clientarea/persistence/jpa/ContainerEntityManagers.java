package com.nordhost.clientarea.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The container-managed, transaction-scoped EntityManager of the unit {@code clientarea}. */
@ApplicationScoped
public class ContainerEntityManagers implements EntityManagers {

    @PersistenceContext(unitName = "clientarea")
    private EntityManager entityManager;

    @Override
    public EntityManager current() {
        return entityManager;
    }
}
