package io.partnerdesk.support.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Attachments and their bytes. The bytes go to the database in chunks of {@value #CHUNK_BYTES}
 * bytes, written and read one at a time on the transaction's own connection, so that at most one
 * chunk of a file is in memory whatever its size. Callers run in a transaction.
 */
@ApplicationScoped
public class AttachmentRepository {

    static final int CHUNK_BYTES = 256 * 1024;

    @PersistenceContext
    EntityManager em;

    /** Stored more bytes than allowed: nothing of the file is kept once the transaction rolls back. */
    public static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;
    }

    /** The attachments of these requests, oldest first (one statement). */
    public List<Attachment> of(Collection<UUID> requestIds) {
        return em.createQuery(
                        "SELECT a FROM Attachment a WHERE a.requestId IN :ids ORDER BY a.uploadedAt, a.id",
                        Attachment.class)
                .setParameter("ids", requestIds)
                .getResultList();
    }

    public Optional<Attachment> find(UUID id) {
        return Optional.ofNullable(em.find(Attachment.class, id));
    }

    /** How many bytes the request's attachments hold together. */
    public long bytesOf(UUID requestId) {
        Long sum = em.createQuery("SELECT SUM(a.size) FROM Attachment a WHERE a.requestId = :id", Long.class)
                .setParameter("id", requestId)
                .getSingleResult();
        return sum == null ? 0 : sum;
    }

    /**
     * Holds the request until the transaction ends, so that two uploads to it at once cannot both
     * fit in the room that only one of them has.
     */
    public void lockRequest(SupportRequest request) {
        em.lock(request, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Stores the attachment and its bytes, read from {@code content} to its end; more than {@code
     * maxBytes} of them is {@link TooLarge} (the caller rolls back, so nothing is left behind).
     */
    public void add(Attachment attachment, InputStream content, long maxBytes) throws IOException, TooLarge {
        em.persist(attachment);
        em.flush();
        MessageDigest digest = sha256();
        long total = 0;
        byte[] chunk = new byte[CHUNK_BYTES];
        try (PreparedStatement insert = connection()
                .prepareStatement(
                        "INSERT INTO support_attachment_chunk (attachment_id, seq, bytes) VALUES (?, ?, ?)")) {
            int seq = 0;
            int n;
            while ((n = content.readNBytes(chunk, 0, chunk.length)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw new TooLarge();
                }
                digest.update(chunk, 0, n);
                insert.setString(1, attachment.getId().toString());
                insert.setInt(2, seq++);
                insert.setBytes(3, n == chunk.length ? chunk : java.util.Arrays.copyOf(chunk, n));
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the bytes of attachment " + attachment.getId(), e);
        }
        attachment.stored(total, HexFormat.of().formatHex(digest.digest()));
    }

    /** Writes the attachment's bytes, chunk by chunk, in the order they were stored. */
    public void copy(UUID attachmentId, OutputStream out) throws IOException {
        try (PreparedStatement select = connection()
                .prepareStatement("SELECT bytes FROM support_attachment_chunk WHERE attachment_id = ? ORDER BY seq")) {
            // Fetched a row at a time (PostgreSQL then reads through a cursor rather than all rows at once).
            select.setFetchSize(1);
            select.setString(1, attachmentId.toString());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    out.write(rows.getBytes(1));
                }
            }
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("Could not read attachment " + attachmentId, e));
        }
    }

    /** The connection of the current transaction, the one the persistence context writes through. */
    private Connection connection() {
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("Attachments are stored and read in a transaction");
        }
        return connection;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
