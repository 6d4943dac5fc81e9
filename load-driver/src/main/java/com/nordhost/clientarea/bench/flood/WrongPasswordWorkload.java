package com.nordhost.clientarea.bench.flood;

import com.nordhost.clientarea.bench.load.CustomerLogin;
import com.nordhost.clientarea.bench.load.Workload;
import com.nordhost.clientarea.bench.provision.BenchAccount;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An attacker's wrong password on one of a few victim accounts, each from a fresh browser (no device cookie,
 * as a stranger has none). Succeeds when the password is refused; notes the message the page showed, so the
 * result tells how often the throttle answered "try later" instead of checking the password.
 */
public final class WrongPasswordWorkload implements Workload {

    private final List<BenchAccount> victims;
    private final URI root;

    public WrongPasswordWorkload(List<BenchAccount> victims, URI root) {
        this.victims = List.copyOf(victims);
        this.root = root;
    }

    @Override
    public Optional<String> attempt(HttpClient http, long deadlineMillis) throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        BenchAccount victim = victims.get(random.nextInt(victims.size()));
        return Optional.of(new CustomerLogin(http, root).failPassword(victim.email(),
                "wrong-Pässwörd-" + random.nextInt(1_000_000)));
    }
}
