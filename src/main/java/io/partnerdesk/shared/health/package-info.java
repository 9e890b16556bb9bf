/**
 * Health as MicroProfile Health reports it at {@code /health/ready} and {@code /health/live}:
 * readiness checks each dependency (the database, the directory, the schema's migrations) within a
 * short time limit, so that a balancer or an orchestrator stops sending people to an instance that
 * cannot serve them; liveness says the process itself still works and stays up through outages of
 * the dependencies (restarting it would not bring them back).
 */
package io.partnerdesk.shared.health;
