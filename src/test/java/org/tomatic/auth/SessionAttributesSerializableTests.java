package org.tomatic.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * With sessions in the database (JdbcSessions) every session attribute is serialized: the logins of both
 * kinds, Tomatic's own marks (SessionRights' epoch and its "keep" marker) and the flash attributes (text).
 */
class SessionAttributesSerializableTests {

    @Test
    void everythingTomaticKeepsInASessionSurvivesSerialization() throws Exception {
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_COORDINATOR"));
        var form = UsernamePasswordAuthenticationToken.authenticated(
            User.withUsername("coord").password("{noop}x").authorities(authorities).build(), null, authorities);
        OidcIdToken idToken = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
            Map.of("sub", "subject", "email", "coord@example.coop"));
        var sso = new OAuth2AuthenticationToken(new PersonOidcUserService.PersonOidcUser("coord", authorities,
            new DefaultOidcUser(authorities, idToken)), authorities, "sso");
        Class<?> keep = Class.forName(SessionRights.class.getName() + "$Keep");
        Object keepMark = keep.getEnumConstants()[0];

        for (Object attribute : List.of(new SecurityContextImpl(form), new SecurityContextImpl(sso), 3, keepMark,
            new org.springframework.web.servlet.FlashMap())) {
            Object back = roundTrip(attribute);
            assertThat(back).as(attribute.getClass().getName()).isNotNull();
        }
        assertThat(((SecurityContextImpl) roundTrip(new SecurityContextImpl(sso))).getAuthentication().getName())
            .isEqualTo("coord");
        assertThat(roundTrip(keepMark)).isSameAs(keepMark);
    }

    private static Object roundTrip(Object value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
