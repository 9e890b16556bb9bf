package io.partnerdesk.subscription.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A product (offer) of the catalogue, and the online services it includes. */
@Entity
@Table(name = "product")
public class Product implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "id", length = 36)
    private UUID id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "product_service",
            joinColumns = @JoinColumn(name = "product_id"),
            inverseJoinColumns = @JoinColumn(name = "service_id"))
    @OrderBy("name")
    private List<OnlineService> services = new ArrayList<>();

    protected Product() {}

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public List<OnlineService> getServices() {
        return services;
    }
}
