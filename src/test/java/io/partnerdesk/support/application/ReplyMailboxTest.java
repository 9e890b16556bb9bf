package io.partnerdesk.support.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A reply address names the mailbox and a request's token; nothing else is taken for one. */
class ReplyMailboxTest {

    private static ReplyMailbox mailbox(String host, String address) {
        ReplyMailbox mailbox = new ReplyMailbox();
        mailbox.host = Optional.ofNullable(host);
        mailbox.address = Optional.ofNullable(address);
        mailbox.username = Optional.empty();
        mailbox.password = Optional.empty();
        return mailbox;
    }

    @Test
    void theTokenIsReadFromTheMailboxsOwnPlusAddressOnly() {
        ReplyMailbox mailbox = mailbox("imap.partner.example", "Support@Partner.example");
        String token = "abcdefghijklmnopqrstuvwxyz";
        assertThat(mailbox.tokenIn("support+" + token + "@partner.example")).contains(token);
        assertThat(mailbox.tokenIn(" SUPPORT+" + token.toUpperCase() + "@PARTNER.EXAMPLE "))
                .contains(token);
        assertThat(mailbox.tokenIn("support@partner.example")).isEmpty();
        assertThat(mailbox.tokenIn("sales+" + token + "@partner.example")).isEmpty();
        assertThat(mailbox.tokenIn("support+" + token + "@partner.example.evil"))
                .isEmpty();
        assertThat(mailbox.tokenIn("support+" + token + "x@partner.example"))
                .as("too long")
                .isEmpty();
        assertThat(mailbox.tokenIn("support+abcdefghijklmnopqrstuvwxy1@partner.example"))
                .as("not of the token's alphabet")
                .isEmpty();
    }

    @Test
    void repliesAreOffWithoutAHostOrAnAddress() {
        assertThat(mailbox(null, "support@partner.example").isEnabled()).isFalse();
        assertThat(mailbox("imap.partner.example", null).isEnabled()).isFalse();
        assertThat(mailbox("imap.partner.example", "no-at-sign").isEnabled()).isFalse();
        assertThat(mailbox(null, null).tokenIn("support+abcdefghijklmnopqrstuvwxyz@x"))
                .isEmpty();
    }
}
