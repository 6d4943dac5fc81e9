package com.nordhost.clientarea.domain.signin;

import java.time.Instant;

/**
 * One place an account is signed in, as its owner and support see it. Nothing secret: the secret lives only in that
 * browser's cookie.
 *
 * @param browser      a short name from the User-Agent at sign-in ("Chrome on Linux"), a hint only
 * @param ip           the address it signed in from
 * @param lastActiveAt the last request seen, written at most about once a minute
 */
public record ActiveSignIn(long id, String browser, String ip, Instant signedInAt, Instant lastActiveAt,
                           SecondFactorUsed secondFactor) {
}
