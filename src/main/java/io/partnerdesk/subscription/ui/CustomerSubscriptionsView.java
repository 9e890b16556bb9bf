package io.partnerdesk.subscription.ui;

import io.partnerdesk.customer.ui.CustomerDetailView;
import io.partnerdesk.partner.domain.Partner;
import io.partnerdesk.shared.security.CurrentUser;
import io.partnerdesk.shared.web.Access;
import io.partnerdesk.shared.web.Messages;
import io.partnerdesk.subscription.application.SubscriptionService;
import io.partnerdesk.subscription.domain.Product;
import io.partnerdesk.subscription.domain.Subscription;
import io.partnerdesk.subscription.domain.SubscriptionStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/** The subscriptions tab of the customer page: list, add, suspend or reactivate, change quantity. */
@Named
@ViewScoped
public class CustomerSubscriptionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    CustomerDetailView page;

    @Inject
    CurrentUser currentUser;

    @Inject
    Access access;

    private List<Subscription> rows;
    private List<Product> products;
    private List<Partner> resellers;

    @NotNull
    private UUID productId;

    @NotNull
    @Min(1)
    @Max(Subscription.MAX_QUANTITY)
    private Integer quantity = 1;

    private UUID resellerId;

    private Subscription editing;

    @NotNull
    @Min(1)
    @Max(Subscription.MAX_QUANTITY)
    private Integer newQuantity;

    public List<Subscription> getRows() {
        if (rows == null) {
            rows = subscriptions.ofCustomer(page.getId());
        }
        return rows;
    }

    /** Whether the caller's organisation provides this subscription (and so may change it). */
    public boolean isProvidedByMe(Subscription subscription) {
        return currentUser
                .partnerId()
                .map(subscription.getProvider().getId()::equals)
                .orElse(false);
    }

    /** The largest quantity of a subscription. */
    public int getMaxQuantity() {
        return Subscription.MAX_QUANTITY;
    }

    public boolean isMaySell() {
        return access.isMaySellSubscriptions();
    }

    /** Whether the caller may add a subscription here: a seller of an organisation that provides them. */
    public boolean isMayAdd() {
        return isMaySell() && page.getRelationship().getPartner().getKind().addsSubscriptions();
    }

    public void prepareAdd() {
        productId = null;
        quantity = 1;
        resellerId = null;
    }

    public void add() {
        Subscription created = subscriptions.add(
                page.getId(), new SubscriptionService.NewSubscription(productId, quantity, resellerId));
        rows = null;
        Messages.info(null, "subscriptions.added", created.getProduct().getName());
    }

    public void suspend(Subscription subscription) {
        changeStatus(subscription, SubscriptionStatus.SUSPENDED, "subscriptions.suspended");
    }

    public void reactivate(Subscription subscription) {
        changeStatus(subscription, SubscriptionStatus.ACTIVE, "subscriptions.reactivated");
    }

    private void changeStatus(Subscription subscription, SubscriptionStatus status, String message) {
        subscriptions.change(
                page.getId(),
                subscription.getId(),
                new SubscriptionService.Change(status, null, subscription.getVersion()));
        rows = null;
        Messages.info(null, message, subscription.getProduct().getName());
    }

    public void edit(Subscription subscription) {
        editing = subscription;
        newQuantity = subscription.getQuantity();
    }

    public void saveQuantity() {
        subscriptions.change(
                page.getId(), editing.getId(), new SubscriptionService.Change(null, newQuantity, editing.getVersion()));
        rows = null;
        Messages.info(
                null, "subscriptions.quantityChanged", editing.getProduct().getName(), newQuantity);
    }

    public List<Product> getProducts() {
        if (products == null) {
            products = subscriptions.products();
        }
        return products;
    }

    public List<Partner> getResellers() {
        if (resellers == null) {
            resellers = subscriptions.resellerChoices();
        }
        return resellers;
    }

    public UUID getProductId() {
        return productId;
    }

    public void setProductId(UUID productId) {
        this.productId = productId;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public UUID getResellerId() {
        return resellerId;
    }

    public void setResellerId(UUID resellerId) {
        this.resellerId = resellerId;
    }

    public Subscription getEditing() {
        return editing;
    }

    public Integer getNewQuantity() {
        return newQuantity;
    }

    public void setNewQuantity(Integer newQuantity) {
        this.newQuantity = newQuantity;
    }
}
