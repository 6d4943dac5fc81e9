package com.nordhost.clientarea.domain.notification;

import com.nordhost.clientarea.domain.account.Language;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.shared.BrowserName;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Optional;

/**
 * The one place where the texts of {@link SecurityNotice}s are made: subject and body in the account
 * holder's {@link Language}, saying what happened, when (in the customers' time zone), from which IP address
 * and browser where known (for support's actions: by support, with the ticket), and what to do if it was not
 * them. Placeholders are {@code {name}} style (no MessageFormat, so apostrophes need no escaping).
 */
public final class NoticeTexts {

    static final String BUNDLE = "com.nordhost.clientarea.domain.notification.SecurityNotices";
    /** The argument that, when given, adds the "This wasn't me" paragraph with its link (decision 0042). */
    public static final String PROTECT_LINK = "protectLink";

    private NoticeTexts() {
    }

    /** A composed mail text. */
    public record Text(String subject, String body) {
    }

    /**
     * @param recipientName the account holder's name (blank: an unnamed greeting)
     * @param origin        where the change was asked from; null for support's actions
     * @param arguments     the notice's {@link SecurityNotice#arguments()}
     */
    public static Text compose(SecurityNotice notice, Language language, String recipientName, Instant when,
                               ZoneId zone, RequestOrigin origin, String companyName, String supportEmail,
                               Map<String, String> arguments) {
        Objects.requireNonNull(notice, "A notice is required.");
        Objects.requireNonNull(when, "A time is required.");
        Objects.requireNonNull(zone, "A time zone is required.");
        Language lang = language == null ? Language.DEFAULT : language;
        for (String name : notice.arguments()) {
            if (arguments == null || arguments.get(name) == null) {
                throw new IllegalArgumentException("The notice " + notice + " needs " + name + ".");
            }
        }
        ResourceBundle bundle = bundle(lang);
        Map<String, String> values = new HashMap<>(arguments == null ? Map.of() : arguments);
        // An argument left empty reads as the bundle's "default.<argument>": the wizard's app, which has no name.
        values.replaceAll((key, value) -> value.isEmpty() ? optional(bundle, "default." + key).orElse(value) : value);
        values.put("company", companyName);
        values.put("support", supportEmail);
        values.put("name", recipientName == null ? "" : recipientName.strip());
        values.put("when", formatTime(when, zone, lang.locale()));
        String unknown = bundle.getString("unknown");
        RequestOrigin from = origin == null ? RequestOrigin.unknown() : origin;
        values.put("ip", blank(from.sourceIp()) ? unknown : from.sourceIp());
        // The short name only: the User-Agent is text the sender chooses, and these mails come from the company.
        String browser = BrowserName.of(from.userAgent());
        values.put("browser", BrowserName.UNKNOWN.equals(browser) ? unknown : browser);

        StringBuilder body = new StringBuilder();
        body.append(fill(bundle.getString(blank(recipientName) ? "greeting.anonymous" : "greeting.named"), values))
                .append("\n\n");
        body.append(fill(bundle.getString(notice.key() + ".text"), values)).append("\n\n");
        if (!notice.linkOnly()) {
            body.append(fill(bundle.getString("when"), values)).append('\n');
            if (notice.bySupport()) {
                body.append(fill(bundle.getString(values.containsKey("ticket") ? "bySupport" : "bySupportNoTicket"),
                        values)).append('\n');
            } else if (notice.byAdmin()) {
                body.append(fill(bundle.getString("byAdmin"), values)).append('\n');
            } else {
                body.append(fill(bundle.getString("ip"), values)).append('\n');
                body.append(fill(bundle.getString("browser"), values)).append('\n');
            }
            body.append('\n');
        }
        body.append(fill(optional(bundle, notice.key() + ".notYou").orElseGet(() -> bundle.getString("notYou")),
                values)).append("\n\n");
        if (values.containsKey(PROTECT_LINK)) {
            body.append(fill(bundle.getString("thisWasntMe"), values)).append("\n\n");
        }
        body.append(fill(bundle.getString("signature"), values)).append('\n');
        return new Text(fill(bundle.getString(notice.key() + ".subject"), values), body.toString());
    }

    /** E.g. "March 2, 2026, 10:00 AM (UTC+01:00)" / "2 mars 2026 10:00 (UTC+01:00)": local time and offset. */
    static String formatTime(Instant when, ZoneId zone, Locale locale) {
        var local = when.atZone(zone);
        String offset = local.getOffset().getId();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .format(local.toLocalDateTime()) + " (UTC" + ("Z".equals(offset) ? "+00:00" : offset) + ")";
    }

    private static ResourceBundle bundle(Language language) {
        // No fallback to the JVM's default locale: English is the base bundle, whatever the server's locale.
        return ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static Optional<String> optional(ResourceBundle bundle, String key) {
        try {
            return Optional.of(bundle.getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    private static String fill(String template, Map<String, String> values) {
        String result = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            result = result.replace("{" + e.getKey() + "}", e.getValue() == null ? "" : e.getValue());
        }
        return result;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
