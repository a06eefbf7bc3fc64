package org.tomatic.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.tomatic.IntegrationTest;

class FirstStartTests extends IntegrationTest {

    @Test
    void theInitialAdminPasswordIsWrittenAndWorks() throws Exception {
        Path file = Path.of("target/test-data/initial-admin-password");
        String password = Files.readString(file).trim();

        assertThat(password).hasSize(16);
        mvc.perform(formLogin().user("admin").password(password)).andExpect(authenticated().withRoles("ADMIN"));
        mvc.perform(formLogin().user("admin").password("wrong-password")).andExpect(unauthenticated());
    }
}
