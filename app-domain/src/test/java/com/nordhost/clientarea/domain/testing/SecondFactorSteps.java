package com.nordhost.clientarea.domain.testing;

import com.nordhost.clientarea.domain.DomainServices;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.login.LoginOutcome;
import com.nordhost.clientarea.domain.login.PendingLogin;
import com.nordhost.clientarea.domain.login.SecondFactorOutcome;
import com.nordhost.clientarea.domain.login.SecondFactorProof;
import com.nordhost.clientarea.domain.shared.RequestOrigin;

/**
 * The login's second step for tests that start there: a login whose password was given just now, at the account's
 * current session epoch.
 */
public final class SecondFactorSteps {

    private SecondFactorSteps() {
    }

    public static PendingLogin pending(DomainServices services, AccountId account) {
        return new PendingLogin(account, services.sessionEpochs().atSignIn(account));
    }

    /** What the password step answers for an account with 2FA on, now. */
    public static LoginOutcome.SecondFactorRequired required(DomainServices services, AccountId account) {
        return new LoginOutcome.SecondFactorRequired(pending(services, account));
    }

    public static SecondFactorOutcome typed(DomainServices services, AccountId account, String code,
                                            RequestOrigin origin) {
        return typed(services, account, code, origin, false);
    }

    public static SecondFactorOutcome typed(DomainServices services, AccountId account, String code,
                                            RequestOrigin origin, boolean rememberBrowser) {
        return services.secondFactorLogin().check(pending(services, account), new SecondFactorProof.TypedCode(code),
                origin, rememberBrowser);
    }

    public static SecondFactorOutcome key(DomainServices services, AccountId account, String answer,
                                          RequestOrigin origin, boolean rememberBrowser) {
        return services.secondFactorLogin().check(pending(services, account),
                new SecondFactorProof.KeyAssertion(answer), origin, rememberBrowser);
    }
}
