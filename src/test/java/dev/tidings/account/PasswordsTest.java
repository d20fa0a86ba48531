package dev.tidings.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordsTest {

    @Test
    void productionHashesAreArgon2idAtTheOwaspBaselineAndVerify() {
        String hash = Passwords.hash("a long enough secret", Passwords.PRODUCTION);
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(Passwords.matches("a long enough secret", hash)).isTrue();
        assertThat(Passwords.matches("a long enough secreT", hash)).isFalse();
    }

    @Test
    void twoHashesOfOnePasswordDifferBySalt() {
        assertThat(Passwords.hash("a long enough secret")).isNotEqualTo(Passwords.hash("a long enough secret"));
    }

    @Test
    void damagedOrForeignHashesOpenNothing() {
        assertThat(Passwords.matches("x", null)).isFalse();
        assertThat(Passwords.matches("x", "$argon2id$v=19$garbage")).isFalse();
        assertThat(Passwords.matches("x", "$2a$12$abcdefghijklmnopqrstuv")).isFalse();
        assertThat(Passwords.matches("x", "x")).isFalse();
    }

    @Test
    void weakPasswordsAreRefusedWithAReason() {
        assertThat(Passwords.problem("short", null)).contains("at least 10");
        assertThat(Passwords.problem("me@example.org", "me@example.org")).contains("email");
        assertThat(Passwords.problem("x".repeat(300), null)).contains("at most");
        assertThat(Passwords.problem("a long enough secret", "me@example.org")).isNull();
    }
}
