package com.nordhost.clientarea.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.nordhost.clientarea.domain.account.EmailAddress;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventTextsTest {

    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    @Test
    void every_event_type_has_plain_words_in_english_and_swedish() {
        for (AuditEventType type : AuditEventType.values()) {
            String english = EventTexts.of(type, ENGLISH);
            String swedish = EventTexts.of(type, SWEDISH);
            assertThat(english).as(type.name()).isNotBlank().isNotEqualTo(type.name()).doesNotContain("_");
            assertThat(swedish).as(type.name() + " (sv)").isNotBlank().isNotEqualTo(english);
        }
    }

    @Test
    void the_actor_in_both_languages_and_another_language_reads_english() {
        assertThat(EventTexts.of(EventActor.YOU, ENGLISH)).isEqualTo("you");
        assertThat(EventTexts.of(EventActor.SUPPORT, SWEDISH)).isEqualTo("support");
        assertThat(EventTexts.of(EventActor.YOU, SWEDISH)).isEqualTo("du");
        assertThat(EventTexts.of(EventActor.SYSTEM, SWEDISH)).isEqualTo("systemet");
        assertThat(EventTexts.of(AuditEventType.PASSWORD_CHANGED, Locale.GERMAN)).isEqualTo("Password changed");
        assertThat(EventTexts.of(AuditEventType.PASSWORD_CHANGED, Locale.forLanguageTag("sv-FI")))
                .isEqualTo(EventTexts.of(AuditEventType.PASSWORD_CHANGED, SWEDISH));
    }

    @Test
    void the_summary_of_wrong_passwords_counts_in_both_languages() {
        assertThat(EventTexts.wrongPasswords(12, 3, ENGLISH)).isEqualTo("12 wrong passwords from 3 addresses");
        assertThat(EventTexts.wrongPasswords(1, 1, ENGLISH)).isEqualTo("1 wrong password from 1 address");
        assertThat(EventTexts.wrongPasswords(12, 3, SWEDISH)).isEqualTo("12 felaktiga lösenord från 3 adresser");
        assertThat(EventTexts.wrongPasswords(1, 1, SWEDISH)).isEqualTo("1 felaktigt lösenord från 1 adress");
    }

    @Test
    void the_actor_is_you_for_any_address_the_account_had_support_for_anyone_else_system_for_nobody() {
        Instant at = Instant.parse("2026-03-02T09:00:00Z");
        AuditEvent change = new AuditEvent(at, AuditEventType.EMAIL_CHANGED, null, "old@example.com", null, null,
                Map.of("old", "Old@Example.com", "new", "new@example.com"));
        EventActors actors = EventActors.forAccount(EmailAddress.of("new@example.com"), List.of(change));

        assertThat(actors.of(event(at, "old@example.com"))).isEqualTo(EventActor.YOU);
        assertThat(actors.of(event(at, "NEW@example.com"))).isEqualTo(EventActor.YOU);
        assertThat(actors.of(event(at, "sam@nordhost.se"))).isEqualTo(EventActor.SUPPORT);
        assertThat(actors.of(event(at, AuditTrail.ANONYMOUS))).isEqualTo(EventActor.SYSTEM);
        assertThat(actors.of(event(at, null))).isEqualTo(EventActor.SYSTEM);
    }

    private static AuditEvent event(Instant at, String actor) {
        return new AuditEvent(at, AuditEventType.PASSWORD_CHANGED, null, actor, null, null, Map.of());
    }
}
