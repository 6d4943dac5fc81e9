/**
 * A customer account's life after its creation (decision 0030): {@code CustomerDeactivation} deactivates and
 * reactivates a customer from the back-office, against a ticket, audited and mailed about. Depends on
 * {@code recovery}, {@code passwordreset} and {@code support}; nothing depends on it but the assembly.
 */
package com.nordhost.clientarea.domain.lifecycle;
