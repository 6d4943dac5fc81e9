package com.nordhost.clientarea.bench.provision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * The provisioned accounts, one a line: e-mail, password and TOTP secret separated by tabs. It holds working
 * passwords and secrets, so it is created owner-only (600) before anything is written to it.
 */
public final class AccountsFile {

    private AccountsFile() {
    }

    public static void write(Path file, List<BenchAccount> accounts) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        List<String> lines = new ArrayList<>(accounts.size());
        for (BenchAccount a : accounts) {
            lines.add(a.email() + "\t" + a.password() + "\t" + a.secretBase32());
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    public static List<BenchAccount> read(Path file) throws IOException {
        List<BenchAccount> accounts = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 3) {
                throw new IOException("Not e-mail<TAB>password<TAB>secret: line " + (accounts.size() + 1) + " of "
                        + file);
            }
            accounts.add(new BenchAccount(f[0], f[1], f[2]));
        }
        return accounts;
    }
}
