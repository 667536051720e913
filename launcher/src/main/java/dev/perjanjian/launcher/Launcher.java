/*
 * Embedded Neo4j launcher: a real Neo4j Community database with Bolt on 127.0.0.1, started
 * by the Node application when NEO4J_URI is not set.
 *
 * Copyright (C) 2026 the perjanjian-graph authors. This program is free software: you can
 * redistribute it and/or modify it under the terms of the GNU General Public License as
 * published by the Free Software Foundation, version 3 (see LICENSE in this folder).
 */
package dev.perjanjian.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import inet.ipaddr.IPAddressString;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
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
import org.neo4j.server.security.auth.LegacyCredential;

/**
 * Configuration comes from system properties set by the Node side (src/graph/embedded-neo4j.ts):
 * neo4j.home, neo4j.bolt.port, neo4j.pagecache (e.g. 512m), neo4j.txTimeoutSeconds. The password of
 * the `neo4j` user is the first line of standard input, never a property or an environment variable
 * (both are visible to other processes or to Cypher's file access).
 *
 * Locked down by default (docs/security.md): authentication on, LOAD CSV confined to an empty import
 * directory with file URLs refused and every outbound address blocked, and no plugin procedure loaded
 * beyond those the application calls.
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
  private static final String USER = "neo4j";
  /** The procedures the application calls (grep src/ for CALL): the procedure allowlist. */
  private static final List<String> PROCEDURES =
      List.of(
          "dbms.components",
          "db.awaitIndexes",
          "db.index.fulltext.queryNodes",
          "db.index.fulltext.awaitEventuallyConsistentIndexRefresh");
  // Neo4j Community applies this list to procedures loaded from plugins (none are installed), not to its
  // built-in ones, and has no privileges to deny those: docs/security.md says what that leaves open.

  private Launcher() {}

  public static void main(String[] args) {
    PrintStream out = System.out;
    Path home;
    int port;
    long pageCache;
    long txTimeoutSeconds;
    String password;
    Path importDir;
    try {
      home = Path.of(required("neo4j.home")).toAbsolutePath();
      port = Integer.parseInt(System.getProperty("neo4j.bolt.port", "7687"));
      pageCache = parseBytes(System.getProperty("neo4j.pagecache", "512m"));
      txTimeoutSeconds = Long.parseLong(System.getProperty("neo4j.txTimeoutSeconds", "60"));
      Files.createDirectories(home);
      password = readPasswordLine(System.in);
      importDir = emptyImportDirectory(home);
      if (!Files.exists(home.resolve("data").resolve("databases").resolve("system"))) {
        writeInitialPassword(home, password);
      }
    } catch (RuntimeException | IOException e) {
      fail(out, "BAD_CONFIG", e.getMessage(), 4);
      return;
    }

    DatabaseManagementService dbms;
    try {
      dbms =
          new DatabaseManagementServiceBuilder(home)
              .setConfig(BoltConnector.enabled, true)
              // Loopback only, and with a password: loopback is no boundary on a shared host.
              .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
              .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
              .setConfig(HttpConnector.enabled, false)
              .setConfig(GraphDatabaseSettings.auth_enabled, true)
              // LOAD CSV may not read local files (file:///proc/self/environ, keys, the store itself)…
              .setConfig(GraphDatabaseSettings.allow_file_urls, false)
              .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir)
              // …nor fetch URLs: every address is blocked, so the JVM is no proxy into the network.
              .setConfig(
                  GraphDatabaseInternalSettings.cypher_ip_blocklist,
                  List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")))
              .setConfig(GraphDatabaseSettings.procedure_allowlist, PROCEDURES)
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
      applyPassword(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), password);
      // Read once, as the system database was created; a password hash has no reason to stay on disk.
      Files.deleteIfExists(home.resolve("data").resolve("dbms").resolve("auth.ini"));
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

  /** The first line of standard input: the password of the `neo4j` user (at least 8 characters). */
  static String readPasswordLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
      line.write(b);
    }
    String password = line.toString(StandardCharsets.UTF_8).strip();
    if (password.length() < 8) {
      throw new IllegalArgumentException(
          "the neo4j password (first line of standard input) must have at least 8 characters");
    }
    return password;
  }

  /** LOAD CSV's only root: created empty, owner-only, and left empty. */
  private static Path emptyImportDirectory(Path home) throws IOException {
    Path dir = home.resolve("import");
    Files.createDirectories(dir);
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    return dir;
  }

  /**
   * A new store: the system database reads its first user from data/dbms/auth.ini as it is created
   * (what `neo4j-admin dbms set-initial-password` writes), so Bolt never serves the default password.
   */
  private static void writeInitialPassword(Path home, String password) throws IOException {
    Path dir = home.resolve("data").resolve("dbms");
    Files.createDirectories(dir);
    Path file = dir.resolve("auth.ini");
    Files.deleteIfExists(file);
    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(file, USER + ":" + LegacyCredential.forPassword(password).serialize() + ":\n");
  }

  /**
   * An existing store (created before authentication was on, or given a new NEO4J_PASSWORD): set the
   * password through the system database, which the embedded API reaches without Bolt.
   */
  private static void applyPassword(GraphDatabaseService system, String password) {
    try (Transaction tx = system.beginTx()) {
      tx.execute(
              "ALTER USER " + USER + " SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
              Map.of("password", password))
          .close();
      tx.commit();
    } catch (RuntimeException e) {
      // Neo4j refuses to set the password the user already has; that is the usual case.
      if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
        throw e;
      }
    }
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
