package com.nordhost.clientarea.domain.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Argon2idFunctionTest {

    private final JavaArgon2id java = new JavaArgon2id();

    @Test
    void the_java_implementation_gives_the_reference_libraries_known_answer() {
        // Computed by the reference implementation's command line tool (Debian's argon2):
        // echo -n password | argon2 somesaltsomesalt -id -t 2 -k 64 -p 1 -l 32 -r
        byte[] hash = java.compute("password".getBytes(StandardCharsets.US_ASCII),
                "somesaltsomesalt".getBytes(StandardCharsets.US_ASCII), new PasswordHashParameters(64, 2, 1), 32);
        assertThat(HexFormat.of().formatHex(hash)).isEqualTo(REFERENCE_64K_T2_P1);
    }

    @Test
    void on_linux_x86_64_the_native_library_is_chosen() {
        boolean linuxX64 = System.getProperty("os.name").equals("Linux")
                && System.getProperty("os.arch").matches("amd64|x86_64");
        if (linuxX64) {
            assertThat(Argon2idFunction.fastestAvailable()).isInstanceOf(NativeArgon2id.class);
        }
    }

    @Test
    void native_and_java_give_the_same_bytes_for_any_password_salt_cost_and_length() {
        Argon2idFunction nativeFunction = NativeArgon2id.loadCheckedAgainst(java).orElse(null);
        if (nativeFunction == null) {
            return; // no native library on this platform; production then uses Java, which the test above pins
        }
        String[] passwords = {"", "demo-password-1", "Å Ä Ö å ä ö ¤ ½ § £ € ¨ ; < > & @", "🔑 пароль 密码"};
        PasswordHashParameters[] costs = {new PasswordHashParameters(8, 1, 1), new PasswordHashParameters(256, 3, 1),
                new PasswordHashParameters(1024, 2, 2), new PasswordHashParameters(7168, 5, 1)};
        byte[] salt = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        for (String password : passwords) {
            for (PasswordHashParameters cost : costs) {
                for (int length : new int[] {16, 32, 64}) {
                    byte[] input = password.getBytes(StandardCharsets.UTF_8);
                    assertThat(nativeFunction.compute(input, salt, cost, length))
                            .as("%s with %s, %d bytes", password, cost, length)
                            .isEqualTo(java.compute(input, salt, cost, length));
                }
            }
        }
    }

    private static final String REFERENCE_64K_T2_P1 = "1a98fba8e6394425c9bdc333a9c750aaf811df070f5fb4a5788e1cf4db5793a1";
}
