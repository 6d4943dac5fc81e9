package com.nordhost.clientarea.domain.testing;

import com.nordhost.clientarea.domain.apitokens.ApiToken;
import com.nordhost.clientarea.domain.apitokens.ApiTokenNameTakenException;
import com.nordhost.clientarea.domain.apitokens.ApiTokenRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** API tokens in memory; {@link #hashes} shows what a copy of the table would hold. */
public final class InMemoryApiTokens implements ApiTokenRepository {

    private final Map<Long, ApiToken> tokens = new LinkedHashMap<>();
    public final Map<Long, String> hashes = new LinkedHashMap<>();
    public int useWrites;

    @Override
    public synchronized ApiToken create(String name, String tokenHash, String createdBy, Instant createdAt) {
        if (nameTaken(name)) {
            throw new ApiTokenNameTakenException(null);
        }
        long id = tokens.size() + 1L;
        ApiToken token = new ApiToken(id, name, createdAt, createdBy, null, null);
        tokens.put(id, token);
        hashes.put(id, tokenHash);
        return token;
    }

    @Override
    public synchronized Optional<ApiToken> findUsableByHash(String tokenHash) {
        return hashes.entrySet().stream().filter(e -> e.getValue().equals(tokenHash))
                .map(e -> tokens.get(e.getKey())).filter(t -> !t.revoked()).findFirst();
    }

    @Override
    public synchronized Optional<ApiToken> findById(long id) {
        return Optional.ofNullable(tokens.get(id));
    }

    @Override
    public synchronized boolean nameTaken(String name) {
        return tokens.values().stream().anyMatch(t -> t.name().equals(name));
    }

    @Override
    public synchronized List<ApiToken> list() {
        List<ApiToken> all = new ArrayList<>(tokens.values());
        all.sort(Comparator.comparingLong(ApiToken::id).reversed());
        return all;
    }

    @Override
    public synchronized boolean revoke(long id, Instant at) {
        ApiToken t = tokens.get(id);
        if (t == null || t.revoked()) {
            return false;
        }
        tokens.put(id, new ApiToken(id, t.name(), t.createdAt(), t.createdBy(), t.lastUsedAt(), at));
        return true;
    }

    @Override
    public synchronized void noteUse(long id, Instant at, Instant notBefore) {
        ApiToken t = tokens.get(id);
        if (t != null && (t.lastUsedAt() == null || t.lastUsedAt().isBefore(notBefore))) {
            useWrites++;
            tokens.put(id, new ApiToken(id, t.name(), t.createdAt(), t.createdBy(), at, t.revokedAt()));
        }
    }
}
