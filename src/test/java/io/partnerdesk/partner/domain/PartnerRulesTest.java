package io.partnerdesk.partner.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartnerRulesTest {

    @Test
    void providersAndDirectPartnersAddSubscriptionsResellersDoNot() {
        assertThat(PartnerKind.INDIRECT_PROVIDER.addsSubscriptions()).isTrue();
        assertThat(PartnerKind.DIRECT.addsSubscriptions()).isTrue();
        assertThat(PartnerKind.INDIRECT_RESELLER.addsSubscriptions()).isFalse();
    }

    @Test
    void aWindowOpensAtAnHourAndMinuteAndMayCloseAtTheEndOfTheDay() {
        assertThat("09:00").matches(ServiceHours.OPENS_PATTERN);
        assertThat("24:00").doesNotMatch(ServiceHours.OPENS_PATTERN);
        assertThat("24:00").matches(ServiceHours.CLOSES_PATTERN);
        assertThat("18:30").matches(ServiceHours.CLOSES_PATTERN);
        assertThat("9:00").doesNotMatch(ServiceHours.CLOSES_PATTERN);
    }

    @Test
    void anOfferingsContactFieldsFollowOneRule() {
        assertThat("").matches(SupportOffering.EMAIL_PATTERN);
        assertThat("support@example.com").matches(SupportOffering.EMAIL_PATTERN);
        assertThat("support").doesNotMatch(SupportOffering.EMAIL_PATTERN);
        assertThat("+90 212 555 0100").matches(SupportOffering.TELEPHONE_PATTERN);
        assertThat("call us").doesNotMatch(SupportOffering.TELEPHONE_PATTERN);
        assertThat("https://support.example.com/help").matches(SupportOffering.WEBSITE_PATTERN);
        assertThat("javascript:alert(1)").doesNotMatch(SupportOffering.WEBSITE_PATTERN);
        assertThat("12345").matches(Partner.MPN_ID_PATTERN);
        assertThat("123").doesNotMatch(Partner.MPN_ID_PATTERN);
    }
}
