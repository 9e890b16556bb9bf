package io.partnerdesk.webhook.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Every ten seconds, on every instance, sends the webhook deliveries that are due (retries above all;
 * new ones usually went right after their change committed). Each delivery is claimed before it is
 * sent, so instances never send one twice.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookDispatchJob {

    @Inject
    WebhookDispatcher dispatcher;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false, info = "webhook-deliveries")
    void run() {
        dispatcher.sendDue();
    }
}
