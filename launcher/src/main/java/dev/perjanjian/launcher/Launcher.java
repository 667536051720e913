/*
 * Embedded Neo4j launcher: a real Neo4j Community database with Bolt on 127.0.0.1, started
 * by the Node application when NEO4J_URI is not set.
 *
 * Copyright (C) 2026 the perjanjian-graph authors. This program is free software: you can
 * redistribute it and/or modify it under the terms of the GNU General Public License as
 * published by the Free Software Foundation, version 3 (see LICENSE in this folder).
 */
package dev.perjanjian.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;

/**
 * Configuration comes from system properties set by the Node side (src/server/embedded-neo4j.ts):
 * neo4j.home, neo4j.bolt.port, neo4j.pagecache (e.g. 512m), neo4j.txTimeoutSeconds.
 *
 * Protocol on stdout, one line each, so the parent can wait for readiness without polling blindly:
 *   NEO4J_LAUNCHER READY bolt://127.0.0.1:PORT version=X
 *   NEO4J_LAUNCHER ERROR CODE message
 * Exit codes: 0 after a clean shutdown, 2 store locked, 3 port taken, 4 bad configuration, 1 otherwise.
 *
 * The launcher also stops when its standard input closes: if the parent dies without signalling
 * (SIGKILL, crash), the database still shuts down cleanly instead of being orphaned with the lock held.
 */
public final class Launcher {
  private static final String TAG = "NEO4J_LAUNCHER";

  private Launcher() {}

  public static void main(String[] args) {
    PrintStream out = System.out;
    Path home;
    int port;
    long pageCache;
    long txTimeoutSeconds;
    try {
      home = Path.of(required("neo4j.home")).toAbsolutePath();
      port = Integer.parseInt(System.getProperty("neo4j.bolt.port", "7687"));
      pageCache = parseBytes(System.getProperty("neo4j.pagecache", "512m"));
      txTimeoutSeconds = Long.parseLong(System.getProperty("neo4j.txTimeoutSeconds", "60"));
      Files.createDirectories(home);
    } catch (RuntimeException | IOException e) {
      fail(out, "BAD_CONFIG", e.getMessage(), 4);
      return;
    }

    DatabaseManagementService dbms;
    try {
      dbms =
          new DatabaseManagementServiceBuilder(home)
              .setConfig(BoltConnector.enabled, true)
              // Loopback only: the embedded database has no authentication, so it must not be reachable from outside.
              .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
              .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
              .setConfig(HttpConnector.enabled, false)
              .setConfig(GraphDatabaseSettings.auth_enabled, false)
              .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
              // No request may run unbounded: the server kills any transaction older than this.
              .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeoutSeconds))
              .setConfig(GraphDatabaseSettings.udc_enabled, false)
              // Bolt waits 5 s twice on shutdown by default; with only local clients, a second is plenty,
              // so Ctrl-C returns the terminal promptly.
              .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
              .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
              .build();
    } catch (Throwable e) {
      reportStartFailure(out, e, home, port);
      return;
    }

    // The only way out is the JVM's shutdown sequence (SIGTERM, SIGINT, or System.exit below), whose
    // hook shuts Neo4j down cleanly and releases the store lock. Never call System.exit from the hook.
    Thread hook =
        new Thread(
            () -> {
              long t0 = System.nanoTime();
              dbms.shutdown();
              System.err.println(TAG + " stopped in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
            },
            "neo4j-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);

    String version;
    try {
      version = neo4jVersion(dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME));
    } catch (Throwable e) {
      reportStartFailure(out, e, home, port);
      return;
    }
    out.println(TAG + " READY bolt://127.0.0.1:" + port + " version=" + version);
    out.flush();

    try (InputStream in = System.in) {
      while (in.read() != -1) {
        // Input is ignored; end of stream means the parent is gone.
      }
    } catch (IOException ignored) {
      // A broken pipe means the same.
    }
    System.exit(0);
  }

  private static String neo4jVersion(GraphDatabaseService db) {
    try (Transaction tx = db.beginTx();
        Result r = tx.execute("CALL dbms.components() YIELD versions RETURN versions[0] AS v")) {
      Map<String, Object> row = r.next();
      return String.valueOf(row.get("v"));
    }
  }

  private static void reportStartFailure(PrintStream out, Throwable e, Path home, int port) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String name = t.getClass().getName();
      if (name.endsWith("FileLockException") || String.valueOf(t.getMessage()).contains("Lock file has been locked")) {
        fail(
            out,
            "STORE_LOCKED",
            "the data directory "
                + home
                + " is in use by another Neo4j process; stop that process (or point NEO4J_DATA_DIR elsewhere)",
            2);
        return;
      }
      if (t instanceof BindException || name.endsWith("PortBindException")) {
        fail(
            out,
            "PORT_TAKEN",
            "port "
                + port
                + " on 127.0.0.1 is already in use; stop what holds it or set NEO4J_BOLT_PORT to a free port",
            3);
        return;
      }
    }
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    e.printStackTrace(System.err);
    fail(out, "START_FAILED", root.getClass().getSimpleName() + ": " + root.getMessage(), 1);
  }

  private static void fail(PrintStream out, String code, String message, int exitCode) {
    out.println(TAG + " ERROR " + code + " " + message);
    out.flush();
    System.exit(exitCode);
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("system property " + property + " is required");
    }
    return value;
  }

  /** "512m", "2g", "1048576" -> bytes. */
  static long parseBytes(String text) {
    String s = text.trim().toLowerCase(Locale.ROOT);
    long unit = 1;
    char last = s.isEmpty() ? ' ' : s.charAt(s.length() - 1);
    if (last == 'k' || last == 'm' || last == 'g') {
      unit = last == 'k' ? 1L << 10 : last == 'm' ? 1L << 20 : 1L << 30;
      s = s.substring(0, s.length() - 1);
    }
    try {
      return Long.parseLong(s) * unit;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a memory size: '" + text + "' (use e.g. 512m or 2g)");
    }
  }
}
