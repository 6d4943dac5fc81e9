/**
 * What support does for a customer in the back-office: {@code SupportDesk} (the customer's profile and recent
 * events), {@code SupportRemoval} (remove the second factor against a ticket) and {@code SecondFactorUnlock}
 * (unlock after failed codes), each audited and mailed about.
 */
package com.nordhost.clientarea.domain.support;
