package org.tomatic.pbx.extensions;

import java.util.regex.Pattern;

/** JDBC URLs fit for a message: a password in the URL itself is masked. */
final class JdbcUrls {

    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&;]password=)[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@]+:)[^/@]*@");

    private JdbcUrls() {
    }

    static String withoutPassword(String url) {
        String masked = PASSWORD_PARAMETER.matcher(url).replaceAll("$1***");
        return USER_INFO.matcher(masked).replaceAll("$1***@");
    }
}
