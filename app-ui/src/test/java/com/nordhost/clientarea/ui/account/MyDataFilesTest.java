package com.nordhost.clientarea.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nordhost.clientarea.domain.privacy.DataExport;
import com.nordhost.clientarea.domain.twofactor.AuthenticatorKind;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The two files from one {@link DataExport}: any text the customer typed survives JSON, absent values are null. */
class MyDataFilesTest {

    private static final String TRICKY = "Åsa \"Ö\" O'Brien\\n\n\t</script> ½ € 🙂";
    private static final Instant AT = Instant.parse("2026-12-07T10:15:30Z");

    private static DataExport export() {
        return new DataExport(AT,
                new DataExport.Details("C100001", TRICKY, "asa@example.com", null, "Storgatan 1", null, "Malmö", "SE",
                        "sv"),
                new DataExport.TwoFactor(true, AT),
                List.of(new DataExport.AuthenticatorEntry(AuthenticatorKind.AUTHENTICATOR_APP, TRICKY, AT, null),
                        new DataExport.AuthenticatorEntry(AuthenticatorKind.BACKUP_CODE, null, AT, AT)),
                List.of(new DataExport.BrowserEntry("Firefox on Linux", "203.0.113.7", AT, null, AT)),
                List.of(new DataExport.EventEntry(AT, "CUSTOMER_DEACTIVATED", null, null, com.nordhost.clientarea.domain.audit.EventActor.SUPPORT)),
                List.of(new DataExport.NoticeEntry("Your password was changed", AT)));
    }

    @Test
    void json_keeps_every_character_and_writes_absent_values_as_null() throws Exception {
        JsonNode json = new ObjectMapper().readTree(MyDataFiles.json(export()));

        assertThat(json.path("format").asText()).isEqualTo(MyDataFiles.FORMAT);
        assertThat(json.path("details").path("name").asText()).isEqualTo(TRICKY);
        assertThat(json.path("details").path("phone").isNull()).isTrue();
        assertThat(json.path("details").path("address").path("city").asText()).isEqualTo("Malmö");
        assertThat(json.path("twoFactor").path("since").asText()).isEqualTo("2026-12-07T10:15:30Z");
        assertThat(json.path("authenticators").get(0).path("name").asText()).isEqualTo(TRICKY);
        assertThat(json.path("authenticators").get(0).path("lastUsedAt").isNull()).isTrue();
        assertThat(json.path("authenticators").get(1).path("kind").asText()).isEqualTo("BACKUP_CODE");
        assertThat(json.path("rememberedBrowsers").get(0).path("ip").asText()).isEqualTo("203.0.113.7");
        assertThat(json.path("securityEvents").get(0).path("by").asText()).isEqualTo("support");
        assertThat(json.path("notices").get(0).path("subject").asText()).isEqualTo("Your password was changed");
    }

    @Test
    void text_uses_the_given_texts_and_the_zone() {
        String text = MyDataFiles.text(export(), (key, params) -> key + (params.length == 0 ? "" : List.of(params)),
                Locale.ENGLISH, ZoneId.of("Europe/Stockholm"));

        assertThat(text).contains("myData.file.customerNumber: C100001", "myData.file.phone: –",
                "Storgatan 1, Malmö, SE", "myData.file.language: Swedish", "myData.file.kind.BACKUP_CODE: ",
                "Customer account deactivated by support  support", "11:15:30");
    }
}
