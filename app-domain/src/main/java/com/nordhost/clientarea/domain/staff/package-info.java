/**
 * Support agents and administrators: {@code AgentAdministration} (create, deactivate, reactivate, reset an
 * agent's 2FA), {@code StaffAction} (the checks every back-office use case makes: who may act, on whom) and the
 * {@code StaffDirectory} port.
 */
package com.nordhost.clientarea.domain.staff;
