package com.nordhost.clientarea.domain.customers;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.EmailAddress;


/** One search hit: who the customer is, and where the page continues after it. */
public record CustomerSummary(AccountId id, String customerNumber, String fullName, EmailAddress email,
                              Cursor position) {
}
