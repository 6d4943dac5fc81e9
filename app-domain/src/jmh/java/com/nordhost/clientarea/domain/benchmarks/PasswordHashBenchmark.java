package com.nordhost.clientarea.domain.benchmarks;

import com.nordhost.clientarea.domain.password.PasswordHashParameters;
import com.nordhost.clientarea.domain.password.PasswordHasher;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;

/** The time of one Argon2id password hash with the production parameters (19 MiB, t=2, p=1). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PasswordHashBenchmark {

    private PasswordHasher hasher;
    private String stored;

    @Setup
    public void setUp() {
        hasher = new PasswordHasher(PasswordHashParameters.OWASP_MINIMUM, new SecureRandom());
        stored = hasher.hash("Å Ä Ö å ä ö ¤ ½ § £ € ¨ ; < > & @");
    }

    @Benchmark
    public String hashPassword() {
        return hasher.hash("Å Ä Ö å ä ö ¤ ½ § £ € ¨ ; < > & @");
    }

    @Benchmark
    public boolean verifyPassword() {
        return hasher.matches("Å Ä Ö å ä ö ¤ ½ § £ € ¨ ; < > & @", stored);
    }
}
