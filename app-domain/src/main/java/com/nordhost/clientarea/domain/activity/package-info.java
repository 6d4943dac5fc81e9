/**
 * The customer's own view of their security (issue 22): {@code SecurityActivity} reads the account's audit trail of
 * the last 90 days, newest first and keyset-paged, as {@code ActivityItem}s (each event with its time, the compact IP
 * address, the short browser name and "you"/"support"/"system"; wrong passwords folded into one summary per run), and
 * the wrong passwords since the sign-in before this one. {@code CustomerEvents} says which event types a customer
 * sees and which are sign-ins. Depends on {@code account}, {@code audit} and {@code shared}; nothing depends on it
 * but the assembly. No second log: everything comes from the audit trail.
 */
package com.nordhost.clientarea.domain.activity;
