import fs from 'node:fs';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GraphDatabase } from '../../src/graph/driver.js';
import { connectTestDatabase } from '../helpers/graph-database.js';

// The embedded Neo4j the integration setup started is locked down as the product's is
// (launcher/ and src/graph/embedded-neo4j.ts; docs/security.md). With NEO4J_URI the server is
// someone else's to configure, so only the refusal of a wrong password is checked.
const embedded = inject('neo4jEmbedded');

async function errorOf(work: () => Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await work();
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error('expected the database to refuse, but it answered');
}

describe('the embedded Neo4j is locked down', () => {
  let db: GraphDatabase;
  const strangers: Driver[] = [];

  beforeAll(async () => {
    db = await connectTestDatabase();
  });

  afterAll(async () => {
    await Promise.all(strangers.map((d) => d.close()));
    await db?.close();
  });

  const stranger = (auth: ReturnType<typeof neo4j.auth.basic>): Driver => {
    const driver = neo4j.driver(inject('neo4jUri'), auth, { connectionTimeout: 5_000 });
    strangers.push(driver);
    return driver;
  };

  const login = (password: string) =>
    stranger(neo4j.auth.basic(inject('neo4jUsername'), password)).executeQuery(
      'MATCH (n) RETURN count(n) AS n',
      {},
      { database: inject('neo4jDatabase') },
    );

  it.runIf(embedded)('lets the holder of the password in', async () => {
    const { records } = await login(inject('neo4jPassword'));
    expect(records).toHaveLength(1);
  });

  it('refuses a client without the password (the default neo4j/neo4j, a wrong one)', async () => {
    for (const password of ['neo4j', `${inject('neo4jPassword')}x`, 'guess-again']) {
      expect((await errorOf(() => login(password))).code).toBe('Neo.ClientError.Security.Unauthorized');
    }
    // Neo4j's own guard against guessing (dbms.security.auth_max_failed_attempts = 3, then
    // dbms.security.auth_lock_time = 5 s) now locks the user for a moment, even with the right
    // password. It lapses by itself: wait for it, so the files after this one can log in.
    const until = Date.now() + 20_000;
    for (;;) {
      try {
        await login(inject('neo4jPassword'));
        break;
      } catch (error) {
        if (Date.now() > until) throw error;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }, 30_000);

  it.runIf(embedded)(
    'refuses LOAD CSV from file URLs, so file:///proc/self/environ returns nothing',
    async () => {
      for (const url of ['file:///proc/self/environ', 'file:///etc/passwd', 'file:///neo4j-password']) {
        const refused = await errorOf(() => db.read('LOAD CSV FROM $url AS line RETURN line', { url }));
        expect(refused.code).toBe('Neo.ClientError.Statement.ExternalResourceFailed');
        expect(refused.message).toContain(
          "configuration property 'dbms.security.allow_csv_import_from_file_urls' is false",
        );
      }
    },
  );

  it.runIf(embedded)('refuses LOAD CSV from the network, so the JVM is no proxy into it', async () => {
    // Addresses, not names: a name that does not resolve here would fail before the blocklist is asked.
    for (const url of [
      'http://127.0.0.1:9/x.csv',
      'http://169.254.169.254/latest/meta-data/',
      'https://[::1]:9/x',
    ]) {
      const refused = await errorOf(() => db.read('LOAD CSV FROM $url AS line RETURN line', { url }));
      expect(refused.code).toBe('Neo.ClientError.Statement.ExternalResourceFailed');
      expect(refused.message).toMatch(
        /is blocked via the configuration property internal\.dbms\.cypher_ip_blocklist/,
      );
    }
  });

  it.runIf(embedded)(
    'runs the JVM with PATH and a locale only: no API_TOKEN, no password, nothing of ours',
    () => {
      const environ = fs.readFileSync(`/proc/${inject('neo4jPid')}/environ`, 'utf8');
      const names = environ
        .split('\0')
        .filter(Boolean)
        .map((entry) => entry.slice(0, entry.indexOf('=')));
      expect(names).toContain('PATH');
      expect(names.filter((n) => !['PATH', 'LANG', 'LC_ALL', 'TZ', 'TMPDIR'].includes(n))).toEqual([]);
      expect(environ).not.toContain(inject('neo4jPassword'));
    },
  );

  it.runIf(embedded)('keeps no password on the command line, where every local user can read it', () => {
    const cmdline = fs.readFileSync(`/proc/${inject('neo4jPid')}/cmdline`, 'utf8');
    expect(cmdline).toContain('dev.perjanjian.launcher.Launcher');
    expect(cmdline).not.toContain(inject('neo4jPassword'));
  });
});
