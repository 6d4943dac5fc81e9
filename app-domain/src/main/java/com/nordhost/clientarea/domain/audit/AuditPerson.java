package com.nordhost.clientarea.domain.audit;

import com.nordhost.clientarea.domain.account.Account;

/**
 * Someone an audit event names, as people recognise them: the e-mail address and the name of their account.
 * The name is empty when no account matches (an unknown login name, "anonymous", an account since removed).
 */
public record AuditPerson(String email, String name) {

    public static final AuditPerson NOBODY = new AuditPerson("", "");

    public AuditPerson {
        email = email == null ? "" : email;
        name = name == null ? "" : name;
    }

    static AuditPerson of(Account account) {
        return new AuditPerson(account.email().value(), account.fullName());
    }
}
