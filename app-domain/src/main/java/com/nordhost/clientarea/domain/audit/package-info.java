/**
 * The audit trail: {@code AuditTrail}, through which every use case writes its event in its own transaction,
 * the event types, and the back-office's audit log search and CSV lines ({@code AuditSearch},
 * {@code AuditLogQuery}, {@code AuditPeople}). Ports {@code AuditLog} and {@code AuditSearch}.
 */
package com.nordhost.clientarea.domain.audit;
