/**
 * A customer account's life after its creation: {@code CustomerDeactivation} deactivates and reactivates a customer
 * from the back-office, against a ticket, audited and mailed about (decision 0030); {@code CustomerErasure} erases a
 * customer's personal data for an ADMIN or an API client, leaving a tombstone and a pseudonymised trail (decision
 * 0036). Depends on {@code recovery}, {@code passwordreset}, {@code support}, {@code staff}, {@code twofactor},
 * {@code notification} and {@code audit}; nothing depends on it but the assembly.
 */
package com.nordhost.clientarea.domain.lifecycle;
