package com.nordhost.clientarea.domain.remembered;

import java.time.Instant;

/**
 * A browser the customer asked not to be asked for a code on, as Security settings lists it. Nothing secret:
 * the token itself lives only in that browser's cookie.
 *
 * @param browser    a short name from the User-Agent at the time ("Chrome on Linux")
 * @param ip         the address it was remembered from
 * @param lastUsedAt the last login it spared the code; null: not used since
 */
public record RememberedBrowser(long id, String browser, String ip, Instant rememberedAt, Instant lastUsedAt,
                                Instant expiresAt) {
}
