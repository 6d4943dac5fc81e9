package com.nordhost.clientarea.domain.testing;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.crypto.EncryptedSecret;
import com.nordhost.clientarea.domain.totp.TotpParameters;
import com.nordhost.clientarea.domain.twofactor.AuthenticatorApp;
import com.nordhost.clientarea.domain.twofactor.AuthenticatorAppRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test double of the authenticator-app table, each method atomic like its one SQL statement. */
public final class InMemoryAuthenticatorApps implements AuthenticatorAppRepository {

    private final Map<Long, AuthenticatorApp> rows = new LinkedHashMap<>();
    private long nextId = 1;

    @Override
    public synchronized List<AuthenticatorApp> list(AccountId accountId) {
        List<AuthenticatorApp> apps = new ArrayList<>();
        rows.values().stream().filter(app -> app.accountId().equals(accountId))
                .sorted(Comparator.comparing(AuthenticatorApp::addedAt).thenComparing(AuthenticatorApp::id))
                .forEach(apps::add);
        return apps;
    }

    @Override
    public synchronized long add(AccountId accountId, String name, EncryptedSecret secret, TotpParameters parameters,
                                 long acceptedStep, Instant now) {
        long id = nextId++;
        rows.put(id, new AuthenticatorApp(id, accountId, name, secret, parameters, acceptedStep, now, null));
        return id;
    }

    @Override
    public synchronized boolean acceptStep(long appId, long step, Instant now) {
        AuthenticatorApp app = rows.get(appId);
        if (app == null || (app.lastAcceptedStep() != null && app.lastAcceptedStep() >= step)) {
            return false;
        }
        rows.put(appId, new AuthenticatorApp(appId, app.accountId(), app.name(), app.secret(), app.parameters(), step,
                app.addedAt(), now));
        return true;
    }

    @Override
    public synchronized boolean replaceSecret(long appId, EncryptedSecret expectedOld, EncryptedSecret replacement) {
        AuthenticatorApp app = rows.get(appId);
        if (app == null || !app.secret().equals(expectedOld)) {
            return false;
        }
        rows.put(appId, new AuthenticatorApp(appId, app.accountId(), app.name(), replacement, app.parameters(),
                app.lastAcceptedStep(), app.addedAt(), app.lastUsedAt()));
        return true;
    }

    @Override
    public synchronized boolean delete(AccountId accountId, long appId) {
        AuthenticatorApp app = rows.get(appId);
        return app != null && app.accountId().equals(accountId) && rows.remove(appId) != null;
    }

    @Override
    public synchronized int deleteAll(AccountId accountId) {
        int before = rows.size();
        rows.values().removeIf(app -> app.accountId().equals(accountId));
        return before - rows.size();
    }
}
