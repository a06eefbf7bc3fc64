package org.tomatic.auth;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;

/** Local accounts: username = person id; only active people with a password can log in. */
@Service
class LocalAccounts implements UserDetailsService {

    private final PersonRepository people;

    LocalAccounts(PersonRepository people) {
        this.people = people;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String id = username == null ? "" : username.trim().toLowerCase();
        Person person = people.findById(id).filter(Person::active)
            .orElseThrow(() -> new UsernameNotFoundException("No active person " + id));
        String hash = people.passwordHash(id)
            .orElseThrow(() -> new UsernameNotFoundException(id + " has no local password"));
        return User.withUsername(id).password(hash)
            .authorities(List.of(new SimpleGrantedAuthority(person.role().authority())))
            .build();
    }
}
