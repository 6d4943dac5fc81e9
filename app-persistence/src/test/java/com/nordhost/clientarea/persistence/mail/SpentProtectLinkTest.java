package com.nordhost.clientarea.persistence.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A sent notice's "This wasn't me" link is not kept working in the stored copy, like the other mailed links. */
class SpentProtectLinkTest {

    @Test
    void the_kept_copy_of_a_notice_holds_no_working_this_wasnt_me_link() {
        String token = "Zm9yIHRoZSBvd25lciBvbmx5LCBuZXZlciBrZXB0IGFm";
        String body = "Wasn't this you? Secure your account with this link (it works once, for 7 days):\n\n"
                + "https://client.example/this-wasnt-me?token=" + token + "\n\nThe page it opens changes nothing";

        assertThat(SpentLinks.removedFrom(body)).doesNotContain(token)
                .contains("this-wasnt-me?token=(removed once sent)", "The page it opens changes nothing");
    }
}
