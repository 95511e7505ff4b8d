package org.newsdesk.identity.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.newsdesk.identity.Role;
import org.newsdesk.identity.UserAccount;
import org.newsdesk.identity.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The app_user and user_role tables. */
@Repository
public class UserRepository {

    private static final String SELECT = """
            select u.id, u.username, u.display_name, u.enabled, u.password_hash, u.locked_until,
                   array(select r.role from user_role r where r.user_id = u.id order by r.role) as roles
            from app_user u
            """;

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<UserAccount> findAll() {
        return jdbc.sql(SELECT + " order by u.username").query((rs, n) -> account(rs)).list();
    }

    public Optional<UserAccount> findById(UserId id) {
        return jdbc.sql(SELECT + " where u.id = ?").param(id.value()).query((rs, n) -> account(rs)).optional();
    }

    public Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql(SELECT + " where u.username = ?").param(username).query((rs, n) -> account(rs)).optional();
    }

    Optional<StoredLogin> findLogin(String username) {
        return jdbc.sql(SELECT + " where u.username = ?").param(username)
                .query((rs, n) -> new StoredLogin(account(rs), rs.getString("password_hash")))
                .optional();
    }

    public UserId insert(String username, String displayName, String passwordHash, Set<Role> roles) {
        long id = jdbc.sql("insert into app_user (username, display_name, password_hash) values (?, ?, ?) returning id")
                .params(username, displayName, passwordHash).query(Long.class).single();
        UserId userId = new UserId(id);
        replaceRoles(userId, roles);
        return userId;
    }

    public void replaceRoles(UserId id, Set<Role> roles) {
        jdbc.sql("delete from user_role where user_id = ?").param(id.value()).update();
        for (Role role : roles) {
            jdbc.sql("insert into user_role (user_id, role) values (?, ?)").params(id.value(), role.name()).update();
        }
    }

    public void setEnabled(UserId id, boolean enabled) {
        jdbc.sql("update app_user set enabled = ? where id = ?").params(enabled, id.value()).update();
    }

    public void setPassword(UserId id, String hash) {
        jdbc.sql("update app_user set password_hash = ?, failed_logins = 0, locked_until = null where id = ?")
                .params(hash, id.value()).update();
    }

    public long countEnabledAdmins() {
        return jdbc.sql("select count(*) from app_user u join user_role r on r.user_id = u.id where u.enabled and r.role = 'ADMIN'")
                .query(Long.class).single();
    }

    record StoredLogin(UserAccount account, String passwordHash) {}

    private static UserAccount account(ResultSet rs) throws SQLException {
        return new UserAccount(new UserId(rs.getLong("id")), rs.getString("username"), rs.getString("display_name"),
                rs.getBoolean("enabled"), roles(rs.getArray("roles")));
    }

    private static Set<Role> roles(Array array) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream((Object[]) array.getArray()).map(Object::toString).map(Role::valueOf).forEach(roles::add);
        return roles;
    }
}
