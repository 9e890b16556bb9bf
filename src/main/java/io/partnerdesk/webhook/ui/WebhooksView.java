package io.partnerdesk.webhook.ui;

import io.partnerdesk.shared.events.OrganisationEvent;
import io.partnerdesk.shared.web.Messages;
import io.partnerdesk.shared.web.RequiredChoice;
import io.partnerdesk.webhook.application.WebhookService;
import io.partnerdesk.webhook.domain.Webhook;
import io.partnerdesk.webhook.domain.WebhookDelivery;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The organisation's webhooks ({@code /webhooks/list.xhtml}), for its global admin: register one (its
 * secret shown once, right after), delete one after confirming, and page through one's deliveries.
 */
@Named
@ViewScoped
public class WebhooksView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The address field, where a refused address's reason is shown. */
    static final String URL_FIELD = "webhook-form:webhook-url";

    @Inject
    WebhookService webhooks;

    private String url;
    private List<String> events = new ArrayList<>();
    /** The secret of the webhook just registered, shown until the page is left. */
    private String newSecret;

    private String newUrl;
    private UUID selectedId;
    private String selectedUrl;
    /** Transient: read again whenever the page renders. */
    private transient List<Webhook> list;

    private transient Deliveries deliveries;

    /** One database page of the selected webhook's deliveries per table page. */
    public class Deliveries extends LazyDataModel<WebhookDelivery> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return selectedId == null ? 0 : (int) webhooks.countDeliveries(selectedId);
        }

        @Override
        public List<WebhookDelivery> load(
                int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            if (selectedId == null) {
                return List.of();
            }
            return webhooks.deliveryRows(selectedId, first, size);
        }

        @Override
        public String getRowKey(WebhookDelivery row) {
            return row.getId().toString();
        }
    }

    /** Registers the webhook typed; a refused address's reason goes next to the field. */
    public void register() {
        Messages.refusalsGoTo(URL_FIELD);
        WebhookService.Registered registered = webhooks.register(
                url, events.stream().map(OrganisationEvent.Kind::valueOf).toList());
        newSecret = registered.secret();
        newUrl = registered.webhook().getUrl();
        url = null;
        events = new ArrayList<>();
        list = null;
        Messages.info(null, "webhooks.registered", newUrl);
    }

    /** At least one event must be chosen. */
    public void requireEvent(FacesContext context, UIComponent component, Object value) {
        RequiredChoice.require(value, "webhooks.events.required");
    }

    /** Deletes a webhook (after the page asked for confirmation). */
    public void delete(Webhook webhook) {
        webhooks.delete(webhook.getId());
        if (webhook.getId().equals(selectedId)) {
            selectedId = null;
            selectedUrl = null;
        }
        list = null;
        Messages.info(null, "webhooks.deleted", webhook.getUrl());
    }

    /** Shows a webhook's deliveries below the list. */
    public void show(Webhook webhook) {
        selectedId = webhook.getId();
        selectedUrl = webhook.getUrl();
    }

    /** Hides the secret once its owner has copied it. */
    public void secretCopied() {
        newSecret = null;
        newUrl = null;
    }

    public List<Webhook> getList() {
        if (list == null) {
            list = webhooks.list();
        }
        return list;
    }

    public LazyDataModel<WebhookDelivery> getDeliveries() {
        if (deliveries == null) {
            deliveries = new Deliveries();
        }
        return deliveries;
    }

    /** Every event a webhook can receive, in the API's order. */
    public List<String> getAllEvents() {
        return Arrays.stream(OrganisationEvent.Kind.values()).map(Enum::name).toList();
    }

    public int getMaxUrlLength() {
        return Webhook.MAX_URL_LENGTH;
    }

    /** "An organisation can have up to 10 webhooks", in the reader's language. */
    public String getLimitText() {
        return Messages.text("webhooks.limit", WebhookService.MAX_PER_ORGANISATION);
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public List<String> getEvents() {
        return events;
    }

    public void setEvents(List<String> events) {
        this.events = events == null ? new ArrayList<>() : new ArrayList<>(events);
    }

    public String getNewSecret() {
        return newSecret;
    }

    public String getNewUrl() {
        return newUrl;
    }

    public UUID getSelectedId() {
        return selectedId;
    }

    public String getSelectedUrl() {
        return selectedUrl;
    }
}
