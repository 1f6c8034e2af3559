package supplygraph.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * supplygraph's local Neo4j Community engine: one embedded database with a Bolt connector
 * on loopback, so the API talks to it exactly as it would to any Neo4j server.
 *
 * Usage: LocalNeo4j <bolt-port> <data-dir> [page-cache-mb] [tx-timeout-seconds] [--stop-on-stdin-eof]
 *
 * With --stop-on-stdin-eof the engine also stops when its standard input closes: supplygraph
 * starts it with a pipe, so the engine never outlives the Node process that owns it, even if
 * that process is killed without a chance to clean up.
 *
 * Prints one line "supplygraph-neo4j ready bolt://127.0.0.1:<port>" once Bolt accepts
 * connections, and shuts the database down cleanly on SIGTERM / SIGINT.
 */
public final class LocalNeo4j {
    public static final String READY_PREFIX = "supplygraph-neo4j ready ";

    public static void main(String[] args) throws Exception {
        boolean stopOnStdinEof = java.util.Arrays.asList(args).contains("--stop-on-stdin-eof");
        args = java.util.Arrays.stream(args).filter(a -> !a.startsWith("--")).toArray(String[]::new);
        if (args.length < 2) {
            System.err.println("usage: LocalNeo4j <bolt-port> <data-dir> [page-cache-mb] [tx-timeout-seconds]");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        Path dataDir = Path.of(args[1]).toAbsolutePath();
        long pageCacheMb = args.length > 2 ? Long.parseLong(args[2]) : 256;
        long txTimeoutSeconds = args.length > 3 ? Long.parseLong(args[3]) : 30;
        Files.createDirectories(dataDir);

        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(dataDir)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(HttpConnector.enabled, false)
                    // Loopback only, so authentication stays off (see docs/SECURITY.md).
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheMb * 1024 * 1024)
                    // A hard ceiling for any single transaction; the API sets tighter per-request timeouts.
                    .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeoutSeconds))
                    // The engine looks for transactions past their timeout this often (default 2 s), so a
                    // request's transaction ends close to its timeout even if the API is gone.
                    .setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(200))
                    // Plans are what the API's warm-up makes before it reports Ready, and a large one costs
                    // seconds of CPU: room for every documented shape and many more before one is evicted,
                    // and a plan replanned for changed statistics (a bulk import) at most every 10 minutes
                    // instead of every 10 seconds, so requests during an import do not keep paying for it.
                    .setConfig(GraphDatabaseSettings.query_cache_size, 5_000)
                    .setConfig(GraphDatabaseSettings.cypher_min_replan_interval, Duration.ofMinutes(10))
                    // By default a plan is cached per size class of each string and list parameter
                    // (0-1, 2-10, 11-100, … characters or items), so "country:CN" (10 characters) and
                    // "company:ford" (12) plan the same statement twice, and a path search's frontier
                    // list plans again as it grows: a first call after the warm-up could still pay
                    // seconds of planning. One plan per statement text and parameter type instead.
                    .setConfig(GraphDatabaseInternalSettings.cypher_size_hint_parameters, false)
                    .build();
        } catch (Throwable e) {
            System.err.println("supplygraph-neo4j failed: " + rootMessage(e));
            System.exit(1);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        DatabaseManagementService service = dbms;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("supplygraph-neo4j stopping");
            service.shutdown();
            System.out.println("supplygraph-neo4j stopped");
            System.out.flush();
            stopped.countDown();
        }, "supplygraph-neo4j-shutdown"));

        // Touch the default database so it is online before we announce readiness.
        try {
            dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        } catch (Throwable e) {
            System.err.println("supplygraph-neo4j failed: " + rootMessage(e));
            System.exit(1);
        }
        if (stopOnStdinEof) {
            Thread watcher = new Thread(() -> {
                try {
                    while (System.in.read() != -1) {
                        // Input is ignored; only its end matters.
                    }
                } catch (java.io.IOException ignored) {
                    // A broken pipe means the owner is gone, same as EOF.
                }
                System.exit(0);
            }, "supplygraph-neo4j-stdin-watch");
            watcher.setDaemon(true);
            watcher.start();
        }
        System.out.println(READY_PREFIX + "bolt://127.0.0.1:" + port);
        System.out.flush();
        stopped.await();
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        StringBuilder chain = new StringBuilder(String.valueOf(e.getMessage()));
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
            chain.append(" <- ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return chain.toString().replace('\n', ' ');
    }
}
