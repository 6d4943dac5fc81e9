package com.nordhost.clientarea.domain.lifecycle;

import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.shared.BrowserName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an erased customer's audit events read afterwards (decision 0036): the person becomes a pseudonym, the events
 * stay (their type, time, subject, the agents who acted) until the audit retention deletes them.
 * <ul>
 *   <li>an actor that was one of the person's addresses becomes the pseudonym;</li>
 *   <li>where the person (or an anonymous link or sweep on their behalf) acted, the IP address goes and the
 *       User-Agent shrinks to a browser name ("Firefox on Linux"); an agent's own IP address stays;</li>
 *   <li>details keep only the keys known to hold no personal data (ids, counts, tickets, outcomes, agents'
 *       addresses, reasons); every other value (old and new address, app and key names, requester, browser)
 *       becomes {@value #ERASED}, so a detail added later is erased until someone decides otherwise;</li>
 *   <li>in what is kept, any of the person's addresses, name, phone or street is replaced by the pseudonym.</li>
 * </ul>
 */
final class ErasedTrail implements UnaryOperator<AuditEvent> {

    static final String ERASED = "(erased)";

    /** Detail keys whose values are ids, counts, times, tickets, outcomes or staff's words: kept (but scrubbed). */
    static final Set<String> KEPT_DETAILS = Set.of("agent", "algorithm", "app", "apps", "backupCode", "browserId",
            "by", "customerNumber", "days", "effectiveAt", "events", "expiresAt", "failedAttempts", "fields",
            "forgotten", "keyId", "language", "newBackupCode", "notices", "outcome", "passwordGiven", "reason",
            "rememberedBrowsers", "removed", "request", "requestId", "role", "securityKeys", "ticket");

    private final String pseudonym;
    private final Set<String> addresses;
    private final Pattern personal;

    /**
     * @param addresses     the person's normalized addresses, current and earlier
     * @param personalTexts other texts of the person to scrub from what is kept (name, phone, street); blanks and
     *                      texts shorter than 4 characters are ignored (they would match inside ids)
     */
    ErasedTrail(String pseudonym, Set<String> addresses, List<String> personalTexts) {
        this.pseudonym = pseudonym;
        this.addresses = Set.copyOf(addresses);
        StringBuilder alternatives = new StringBuilder();
        for (String text : concat(addresses, personalTexts)) {
            if (text != null && text.strip().length() >= 4) {
                alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(text.strip()));
            }
        }
        this.personal = alternatives.length() == 0 ? null
                : Pattern.compile(alternatives.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static List<String> concat(Set<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Override
    public AuditEvent apply(AuditEvent e) {
        boolean theirs = e.actor() == null || AuditTrail.ANONYMOUS.equals(e.actor())
                || addresses.contains(e.actor().toLowerCase(Locale.ROOT));
        String actor = e.actor() != null && addresses.contains(e.actor().toLowerCase(Locale.ROOT)) ? pseudonym
                : scrub(e.actor());
        String ip = theirs ? null : e.sourceIp();
        String userAgent = !theirs ? e.userAgent() : e.userAgent() == null ? null : BrowserName.of(e.userAgent());
        Map<String, String> details = new LinkedHashMap<>();
        e.details().forEach((key, value) -> details.put(key, KEPT_DETAILS.contains(key) ? scrub(value) : ERASED));
        return new AuditEvent(e.at(), e.type(), e.subject(), actor, ip, userAgent, details);
    }

    private String scrub(String text) {
        return text == null || personal == null ? text
                : personal.matcher(text).replaceAll(Matcher.quoteReplacement(pseudonym));
    }
}
