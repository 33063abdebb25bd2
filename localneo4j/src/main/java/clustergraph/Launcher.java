package clustergraph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs Neo4j Community embedded, with the Bolt connector on 127.0.0.1.
 *
 * <p>Usage: {@code Launcher HOME PORT} with the password in the environment variable
 * {@code NEO4J_PASSWORD}. The database files live under HOME, so several instances can run
 * side by side with different homes and ports. SIGTERM shuts the database down cleanly.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: Launcher HOME PORT");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String password = System.getenv().getOrDefault("NEO4J_PASSWORD", "");
        if (password.length() < 8) {
            System.err.println("NEO4J_PASSWORD must have at least 8 characters");
            System.exit(2);
        }
        Files.createDirectories(home);

        Map<String, String> config = new TreeMap<>();
        config.put("server.bolt.enabled", "true");
        config.put("server.bolt.listen_address", "127.0.0.1:" + port);
        config.put("server.bolt.advertised_address", "127.0.0.1:" + port);
        config.put("dbms.security.auth_enabled", "true");
        config.put("server.memory.pagecache.size", System.getenv().getOrDefault("NEO4J_PAGECACHE", "512m"));
        config.put("db.transaction.timeout", System.getenv().getOrDefault("NEO4J_TX_TIMEOUT", "60s"));
        // A local instance needs no history for backups or cluster members: keep the
        // transaction logs to about 512 MB (Neo4j's default keeps two days, gigabytes here).
        config.put("db.tx_log.rotation.retention_policy", "512M size");

        Path conf = home.resolve("neo4j.conf");
        StringBuilder text = new StringBuilder("# written by the clustergraph launcher at each start\n");
        config.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        Files.writeString(conf, text.toString());

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home).loadPropertiesFromFile(conf).build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("stopping neo4j");
            dbms.shutdown();
            stopped.countDown();
        }));

        try {
            setPassword(dbms.database("system"), password);
        } catch (RuntimeException e) {
            System.err.println("could not set the password: " + e.getMessage());
            System.exit(1);
        }
        System.out.println("neo4j ready on bolt://127.0.0.1:" + port + " home=" + home);
        stopped.await();
    }

    /** Sets the neo4j user's password at each start, so NEO4J_PASSWORD always applies. */
    private static void setPassword(GraphDatabaseService system, String password) {
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (RuntimeException e) {
            if (!String.valueOf(rootCause(e).getMessage()).contains("cannot be the same")) {
                throw e;
            }
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
