package org.tomatic.calls;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.tomatic.system.ConflictException;
import org.tomatic.system.Utc;

/** The calls each agent received, and their typification. */
@Repository
public class CallLog {

    private final JdbcClient jdbc;

    public CallLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new call; returns it with its id. */
    public PhoneCall insert(PhoneCall c, String phoneNormalised) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO phone_call (received_at, phone, phone_normalised, person_id, extension, queue_name, call_ref,
                  source, answered, customer_id, customer_name, contract_number, comments, typified_at, typified_by)
                VALUES (:at, :phone, :norm, :person, :ext, :queue, :ref, :source, :answered, :customerId, :customerName,
                  :contract, :comments, :typifiedAt, :typifiedBy)""")
            .param("at", Utc.db(c.receivedAt())).param("phone", c.phone()).param("norm", phoneNormalised)
            .param("person", c.personId()).param("ext", c.extension()).param("queue", c.queueName())
            .param("ref", c.callRef()).param("source", c.source().name()).param("answered", c.answered())
            .param("customerId", c.customerId()).param("customerName", c.customerName())
            .param("contract", c.contractNumber()).param("comments", c.comments())
            .param("typifiedAt", Utc.db(c.typifiedAt())).param("typifiedBy", c.typifiedBy())
            .update(key, "id");
        long id = key.getKey().longValue();
        setCategories(id, c.categories());
        return find(id).orElseThrow();
    }

    public Optional<PhoneCall> find(long id) {
        return list("WHERE c.id = :id", Map.of("id", id), 1).stream().findFirst();
    }

    public Optional<PhoneCall> findByRef(String callRef, String personId) {
        return list("WHERE c.call_ref = :ref AND c.person_id = :person", Map.of("ref", callRef, "person", personId), 1)
            .stream().findFirst();
    }

    /** A person's calls, newest first. */
    public List<PhoneCall> ofPerson(String personId, int limit) {
        return list("WHERE c.person_id = :person", Map.of("person", personId), limit);
    }

    /** Every call received from {@code from} (inclusive) to {@code to} (exclusive), newest first. */
    public List<PhoneCall> between(Instant from, Instant to) {
        return list("WHERE c.received_at >= :from AND c.received_at < :to",
            Map.of("from", Utc.db(from), "to", Utc.db(to)), 100_000);
    }

    public void markAnswered(String callRef, String personId) {
        jdbc.sql("UPDATE phone_call SET answered = TRUE WHERE call_ref = :ref AND person_id = :person")
            .param("ref", callRef).param("person", personId).update();
    }

    /**
     * Sets what a call was about, if nobody changed it since {@code version} was read; empty
     * categories clear the typification.
     */
    @Transactional
    public void typify(long id, int version, List<String> categories, String customerId, String customerName,
                       String contractNumber, String comments, String by, Instant at) {
        boolean clear = categories.isEmpty();
        int updated = jdbc.sql("""
                UPDATE phone_call SET customer_id = :customerId, customer_name = :customerName,
                  contract_number = :contract, comments = :comments, typified_at = :at, typified_by = :by,
                  version = version + 1
                WHERE id = :id AND version = :version""")
            .param("customerId", clear ? null : customerId).param("customerName", clear ? null : customerName)
            .param("contract", clear ? null : contractNumber).param("comments", clear ? null : comments)
            .param("at", clear ? null : Utc.db(at)).param("by", clear ? null : by)
            .param("id", id).param("version", version).update();
        if (updated == 0) {
            throw new ConflictException("This call was changed meanwhile (in another tab?); reload it and try again.");
        }
        setCategories(id, categories);
    }

    private void setCategories(long id, List<String> categories) {
        jdbc.sql("DELETE FROM phone_call_category WHERE call_id = :id").param("id", id).update();
        for (String code : new java.util.LinkedHashSet<>(categories)) {
            jdbc.sql("INSERT INTO phone_call_category (call_id, category_code) VALUES (:id, :code)")
                .param("id", id).param("code", code).update();
        }
    }

    private List<PhoneCall> list(String where, Map<String, Object> params, int limit) {
        Map<Long, PhoneCall> calls = new LinkedHashMap<>();
        jdbc.sql("SELECT c.* FROM phone_call c " + where + " ORDER BY c.received_at DESC, c.id DESC FETCH FIRST "
                + limit + " ROWS ONLY")
            .params(params).query((ResultSet rs) -> {
                PhoneCall c = row(rs);
                calls.put(c.id(), c);
            });
        if (calls.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> categories = new HashMap<>();
        jdbc.sql("SELECT call_id, category_code FROM phone_call_category WHERE call_id IN (:ids) ORDER BY category_code")
            .param("ids", new ArrayList<>(calls.keySet()))
            .query((ResultSet rs) -> {
                categories.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            });
        List<PhoneCall> result = new ArrayList<>();
        for (PhoneCall c : calls.values()) {
            result.add(new PhoneCall(c.id(), c.receivedAt(), c.phone(), c.personId(), c.extension(), c.queueName(),
                c.callRef(), c.source(), c.answered(), c.customerId(), c.customerName(), c.contractNumber(),
                c.comments(), categories.getOrDefault(c.id(), List.of()), c.typifiedAt(), c.typifiedBy(), c.version()));
        }
        return result;
    }

    private static PhoneCall row(ResultSet rs) throws SQLException {
        return new PhoneCall(rs.getLong("id"), Utc.read(rs, "received_at"), rs.getString("phone"),
            rs.getString("person_id"), rs.getString("extension"), rs.getString("queue_name"), rs.getString("call_ref"),
            PhoneCall.Source.valueOf(rs.getString("source")), rs.getBoolean("answered"), rs.getString("customer_id"),
            rs.getString("customer_name"), rs.getString("contract_number"), rs.getString("comments"), List.of(),
            Utc.read(rs, "typified_at"), rs.getString("typified_by"), rs.getInt("version"));
    }
}
