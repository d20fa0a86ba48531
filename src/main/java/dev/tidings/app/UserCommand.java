package dev.tidings.app;

import dev.tidings.account.Accounts;
import dev.tidings.account.RateLimiter;
import dev.tidings.account.ResetMail;
import dev.tidings.account.Role;
import dev.tidings.account.User;
import dev.tidings.comment.Comments;
import dev.tidings.db.Database;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tidings user add|role|list|reset-link|delete}: accounts from the command line (the first admin
 * starts here).
 */
@Command(
        name = "user",
        description = "Create accounts, change roles, make password reset links, delete accounts.",
        subcommands = {
            UserCommand.Add.class,
            UserCommand.SetRole.class,
            UserCommand.ListUsers.class,
            UserCommand.ResetLink.class,
            UserCommand.Delete.class
        })
final class UserCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        CommandGroup.missingCommand(spec);
    }

    @Command(
            name = "add",
            description = "Create an account. The password is asked for on the terminal, or read as the first"
                    + " line of standard input.")
    static final class Add implements Runnable {
        @Mixin
        DataOptions data;

        @Option(names = "--email", required = true, description = "Email address (the sign-in name).")
        String email;

        @Option(names = "--name", description = "Display name (default: the part of the email before @).")
        String name;

        @Option(names = "--admin", description = "Make the account an admin.")
        boolean admin;

        @Option(names = "--moderator", description = "Make the account a moderator.")
        boolean moderator;

        @Override
        public void run() {
            if (admin && moderator) {
                throw new IllegalArgumentException("choose one role: --admin or --moderator");
            }
            Role role = admin ? Role.ADMIN : moderator ? Role.MODERATOR : Role.READER;
            String display = name != null ? name : email.substring(0, Math.max(0, email.indexOf('@')));
            String password = readPassword();
            User user = withAccounts(data.settings(), accounts -> accounts.create(email, display, password, role));
            System.out.printf(
                    "created %s account %d for %s (%s)%n",
                    user.role().name().toLowerCase(java.util.Locale.ROOT), user.id(), user.email(), user.displayName());
        }

        private static String readPassword() {
            Console console = System.console();
            if (console != null) {
                char[] first = console.readPassword("Password (at least 10 characters): ");
                char[] again = console.readPassword("Password again: ");
                if (first == null || again == null || !new String(first).equals(new String(again))) {
                    throw new IllegalArgumentException("the two passwords differ");
                }
                return new String(first);
            }
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null) {
                    throw new IllegalArgumentException("no password on standard input");
                }
                return line;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the password from standard input", e);
            }
        }
    }

    @Command(name = "role", description = "Change an account's role: reader, moderator or admin.")
    static final class SetRole implements Runnable {
        @Mixin
        DataOptions data;

        @Parameters(index = "0", paramLabel = "EMAIL")
        String email;

        @Parameters(index = "1", paramLabel = "ROLE", description = "reader, moderator or admin")
        String role;

        @Override
        public void run() {
            Role r;
            try {
                r = Role.valueOf(role.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown role " + role + " (use reader, moderator or admin)", e);
            }
            withAccounts(data.settings(), accounts -> accounts.changeRole(email, r))
                    .ifPresent(why -> {
                        throw new IllegalArgumentException(why);
                    });
            System.out.printf("%s is now %s%n", email, role.toLowerCase(java.util.Locale.ROOT));
        }
    }

    @Command(name = "list", description = "List accounts with their roles.")
    static final class ListUsers implements Runnable {
        @Mixin
        DataOptions data;

        @Override
        public void run() {
            for (User u : withAccounts(data.settings(), accounts -> accounts.users(10_000))) {
                System.out.printf(
                        "%-6d %-10s %-32s %s%s%n",
                        u.id(),
                        u.role().name().toLowerCase(java.util.Locale.ROOT),
                        u.email(),
                        u.displayName(),
                        u.deleted() ? " (deleted)" : u.suspended() ? " (suspended)" : "");
            }
        }
    }

    @Command(
            name = "delete",
            description = "Delete an account on its owner's request: its email, name and password, and the words"
                    + " of its comments; without --yes, only say what would go.")
    static final class Delete implements Runnable {
        @Mixin
        DataOptions data;

        @Parameters(index = "0", paramLabel = "EMAIL")
        String email;

        @Option(names = "--yes", description = "Delete it: nothing is asked, and nothing can be undone.")
        boolean yes;

        @Override
        public void run() {
            String said = withAccounts(data.settings(), accounts -> {
                User u = accounts.userByEmail(email)
                        .orElseThrow(() -> new IllegalArgumentException("no account with email " + email));
                if (!yes) {
                    return "deleting " + u.email() + " (" + u.displayName() + ") would delete its email, name and"
                            + " password and the words of every comment it wrote; run again with --yes to delete it";
                }
                accounts.deleteForOwner(u, Comments::deleteAllBy).ifPresent(why -> {
                    throw new IllegalArgumentException(why);
                });
                return "deleted the account of " + u.email() + "; its comments' words are gone";
            });
            System.out.println(said);
        }
    }

    /**
     * The accounts of the configured database, opened alone: every {@code user} command works beside
     * a serving node, which holds the search index but shares the database.
     */
    private static <T> T withAccounts(Settings settings, Function<Accounts, T> work) {
        Clock clock = Clock.systemUTC();
        try (Database db = Database.open(settings.database())) {
            return work.apply(new Accounts(db, clock, new RateLimiter(db, clock), settings.abuseLimits()));
        }
    }

    /** Prints a reset link for a reader of a site that cannot send mail. */
    @Command(
            name = "reset-link",
            description = "Print a link with which the account's owner chooses a new password. It works once,"
                    + " for one hour; asking again voids the previous link.")
    static final class ResetLink implements Runnable {
        static final String DEFAULT_SITE = "http://localhost:8080";

        @Mixin
        DataOptions data;

        @Parameters(index = "0", paramLabel = "EMAIL")
        String email;

        @Option(
                names = "--base-url",
                paramLabel = "URL",
                description = "The site's address the link starts with (default: TIDINGS_PUBLIC_URL, else "
                        + DEFAULT_SITE + ").")
        String baseUrl;

        @Override
        public void run() {
            Settings settings = data.settings();
            URI site = baseUrl != null
                    ? ResetMail.siteAddress(baseUrl, "--base-url")
                    : settings.publicUrl() != null ? settings.publicUrl() : URI.create(DEFAULT_SITE);
            var issued = withAccounts(settings, accounts -> accounts.resetLinkFor(email));
            System.out.println(ResetMail.link(site, issued.token()));
            System.err.printf(
                    "The link works once, until %s. Whoever has it can set the password of %s: give it to"
                            + " the account's owner only.%n",
                    issued.expiresAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                    issued.user().email());
        }
    }
}
