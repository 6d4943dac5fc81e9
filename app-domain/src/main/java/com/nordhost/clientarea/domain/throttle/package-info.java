/**
 * Slowing down guessing: the wrong-password and wrong-code throttles with their escalating delays
 * ({@code PasswordThrottle}, {@code PasswordFailures}, {@code SecondFactorThrottle}, {@code EscalatingDelay}),
 * shared by every use case that checks a password or a code, and the {@code UnknownAddressCounters} port for
 * addresses without an account. All counts live in the database, so several nodes add up.
 */
package com.nordhost.clientarea.domain.throttle;
