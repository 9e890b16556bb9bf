package io.partnerdesk.ui.pages;

import io.partnerdesk.testsupport.Browser;

/** One service request to the vendor. */
public class ServiceRequestPage extends SupportPages {

    public ServiceRequestPage(Browser browser) {
        super(browser);
    }

    public String title() {
        return text("service-request-title");
    }

    public String status() {
        return text("service-request-status");
    }

    public String type() {
        return text("service-request-type");
    }
}
