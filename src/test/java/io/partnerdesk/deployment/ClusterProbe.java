package io.partnerdesk.deployment;

import io.partnerdesk.partner.domain.ContactMethod;
import io.partnerdesk.partner.domain.Partner;
import io.partnerdesk.shared.scheduling.JobLock;
import io.partnerdesk.subscription.domain.Subscription;
import io.partnerdesk.support.domain.Severity;
import io.partnerdesk.support.domain.SupportRequest;
import io.partnerdesk.testsupport.Demo;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Added to the WAR only for the cluster test: a way to change data through one instance's
 * persistence unit, a timer that fires on every instance and runs its job only under the job
 * lock, the lock itself, and a support request opened for a test, each reachable over HTTP ({@code /api/v1/cluster-probe}).
 */
@Path("cluster-probe")
@Stateless
@RolesAllowed("GLOBAL_ADMIN")
@Produces(MediaType.TEXT_PLAIN)
public class ClusterProbe {

    static final String TICK_JOB = "cluster-probe-tick";
    static final Duration TICK_PERIOD = Duration.ofSeconds(2);

    @PersistenceContext
    EntityManager em;

    @Inject
    JobLock jobLock;

    @Inject
    Ticker ticker;

    @PUT
    @Path("partners/{id}/name")
    public String rename(@PathParam("id") UUID id, String name) {
        return Integer.toString(em.createQuery("UPDATE Partner p SET p.name = :name WHERE p.id = :id")
                .setParameter("name", name)
                .setParameter("id", id)
                .executeUpdate());
    }

    /**
     * A support request from Tailspin Toys about its Business Standard subscription, in Contoso's
     * queue, as a customer admin opens it (the company directory holds no customer admin).
     */
    @POST
    @Path("supportrequests")
    public String openSupportRequest(String title) {
        Subscription subscription = em.find(Subscription.class, Demo.TAILSPIN_BUSINESS_STANDARD);
        Instant now = Instant.now();
        SupportRequest request = new SupportRequest(
                subscription,
                em.find(Partner.class, Demo.CONTOSO),
                title,
                "Opened for the cluster test.",
                Severity.C,
                ContactMethod.EMAIL,
                "cluster-probe",
                now,
                now.plus(Duration.ofHours(8)));
        em.persist(request);
        return request.getId().toString();
    }

    @GET
    @Path("leases/{job}")
    public String lease(@PathParam("job") String job) {
        return Boolean.toString(jobLock.tryAcquire(job, Duration.ofMinutes(5)));
    }

    /** How often this instance's timer fired and how often it got the lease and ran the job. */
    @GET
    @Path("ticks")
    public String ticks() {
        return ticker.fired() + " " + ticker.ran();
    }

    /** A scheduled job as the portal's will be: the timer fires everywhere, the lease picks one. */
    @Singleton
    @Startup
    public static class Ticker {

        private final AtomicInteger fired = new AtomicInteger();
        private final AtomicInteger ran = new AtomicInteger();

        @Inject
        JobLock jobLock;

        @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
        void tick() {
            fired.incrementAndGet();
            if (jobLock.tryAcquire(TICK_JOB, TICK_PERIOD)) {
                ran.incrementAndGet();
            }
        }

        public int fired() {
            return fired.get();
        }

        public int ran() {
            return ran.get();
        }
    }
}
