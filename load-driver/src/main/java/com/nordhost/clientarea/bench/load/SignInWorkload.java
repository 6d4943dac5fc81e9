package com.nordhost.clientarea.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.Optional;

/** A customer's whole password + code login from a fresh browser, accounts rotated by the {@link UserPool}. */
public final class SignInWorkload implements Workload {

    private final UserPool pool;
    private final URI root;

    public SignInWorkload(UserPool pool, URI root) {
        this.pool = pool;
        this.root = root;
    }

    @Override
    public Optional<String> attempt(HttpClient http, long deadlineMillis) throws Exception {
        UserPool.User user = pool.take(deadlineMillis);
        if (user == null) {
            return null;
        }
        try {
            CustomerLogin.Result result = new CustomerLogin(http, root).signIn(user.account().email(),
                    user.account().password(), () -> pool.codeFor(user));
            if (result != CustomerLogin.Result.WITH_CODE) {
                throw new LoginFailure("signed in without a code (2FA off?)");
            }
            return Optional.empty();
        } finally {
            pool.giveBack(user);
        }
    }
}
