package com.nordhost.clientarea.domain.account;

/** Customers and staff sign in to separate apps; credentials of one realm never open the other. */
public enum Realm {
    CUSTOMER,
    STAFF
}
