package com.nordhost.clientarea.domain.password;

import de.mkammerer.argon2.Argon2Advanced;
import de.mkammerer.argon2.Argon2Factory;
import de.mkammerer.argon2.Argon2Version;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Argon2id by the C reference implementation (libargon2, shipped for Linux, macOS and Windows inside
 * argon2-jvm, called through JNA). On this project's 2-core machine it takes about half the CPU of the Java
 * implementation for the same parameters, and its working memory is allocated and freed outside the Java heap,
 * so a burst of logins makes no garbage for the collector.
 */
final class NativeArgon2id implements Argon2idFunction {

    private static final Logger LOG = Logger.getLogger(NativeArgon2id.class.getName());
    private static final PasswordHashParameters CHECK = new PasswordHashParameters(64, 2, 1);

    private final Argon2Advanced argon2;
    private final Argon2idFunction forEmptyInput;

    private NativeArgon2id(Argon2Advanced argon2, Argon2idFunction forEmptyInput) {
        this.argon2 = argon2;
        this.forEmptyInput = forEmptyInput;
    }

    /**
     * The native function, if the library loads here and gives the same bytes as {@code reference} on a known
     * input (a wrongly built library would otherwise lock every customer out).
     */
    static Optional<Argon2idFunction> loadCheckedAgainst(Argon2idFunction reference) {
        try {
            NativeArgon2id candidate = new NativeArgon2id(Argon2Factory.createAdvanced(
                    Argon2Factory.Argon2Types.ARGON2id), reference);
            byte[] password = "Å Ä Ö å ä ö ¤ ½ § £ € ¨ ; < > & @".getBytes(StandardCharsets.UTF_8);
            byte[] salt = "sixteen byte salt".getBytes(StandardCharsets.US_ASCII);
            if (!Arrays.equals(candidate.compute(password, salt, CHECK, 32), reference.compute(password, salt, CHECK, 32))) {
                LOG.warning("The native Argon2id library gives other bytes than the Java implementation; using Java.");
                return Optional.empty();
            }
            return Optional.of(candidate);
        } catch (LinkageError | RuntimeException unavailable) {
            LOG.log(Level.INFO, "Native Argon2id not available here ({0}); using the Java implementation.",
                    unavailable.toString());
            return Optional.empty();
        }
    }

    @Override
    public byte[] compute(byte[] password, byte[] salt, PasswordHashParameters parameters, int length) {
        if (password.length == 0) {
            // JNA cannot hand C an empty buffer; an empty password is refused long before a hash anyway.
            return forEmptyInput.compute(password, salt, parameters, length);
        }
        return argon2.rawHashAdvanced(parameters.iterations(), parameters.memoryKiB(), parameters.parallelism(),
                password, salt, null, null, length, Argon2Version.V13);
    }

    @Override
    public String implementation() {
        return "libargon2 (native, through JNA)";
    }
}
