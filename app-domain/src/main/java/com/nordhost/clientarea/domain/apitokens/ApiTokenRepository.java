package com.nordhost.clientarea.domain.apitokens;

import com.nordhost.clientarea.domain.shared.Port;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: the {@code api_token} table. Tokens are looked up by their SHA-256 only. */
@Port
public interface ApiTokenRepository {

    /** Stores a new token; throws {@link ApiTokenNameTakenException} when another token has the name. */
    ApiToken create(String name, String tokenHash, String createdBy, Instant createdAt);

    /** The unrevoked token with this hash. */
    Optional<ApiToken> findUsableByHash(String tokenHash);

    Optional<ApiToken> findById(long id);

    boolean nameTaken(String name);

    /** Every token, newest first. */
    List<ApiToken> list();

    /** Revokes the token if it is not yet; returns whether this call revoked it. */
    boolean revoke(long id, Instant at);

    /** Notes a use, only when the last noted one is before {@code notBefore} (a write at most that often). */
    void noteUse(long id, Instant at, Instant notBefore);
}
