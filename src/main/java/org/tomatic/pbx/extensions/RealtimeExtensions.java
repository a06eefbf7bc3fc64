package org.tomatic.pbx.extensions;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import org.tomatic.auth.Passwords;
import org.tomatic.pbx.PbxProperties;

/**
 * The extensions as PJSIP endpoints in Asterisk's realtime database (MariaDB/MySQL or PostgreSQL),
 * three rows each, one transaction per call. It has its own connection from
 * {@code tomatic.pbx.asterisk.realtime-*}, never Tomatic's database. An existing extension keeps its
 * SIP password; a new one gets a random password, reported once in its {@link ExtensionChange}.
 */
final class RealtimeExtensions implements ExtensionDirectory {

    private final String where;
    private final PbxProperties.Extensions settings;
    private final RealtimeRows rows;
    private final TransactionTemplate transaction;

    RealtimeExtensions(DataSource dataSource, String url, PbxProperties.Extensions settings) {
        this.where = JdbcUrls.withoutPassword(url);
        this.settings = settings;
        this.rows = new RealtimeRows(JdbcClient.create(dataSource));
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /** A connection per call (writes are rare), not a pool: nothing to close, nothing held open. */
    static RealtimeExtensions connect(PbxProperties.Asterisk asterisk, PbxProperties.Extensions settings) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(asterisk.realtimeUrl());
        if (!asterisk.realtimeUsername().isBlank()) {
            dataSource.setUsername(asterisk.realtimeUsername());
            dataSource.setPassword(asterisk.realtimePassword());
        }
        return new RealtimeExtensions(dataSource, asterisk.realtimeUrl(), settings);
    }

    @Override
    public String describe() {
        return "realtime database " + where;
    }

    @Override
    public ExtensionRange range() {
        return ExtensionRange.of(settings);
    }

    @Override
    public List<Extension> list() {
        ExtensionRange range = range();
        return inTransaction(() -> rows.endpoints().stream()
            .filter(e -> range.contains(e.id()))
            .sorted((a, b) -> ExtensionRange.ORDER.compare(a.id(), b.id()))
            .map(RealtimeExtensions::extensionOf)
            .toList());
    }

    @Override
    public List<ExtensionChange> apply(List<Extension> puts, List<String> removals) {
        ExtensionRange range = range();
        List<Extension> checked = puts.stream().map(e -> {
            range.check(e.number());
            return e.checked();
        }).toList();
        removals.forEach(range::check);
        return inTransaction(() -> {
            List<ExtensionChange> changes = new ArrayList<>();
            checked.forEach(e -> changes.add(write(e)));
            for (String number : removals) {
                changes.add(delete(number).orElseThrow(
                    () -> new ExtensionException("no extension " + number + " in the " + describe())));
            }
            return changes;
        });
    }

    @Override
    public List<ExtensionChange> clear() {
        ExtensionRange range = range();
        return inTransaction(() -> rows.allIds().stream()
            .filter(range::contains)
            .sorted(ExtensionRange.ORDER)
            .map(id -> delete(id).orElseThrow())
            .toList());
    }

    private ExtensionChange write(Extension e) {
        String id = e.number();
        Optional<RealtimeRows.Endpoint> endpoint = rows.endpoint(id);
        Optional<RealtimeRows.Auth> auth = rows.auth(id);
        Optional<RealtimeRows.Aor> aor = rows.aor(id);
        RealtimeRows.Endpoint wanted = new RealtimeRows.Endpoint(id, settings.transport(), id, id, settings.context(),
            "all", settings.allow(), CallerId.format(e.name(), id), "no",
            EmailVariable.withEmail(endpoint.map(RealtimeRows.Endpoint::setVar).orElse(null), e.email()));
        Extension stored = extensionOf(wanted);

        List<String> differences = new ArrayList<>();
        endpoint.ifPresent(before -> differences.addAll(differences(before, wanted)));
        String keptPassword = auth.map(RealtimeRows.Auth::password).filter(p -> !p.isEmpty()).orElse(null);
        auth.ifPresentOrElse(a -> {
            differ(differences, "auth_type", a.authType(), "userpass");
            differ(differences, "username", a.username(), id);
            if (keptPassword == null) {
                differences.add("password: none -> new");
            }
        }, () -> differences.add("ps_auths row: missing -> written"));
        aor.ifPresentOrElse(a -> {
            differ(differences, "max_contacts", a.maxContacts() == null ? null : a.maxContacts().toString(), "1");
            differ(differences, "remove_existing", a.removeExisting(), "yes");
        }, () -> differences.add("ps_aors row: missing -> written"));

        if (endpoint.isPresent() && differences.isEmpty()) {
            return ExtensionChange.unchanged(stored);
        }
        String password = keptPassword != null ? keptPassword : Passwords.random();
        rows.putEndpoint(wanted, endpoint.isPresent());
        rows.putAuth(id, password, auth.isPresent());
        rows.putAor(id, aor.isPresent());
        String newPassword = keptPassword == null ? password : null;
        return endpoint.isEmpty()
            ? ExtensionChange.added(stored, newPassword)
            : ExtensionChange.updated(extensionOf(endpoint.get()), stored, differences, newPassword);
    }

    private Optional<ExtensionChange> delete(String id) {
        Optional<RealtimeRows.Endpoint> endpoint = rows.endpoint(id);
        if (rows.delete(id) == 0) {
            return Optional.empty();
        }
        return Optional.of(ExtensionChange.removed(endpoint.map(RealtimeExtensions::extensionOf)
            .orElse(new Extension(id, "(no ps_endpoints row)", null))));
    }

    private static List<String> differences(RealtimeRows.Endpoint before, RealtimeRows.Endpoint after) {
        List<String> differences = new ArrayList<>();
        String oldName = CallerId.nameOf(before.callerId());
        String newName = CallerId.nameOf(after.callerId());
        if (!oldName.equals(newName)) {
            differences.add("name: " + shown(oldName) + " -> " + newName);
        } else {
            differ(differences, "callerid", before.callerId(), after.callerId());
        }
        String oldEmail = EmailVariable.emailOf(before.setVar());
        String newEmail = EmailVariable.emailOf(after.setVar());
        if (!Objects.equals(oldEmail, newEmail)) {
            differences.add("email: " + shown(oldEmail) + " -> " + shown(newEmail));
        } else {
            differ(differences, "set_var", before.setVar(), after.setVar());
        }
        differ(differences, "transport", before.transport(), after.transport());
        differ(differences, "aors", before.aors(), after.aors());
        differ(differences, "auth", before.auth(), after.auth());
        differ(differences, "context", before.context(), after.context());
        differ(differences, "disallow", before.disallow(), after.disallow());
        differ(differences, "allow", before.allow(), after.allow());
        differ(differences, "direct_media", before.directMedia(), after.directMedia());
        return differences;
    }

    private static void differ(List<String> differences, String column, String before, String after) {
        if (!Objects.equals(before, after)) {
            differences.add(column + ": " + shown(before) + " -> " + shown(after));
        }
    }

    private static String shown(String value) {
        return value == null || value.isEmpty() ? "none" : value;
    }

    private static Extension extensionOf(RealtimeRows.Endpoint e) {
        return new Extension(e.id(), CallerId.nameOf(e.callerId()), EmailVariable.emailOf(e.setVar()));
    }

    private <T> T inTransaction(Supplier<T> work) {
        try {
            return transaction.execute(status -> work.get());
        } catch (CannotCreateTransactionException | CannotGetJdbcConnectionException e) {
            throw new ExtensionException("realtime database unreachable at " + where + ": " + rootMessage(e));
        } catch (DataAccessException e) {
            throw new ExtensionException("realtime database error at " + where + ": " + rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
