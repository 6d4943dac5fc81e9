package com.nordhost.clientarea.persistence.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import com.nordhost.clientarea.domain.securitykey.RelyingParty;
import org.junit.jupiter.api.Test;

class ClientAreaSettingsTest {

    private static ClientAreaSettings read(Map<String, String> values) {
        return ClientAreaSettings.from(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void without_settings_the_product_runs_on_the_embedded_database_with_demo_accounts() {
        ClientAreaSettings settings = read(Map.of());
        assertThat(settings.database().embedded()).isTrue();
        assertThat(settings.database().url()).startsWith("jdbc:h2:file:").contains("/data/clientarea");
        assertThat(settings.demoData()).isTrue();
        assertThat(settings.keyFile()).isEqualTo(Path.of("data/secret-keys.properties").toAbsolutePath());
        assertThat(settings.domain().companyName()).isEqualTo("Nordhost");
        assertThat(settings.domain().sessionIdle()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void a_named_database_gets_demo_accounts_only_when_asked_for() {
        String pg = "jdbc:postgresql://db/clientarea";
        assertThat(read(Map.of("clientarea.db.url", pg)).demoData()).as("a production database").isFalse();
        assertThat(read(Map.of("clientarea.db.url", pg, "clientarea.demo.data", "true")).demoData()).isTrue();
        assertThat(read(Map.of("clientarea.demo.data", "false")).demoData()).as("turned off").isFalse();
        assertThat(read(Map.of("clientarea.db.url", " ", "clientarea.demo.data", " ")).demoData())
                .as("blank values are unset").isTrue();
    }

    @Test
    void the_company_name_is_the_default_issuer_so_mails_titles_and_the_app_agree() {
        ClientAreaSettings named = read(Map.of("clientarea.company.name", "Webbhotell AB"));
        assertThat(named.domain().companyName()).isEqualTo("Webbhotell AB");
        assertThat(named.domain().totpIssuer()).isEqualTo("Webbhotell AB");
        ClientAreaSettings both = read(Map.of("clientarea.company.name", "Webbhotell AB",
                "clientarea.totp.issuer", "Webbhotell"));
        assertThat(both.domain().totpIssuer()).isEqualTo("Webbhotell");
        assertThat(both.domain().companyName()).isEqualTo("Webbhotell AB");
    }

    @Test
    void the_customer_url_starts_reset_links_and_defaults_to_the_local_listener() {
        assertThat(read(Map.of()).domain().customerUrl()).isEqualTo("http://localhost:8080/");
        assertThat(read(Map.of("clientarea.customer.url", "https://client.example.com")).domain().customerUrl())
                .isEqualTo("https://client.example.com/");
    }

    @Test
    void support_address_time_zone_and_idle_time_are_read_from_their_keys() {
        ClientAreaSettings settings = read(Map.of("clientarea.support.email", "help@example.net",
                "clientarea.time.zone", "America/New_York", "clientarea.session.idle.minutes", "15"));
        assertThat(settings.domain().supportEmail()).isEqualTo("help@example.net");
        assertThat(settings.domain().timeZone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(settings.domain().sessionIdle()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void trusted_proxies_are_none_by_default_and_read_as_a_comma_separated_list() {
        assertThat(read(Map.of()).domain().trustedProxies()).isEmpty();
        assertThat(read(Map.of("clientarea.trusted.proxies", " 10.0.0.5, ::1 ,")).domain().trustedProxies())
                .containsExactlyInAnyOrder("10.0.0.5", "::1");
        assertThatThrownBy(() -> read(Map.of("clientarea.trusted.proxies", "proxy.example.com")))
                .hasMessageContaining("clientarea.trusted.proxies");
    }

    @Test
    void a_bad_value_is_refused_with_its_key_named() {
        assertThatThrownBy(() -> read(Map.of("clientarea.customer.url", "client.example.com")))
                .hasMessageContaining("clientarea.customer.url");
        assertThatThrownBy(() -> read(Map.of("clientarea.time.zone", "Stockholm")))
                .hasMessageContaining("clientarea.time.zone");
        assertThatThrownBy(() -> read(Map.of("clientarea.session.idle.minutes", "0")))
                .hasMessageContaining("clientarea.session.idle.minutes");
        assertThatThrownBy(() -> read(Map.of("clientarea.demo.data", "maybe")))
                .hasMessageContaining("clientarea.demo.data");
    }

    @Test
    void the_database_password_is_never_printed() {
        ClientAreaSettings settings = read(Map.of("clientarea.db.url", "jdbc:postgresql://db/x",
                "clientarea.db.password", "hunter2"));
        assertThat(settings.database().password()).isEqualTo("hunter2");
        assertThat(settings.toString()).doesNotContain("hunter2");
    }


    @Test
    void the_recovery_wait_is_a_day_unless_set_in_hours() {
        assertThat(read(Map.of()).domain().recoveryWait()).isEqualTo(Duration.ofHours(24));
        assertThat(read(Map.of("clientarea.recovery.wait.hours", "48")).domain().recoveryWait())
                .isEqualTo(Duration.ofHours(48));
        assertThat(read(Map.of("clientarea.recovery.wait.hours", "0")).domain().recoveryWait()).isZero();
        assertThatThrownBy(() -> read(Map.of("clientarea.recovery.wait.hours", "-1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clientarea.recovery.wait.hours");
        assertThatThrownBy(() -> read(Map.of("clientarea.recovery.wait.hours", "a day")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_audit_trail_is_kept_two_years_unless_set_in_days_and_0_keeps_it_for_ever() {
        assertThat(read(Map.of()).domain().auditRetention()).isEqualTo(Duration.ofDays(730));
        assertThat(read(Map.of("clientarea.audit.retention.days", "3650")).domain().auditRetention())
                .isEqualTo(Duration.ofDays(3650));
        assertThat(read(Map.of("clientarea.audit.retention.days", "0")).domain().auditRetention()).isZero();
        assertThatThrownBy(() -> read(Map.of("clientarea.audit.retention.days", "two years")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clientarea.audit.retention.days");
    }

    @Test
    void two_factor_authentication_is_not_required_of_customers_unless_set_with_a_grace_of_14_days_by_default() {
        assertThat(read(Map.of()).domain().twoFactorRequirement().customersRequired()).isFalse();
        assertThat(read(Map.of()).domain().twoFactorRequirement().grace()).isEqualTo(Duration.ofDays(14));
        var set = read(Map.of("clientarea.twofactor.required", "true", "clientarea.twofactor.grace.days", "0"))
                .domain().twoFactorRequirement();
        assertThat(set.customersRequired()).isTrue();
        assertThat(set.grace()).isZero();
        assertThatThrownBy(() -> read(Map.of("clientarea.twofactor.required", "maybe")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clientarea.twofactor.required");
        assertThatThrownBy(() -> read(Map.of("clientarea.twofactor.grace.days", "366")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clientarea.twofactor.grace.days");
        assertThatThrownBy(() -> read(Map.of("clientarea.twofactor.grace.days", "two weeks")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clientarea.twofactor.grace.days");
    }

    @Test
    void browsers_are_remembered_for_30_days_unless_set_and_0_switches_it_off() {
        assertThat(read(Map.of()).domain().rememberBrowser()).isEqualTo(Duration.ofDays(30));
        assertThat(read(Map.of()).domain().remembersBrowsers()).isTrue();
        assertThat(read(Map.of("clientarea.remember.browser.days", "7")).domain().rememberBrowser())
                .isEqualTo(Duration.ofDays(7));
        assertThat(read(Map.of("clientarea.remember.browser.days", "0")).domain().remembersBrowsers()).isFalse();
        assertThatThrownBy(() -> read(Map.of("clientarea.remember.browser.days", "366")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clientarea.remember.browser.days");
        assertThatThrownBy(() -> read(Map.of("clientarea.remember.browser.days", "a month")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_security_key_relying_party_comes_from_the_customer_url_unless_set() {
        assertThat(read(Map.of()).domain().relyingParty())
                .isEqualTo(new RelyingParty("localhost", List.of("http://localhost:8080")));
        assertThat(read(Map.of("clientarea.customer.url", "https://clientarea.nordhost.se/")).domain().relyingParty())
                .isEqualTo(new RelyingParty("clientarea.nordhost.se", List.of("https://clientarea.nordhost.se")));
        assertThat(read(Map.of("clientarea.customer.url", "https://ca.nordhost.se/",
                "clientarea.webauthn.rp.id", "nordhost.se",
                "clientarea.webauthn.origins", "https://ca.nordhost.se, https://www.nordhost.se/")).domain()
                .relyingParty()).isEqualTo(new RelyingParty("nordhost.se",
                        List.of("https://ca.nordhost.se", "https://www.nordhost.se")));
        assertThat(read(Map.of("clientarea.customer.url", "http://10.0.0.5:8080/")).domain().relyingParty())
                .as("no keys on an IP address").isNull();
        assertThatThrownBy(() -> read(Map.of("clientarea.webauthn.rp.id", "127.0.0.1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clientarea.webauthn.rp.id");
        assertThatThrownBy(() -> read(Map.of("clientarea.webauthn.origins", "https://evil.example")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clientarea.webauthn.origins");
    }
}
