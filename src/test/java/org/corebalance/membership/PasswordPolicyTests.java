package org.corebalance.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.corebalance.system.CoreBalanceProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

    private static final String EMAIL = "jamie.rivera@example.com";
    private static final String TOO_SHORT = "Use at least 12 characters.";
    private static final String TOO_LONG = "Use at most 128 characters.";
    private static final String COMMON = "That password is one of the most common ones; choose another.";

    private final PasswordPolicy policy = policyFor("Core Balance");

    @Test
    void twelveCharactersIsTheShortestAccepted() {
        assertThat(policy.problem("hip hinge 11", EMAIL)).isEmpty();
        assertThat(policy.problem("hip hinge 1", EMAIL)).contains(TOO_SHORT);
        assertThat(policy.problem("", EMAIL)).contains(TOO_SHORT);
        assertThat(policy.problem(null, EMAIL)).contains(TOO_SHORT);
    }

    @Test
    void oneHundredTwentyEightCodePointsIsTheLongestAccepted() {
        String longest = "stable core ".repeat(11).substring(0, 128);
        assertThat(policy.problem(longest, EMAIL)).isEmpty();
        assertThat(policy.problem(longest + "x", EMAIL)).contains(TOO_LONG);
    }

    @Test
    void anEmojiCountsAsOneCharacterNotTwo() {
        String lock = "\uD83D\uDD12";
        assertThat(lock.length()).isEqualTo(2);

        assertThat(policy.problem("pelvic tilt" + lock, EMAIL)).isEmpty();
        // 12 Java chars but 11 characters as a person counts them.
        assertThat(policy.problem("pelvic tit" + lock, EMAIL)).contains(TOO_SHORT);

        String keys = lock + "\uD83D\uDD11";
        assertThat(policy.problem(keys.repeat(64), EMAIL)).isEmpty();
        assertThat(policy.problem(keys.repeat(64) + lock, EMAIL)).contains(TOO_LONG);
    }

    @Test
    void spacesAreKeptNotTrimmed() {
        assertThat(policy.problem("elevenchars", EMAIL)).contains(TOO_SHORT);
        assertThat(policy.problem(" elevenchars", EMAIL)).isEmpty();
        assertThat(policy.problem("elevenchars ", EMAIL)).isEmpty();
        assertThat(policy.problem("quiet harbour lanterns", EMAIL)).isEmpty();
        assertThat(policy.problem("quiet harbour lanterns ", EMAIL)).isEmpty();
    }

    @Test
    void caseIsKeptNotFolded() {
        assertThat(policy.problem("aaaaaaaaaaaa", EMAIL)).isPresent();
        // Folded, this would be one repeated character and refused.
        assertThat(policy.problem("aaaaaaaaaaaA", EMAIL)).isEmpty();
        assertThat(policy.problem("Quiet Harbour Lanterns", EMAIL)).isEmpty();
        assertThat(policy.problem("quiet harbour lanterns", EMAIL)).isEmpty();
    }

    // The only entries of the list that are 12 characters or longer are words like these;
    // "password1234" and "qwertyuiop12" are not in it.
    @ParameterizedTest
    @ValueSource(strings = {"unbelievable", "Unbelievable", "SCANDINAVIAN", "contortionist"})
    void commonPasswordsAreRefusedWhateverTheirCase(String password) {
        assertThat(policy.problem(password, EMAIL)).contains(COMMON);
    }

    @Test
    void shortCommonPasswordsAreRefusedForTheirLengthFirst() {
        assertThat(policy.problem("qwertyuiop", EMAIL)).contains(TOO_SHORT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "            ", "111111111111111111", "\uD83D\uDD12\uD83D\uDD12\uD83D\uDD12\uD83D\uDD12\uD83D\uDD12\uD83D\uDD12\uD83D\uDD12\uD83D\uDD12\uD83D\uDD12\uD83D\uDD12\uD83D\uDD12\uD83D\uDD12"})
    void oneRepeatedCharacterIsRefused(String password) {
        assertThat(policy.problem(password, EMAIL)).contains("That password is one character repeated; choose another.");
    }

    @Test
    void theEmailLocalPartIsRefusedInAnyCase() {
        String message = "That password contains the first part of your e-mail address; choose another.";
        assertThat(policy.problem("jamie.rivera2026", EMAIL)).contains(message);
        assertThat(policy.problem("I am Jamie.Rivera!", EMAIL)).contains(message);
        assertThat(policy.problem("I am Jamie Rivera!", EMAIL)).isEmpty();
    }

    @Test
    void aLocalPartShorterThanFourCharactersIsNotChecked() {
        assertThat(policy.problem("jo walks the dog daily", "jo@example.com")).isEmpty();
        assertThat(policy.problem("joan walks the dog daily", "joan@example.com")).isPresent();
    }

    @Test
    void thePracticeNameIsRefusedWithOrWithoutItsSpaces() {
        String message = "That password contains the practice's name; choose another.";
        assertThat(policy.problem("my core balance plan", EMAIL)).contains(message);
        assertThat(policy.problem("CoreBalance2026!", EMAIL)).contains(message);
        assertThat(policy.problem("core strength and balance", EMAIL)).isEmpty();
    }

    @Test
    void aPracticeNameShorterThanFourCharactersIsNotChecked() {
        assertThat(policyFor("Zen").problem("zen garden at dusk", EMAIL)).isEmpty();
        assertThat(policyFor("Zeno").problem("zeno garden at dusk", EMAIL)).isPresent();
    }

    @Test
    void aLongPassphraseIsAccepted() {
        assertThat(policy.problem("the ribs stack over the pelvis when I breathe low", EMAIL)).isEmpty();
        assertThat(policy.problem("Ölfass • Wandern im Schnee, 2026", EMAIL)).isEmpty();
    }

    private static PasswordPolicy policyFor(String practiceName) {
        return new PasswordPolicy(new CoreBalanceProperties("http://localhost:8080",
                new CoreBalanceProperties.Practice(practiceName, "Stability first", "San Clemente, California",
                        "hello@corebalance.example", ZoneId.of("America/Los_Angeles")),
                new CoreBalanceProperties.Demo(true), true,
                new CoreBalanceProperties.Jobs(java.time.Duration.ofSeconds(5)), java.util.List.of()));
    }

    @Test
    void aCommonWordPaddedWithDigitsOrSymbolsIsStillCommon() {
        var policy = policyFor("Core Balance");
        assertThat(policy.problem("password1234", EMAIL)).contains("That password is one of the most common ones; choose another.");
        assertThat(policy.problem("!!qwerty2026!", EMAIL)).isPresent();
        assertThat(policy.problem("password1234horse", EMAIL)).isEmpty();
    }
}
