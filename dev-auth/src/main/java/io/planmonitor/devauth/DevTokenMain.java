package io.planmonitor.devauth;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar dev-auth/target/dev-auth.jar [--keys DIR] [--subject NAME] [--role ROLE]… [--region CODE]…
 * [--hours N]} prints a development token (scripts/dev-token.sh wraps it). {@code --public-key} prints the public
 * key's path instead, making the key pair first if needed.
 */
public final class DevTokenMain {

    private DevTokenMain() {
    }

    public static void main(String[] args) {
        Path keys = Path.of(".planmonitor", "keys");
        String subject = "dev-admin";
        List<String> roles = new ArrayList<>();
        List<String> regions = new ArrayList<>();
        long hours = 8;
        boolean publicKeyOnly = false;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--public-key")) {
                publicKeyOnly = true;
                continue;
            }
            if (i + 1 >= args.length) {
                usage("missing the value of " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--keys" -> keys = Path.of(value);
                case "--subject" -> subject = value;
                case "--role" -> roles.add(value);
                case "--region" -> regions.add(value);
                case "--hours" -> hours = Long.parseLong(value);
                default -> usage("unknown option " + option);
            }
        }
        DevKeys devKeys = DevKeys.inDirectory(keys);
        if (publicKeyOnly) {
            System.out.println(devKeys.publicKeyFile().toAbsolutePath());
            return;
        }
        if (roles.isEmpty()) {
            roles.add("admin");
        }
        System.out.println(new DevTokens(devKeys).mint(subject, roles, regions, Duration.ofHours(hours)));
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: dev-token [--keys DIR] [--subject NAME] [--role viewer|editor|admin]... "
                + "[--region CODE]... [--hours N] | --public-key");
        System.exit(2);
    }
}
