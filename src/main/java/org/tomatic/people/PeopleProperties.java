package org.tomatic.people;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tomatic.people.*}: the limits the person editor holds typed values to. Values imported from the old tool
 * outside them are kept as they are until someone changes them (docs/legacy-import.md).
 *
 * @param maxIdealLoad       the highest ideal weekly load (turns) the editor takes
 * @param extensionMinDigits the fewest digits of an extension: set both to your PBX range's (4 and 4 for 1000–1999)
 * @param extensionMaxDigits the most digits of an extension
 */
@ConfigurationProperties("tomatic.people")
public record PeopleProperties(
    @DefaultValue("10") int maxIdealLoad,
    @DefaultValue("2") int extensionMinDigits,
    @DefaultValue("10") int extensionMaxDigits) {

    public PeopleProperties {
        if (maxIdealLoad < 0 || maxIdealLoad > PersonRules.MAX_IDEAL_LOAD || extensionMinDigits < 1
            || extensionMaxDigits < extensionMinDigits || extensionMaxDigits > 10) {
            throw new IllegalArgumentException("tomatic.people: max-ideal-load from 0 to " + PersonRules.MAX_IDEAL_LOAD
                + ", 1 ≤ extension-min-digits ≤ extension-max-digits ≤ 10");
        }
    }
}
