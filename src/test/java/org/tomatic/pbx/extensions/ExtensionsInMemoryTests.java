package org.tomatic.pbx.extensions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tomatic.pbx.PbxProperties;

/** The simulated PBX's directory keeps the contract, and an Asterisk without realtime database says so. */
class ExtensionsInMemoryTests extends ExtensionDirectoryContract {

    MemoryExtensions memory;

    @Override
    ExtensionDirectory emptyDirectory() {
        memory = new MemoryExtensions(SETTINGS);
        return memory;
    }

    @Override
    ExtensionDirectory directory(PbxProperties.Extensions settings) {
        return new MemoryExtensions(settings);
    }

    @Override
    void seed(String number, String name, String email) {
        memory.seed(new Extension(number, name, email));
    }

    @Override
    int rowsOf(String number) {
        return memory.holds(number) ? 3 : 0;
    }

    @Override
    String passwordOf(String number) {
        return memory.passwordOf(number);
    }

    @Test
    void asteriskWithoutARealtimeDatabaseRefusesToPretend() {
        UnconfiguredExtensions none = new UnconfiguredExtensions();

        assertThatThrownBy(() -> none.put(new Extension("214", "Anna", null))).isInstanceOf(ExtensionException.class)
            .hasMessageContaining("no realtime database configured (tomatic.pbx.asterisk.realtime-url)");
        assertThatThrownBy(none::list).isInstanceOf(ExtensionException.class)
            .hasMessageContaining("tomatic.pbx.asterisk.realtime-url");
    }

    @Test
    void aPasswordInAJdbcUrlIsNeverShown() {
        assertThat(JdbcUrls.withoutPassword("jdbc:mariadb://pbx:3306/asterisk?user=ast&password=s3cret&ssl=true"))
            .isEqualTo("jdbc:mariadb://pbx:3306/asterisk?user=ast&password=***&ssl=true");
        assertThat(JdbcUrls.withoutPassword("jdbc:mysql://ast:s3cret@pbx/asterisk")).isEqualTo("jdbc:mysql://ast:***@pbx/asterisk");
        assertThat(JdbcUrls.withoutPassword("jdbc:postgresql://pbx/asterisk")).isEqualTo("jdbc:postgresql://pbx/asterisk");
    }

    @Test
    void theEmailSharesSetVarWithTheSitesOwnVariables() {
        assertThat(EmailVariable.withEmail("FOO=1;TOMATIC_EMAIL=old@x.coop;BAR=2", "new@x.coop"))
            .isEqualTo("FOO=1;TOMATIC_EMAIL=new@x.coop;BAR=2");
        assertThat(EmailVariable.withEmail("FOO=1", "a@x.coop")).isEqualTo("FOO=1;TOMATIC_EMAIL=a@x.coop");
        assertThat(EmailVariable.withEmail("TOMATIC_EMAIL=a@x.coop", null)).isNull();
        assertThat(EmailVariable.emailOf("FOO=1;TOMATIC_EMAIL=a@x.coop")).isEqualTo("a@x.coop");
        assertThat(EmailVariable.emailOf(null)).isNull();
    }
}
