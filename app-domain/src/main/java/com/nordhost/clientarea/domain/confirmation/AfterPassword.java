package com.nordhost.clientarea.domain.confirmation;

import java.time.Instant;
import java.util.Optional;

/**
 * The start of a change that first asks for the password again (adding an authenticator): granted with what the next
 * step needs, or refused. A session someone else took over cannot add its own second factor without the password.
 */
public sealed interface AfterPassword<T> {

    /** The password was right and the change may go on with {@code value}. */
    record Granted<T>(T value) implements AfterPassword<T> {
    }

    /** Wrong or missing password; counted by the password throttle. */
    record WrongPassword<T>() implements AfterPassword<T> {
    }

    /** Too many wrong passwords: not checked before {@code until}. */
    record TryLater<T>(Instant until) implements AfterPassword<T> {
    }

    /** The account may not make this change now (2FA off, the maximum reached); the password was not asked. */
    record NotAllowed<T>() implements AfterPassword<T> {
    }

    /** The value of a granted start; empty for every refusal. */
    default Optional<T> granted() {
        return this instanceof Granted<T> granted ? Optional.of(granted.value()) : Optional.empty();
    }

    /** A refusal of the password itself, as the answer of a start that needs one. */
    static <T> AfterPassword<T> refused(PasswordConfirmation.Result result) {
        if (result instanceof PasswordConfirmation.TryLater later) {
            return new TryLater<>(later.until());
        }
        if (result instanceof PasswordConfirmation.WrongPassword) {
            return new WrongPassword<>();
        }
        throw new IllegalArgumentException("The password was confirmed: nothing was refused.");
    }
}
