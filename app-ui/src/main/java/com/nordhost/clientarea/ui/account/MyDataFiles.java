package com.nordhost.clientarea.ui.account;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.EventTexts;
import com.nordhost.clientarea.domain.privacy.DataExport;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The two files of "Download my data" (decision 0031), from the domain's {@link DataExport}: JSON for other programs
 * (written by Jackson, which Vaadin brings; times as ISO-8601 UTC, absent values as {@code null}) and plain text in
 * the customer's language for people.
 */
final class MyDataFiles {

    /** Named in the JSON, so a reader can tell the shape; bump it when a field changes meaning. */
    static final String FORMAT = "nordhost-client-area-my-data/1";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** A translation in the file's language: key and parameters to text. */
    @FunctionalInterface
    interface Texts extends Serializable {
        String get(String key, Object... params);
    }

    private MyDataFiles() {
    }

    static String json(DataExport export) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("createdAt", time(export.createdAt()));
        DataExport.Details d = export.details();
        ObjectNode details = root.putObject("details");
        details.put("customerNumber", d.customerNumber());
        details.put("name", d.fullName());
        details.put("email", d.email());
        details.put("phone", d.phone());
        ObjectNode address = details.putObject("address");
        address.put("street", d.street());
        address.put("postalCode", d.postalCode());
        address.put("city", d.city());
        address.put("country", d.country());
        details.put("language", d.language());
        ObjectNode twoFactor = root.putObject("twoFactor");
        twoFactor.put("on", export.twoFactor().on());
        twoFactor.put("since", time(export.twoFactor().since()));
        ArrayNode authenticators = root.putArray("authenticators");
        for (DataExport.AuthenticatorEntry a : export.authenticators()) {
            authenticators.addObject().put("kind", a.kind().name()).put("name", a.name())
                    .put("addedAt", time(a.addedAt())).put("lastUsedAt", time(a.lastUsedAt()));
        }
        ArrayNode browsers = root.putArray("rememberedBrowsers");
        for (DataExport.BrowserEntry b : export.browsers()) {
            browsers.addObject().put("browser", b.browser()).put("ip", b.ip())
                    .put("rememberedAt", time(b.rememberedAt())).put("lastUsedAt", time(b.lastUsedAt()))
                    .put("expiresAt", time(b.expiresAt()));
        }
        ArrayNode events = root.putArray("securityEvents");
        for (DataExport.EventEntry e : export.events()) {
            events.addObject().put("at", time(e.at())).put("type", e.type()).put("ip", e.ip())
                    .put("browser", e.browser()).put("by", e.actor().label());
        }
        ArrayNode notices = root.putArray("notices");
        for (DataExport.NoticeEntry n : export.notices()) {
            notices.addObject().put("subject", n.subject()).put("at", time(n.createdAt()));
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree of strings could not be written.", e);
        }
    }

    static String text(DataExport export, Texts texts, Locale locale, ZoneId zone) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(zone);
        Function<Instant, String> when = at -> at == null ? "–" : format.format(at);
        StringBuilder out = new StringBuilder();
        out.append(texts.get("myData.file.title")).append('\n');
        out.append(texts.get("myData.file.created", when.apply(export.createdAt()))).append("\n\n");

        DataExport.Details d = export.details();
        heading(out, texts.get("myData.file.details"));
        line(out, texts.get("myData.file.customerNumber"), d.customerNumber());
        line(out, texts.get("myData.file.name"), d.fullName());
        line(out, texts.get("myData.file.email"), d.email());
        line(out, texts.get("myData.file.phone"), d.phone());
        line(out, texts.get("myData.file.address"), joined(d.street(), d.postalCode(), d.city(), d.country()));
        line(out, texts.get("myData.file.language"),
                Locale.forLanguageTag(d.language()).getDisplayLanguage(locale));
        out.append('\n');

        heading(out, texts.get("myData.file.twoFactor"));
        out.append(export.twoFactor().on()
                ? texts.get("myData.file.twoFactorOn", when.apply(export.twoFactor().since()))
                : texts.get("myData.file.twoFactorOff")).append("\n\n");

        heading(out, texts.get("myData.file.authenticators"));
        list(out, texts, export.authenticators(), a -> texts.get("myData.file.kind." + a.kind().name())
                + (a.name() == null ? "" : " \"" + a.name() + "\"")
                + ": " + texts.get("myData.file.added", when.apply(a.addedAt())) + ", "
                + (a.lastUsedAt() == null ? texts.get("myData.file.neverUsed")
                : texts.get("myData.file.lastUsed", when.apply(a.lastUsedAt()))));

        heading(out, texts.get("myData.file.browsers"));
        list(out, texts, export.browsers(), b -> texts.get("myData.file.browserLine", b.browser(), orDash(b.ip()),
                when.apply(b.rememberedAt()), when.apply(b.expiresAt())));

        heading(out, texts.get("myData.file.events"));
        // The same words as Recent security activity: one home for what an event means (EventTexts).
        list(out, texts, export.events(), e -> when.apply(e.at()) + "  "
                + EventTexts.of(AuditEventType.valueOf(e.type()), locale) + "  " + EventTexts.of(e.actor(), locale)
                + "  " + orDash(e.ip()) + "  " + orDash(e.browser()));

        heading(out, texts.get("myData.file.notices"));
        list(out, texts, export.notices(), n -> when.apply(n.createdAt()) + "  " + n.subject());
        return out.toString();
    }

    private static String time(Instant at) {
        return at == null ? null : at.toString();
    }

    private static void heading(StringBuilder out, String heading) {
        out.append(heading).append('\n').append("-".repeat(heading.length())).append('\n');
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(label).append(": ").append(orDash(value)).append('\n');
    }

    private static <T> void list(StringBuilder out, Texts texts, List<T> items, Function<T, String> line) {
        if (items.isEmpty()) {
            out.append(texts.get("myData.file.none")).append('\n');
        }
        for (T item : items) {
            out.append("- ").append(line.apply(item)).append('\n');
        }
        out.append('\n');
    }

    private static String joined(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                out.append(out.isEmpty() ? "" : ", ").append(part);
            }
        }
        return out.isEmpty() ? null : out.toString();
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "–" : value;
    }
}
