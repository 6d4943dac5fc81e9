package com.nordhost.clientarea.domain.benchmarks;

import com.nordhost.clientarea.domain.totp.TotpGenerator;
import com.nordhost.clientarea.domain.totp.TotpParameters;
import com.nordhost.clientarea.domain.totp.TotpSecret;
import com.nordhost.clientarea.domain.totp.TotpVerifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/** TOTP verifications per second (SHA1, 6 digits, window ±1: three HMACs per verification, match or not). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TotpVerificationBenchmark {

    private TotpVerifier verifier;
    private TotpSecret secret;
    private String rightCode;
    private String wrongCode;

    @Setup
    public void setUp() {
        Instant now = Instant.parse("2026-03-02T09:00:10Z");
        verifier = new TotpVerifier(Clock.fixed(now, ZoneOffset.UTC));
        secret = TotpSecret.random(new SecureRandom());
        rightCode = new TotpGenerator(TotpParameters.DEFAULT).codeAt(secret, now);
        wrongCode = rightCode.equals("000000") ? "000001" : "000000";
    }

    @Benchmark
    public OptionalLong verifyRightCode() {
        return verifier.matchingStep(secret, TotpParameters.DEFAULT, rightCode);
    }

    @Benchmark
    public OptionalLong verifyWrongCode() {
        return verifier.matchingStep(secret, TotpParameters.DEFAULT, wrongCode);
    }
}
