package com.nordhost.clientarea.domain.account;

public record CustomerDetails(String customerNumber, String fullName, EmailAddress email, String phone,
                              String street, String postalCode, String city, String country) {
}
