package org.tomatic.auth;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.system.AuditLog;

/** Single sign-on: the provider's verified email picks the person; unknown emails are refused. */
@Service
class PersonOidcUserService extends OidcUserService {

    static final String UNKNOWN_PERSON = "unknown_person";
    static final String UNVERIFIED_EMAIL = "unverified_email";

    private final PersonRepository people;
    private final AuditLog audit;

    PersonOidcUserService(PersonRepository people, AuditLog audit) {
        this.people = people;
        this.audit = audit;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = super.loadUser(request);
        String email = user.getEmail();
        if (email == null || !Boolean.TRUE.equals(user.getEmailVerified())) {
            throw new OAuth2AuthenticationException(new OAuth2Error(UNVERIFIED_EMAIL,
                "The identity provider did not give a verified email", null));
        }
        Person person = people.findByEmail(email).filter(Person::active).orElseThrow(() -> {
            audit.record(email, "login", email, "refused", "no active person with this email");
            return new OAuth2AuthenticationException(new OAuth2Error(UNKNOWN_PERSON,
                "No active person in Tomatic has the email " + email, null));
        });
        return new PersonOidcUser(person.id(), List.of(new SimpleGrantedAuthority(person.role().authority())), user);
    }

    /** An OIDC user whose name is the person id, like a local account's username. */
    static final class PersonOidcUser extends DefaultOidcUser {
        private final String personId;

        PersonOidcUser(String personId, List<SimpleGrantedAuthority> authorities, OidcUser user) {
            super(authorities, user.getIdToken(), user.getUserInfo());
            this.personId = personId;
        }

        @Override
        public String getName() {
            return personId;
        }
    }
}
