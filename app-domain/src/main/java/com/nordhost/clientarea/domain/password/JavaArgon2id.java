package com.nordhost.clientarea.domain.password;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** Argon2id in pure Java (BouncyCastle): runs everywhere, allocates the whole memory cost on the heap per hash. */
public final class JavaArgon2id implements Argon2idFunction {

    @Override
    public byte[] compute(byte[] password, byte[] salt, PasswordHashParameters parameters, int length) {
        Argon2Parameters argon = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(parameters.memoryKiB())
                .withIterations(parameters.iterations())
                .withParallelism(parameters.parallelism())
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(argon);
        byte[] out = new byte[length];
        generator.generateBytes(password, out);
        return out;
    }

    @Override
    public String implementation() {
        return "BouncyCastle (pure Java)";
    }
}
