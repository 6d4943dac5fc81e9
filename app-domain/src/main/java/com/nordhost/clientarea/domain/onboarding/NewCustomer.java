package com.nordhost.clientarea.domain.onboarding;

/**
 * The details an agent types for a new customer, as typed: the fields of My details (checked by
 * {@code CustomerDetailsRules}); the e-mail address is text, so a malformed one comes back as a field problem.
 */
public record NewCustomer(String fullName, String email, String phone, String street, String postalCode,
                          String city, String country) {
}
