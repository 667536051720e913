import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  embeddedPassword,
  findRunningNeo4j,
  jvmEnvironment,
  readStoredPassword,
} from '../../../src/graph/embedded-neo4j.js';
import { silentLogger } from '../../../src/support/logger.js';

describe('the embedded Neo4j password file', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perjanjian-password-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is generated once, owner-only (0600), and read back the same', () => {
    expect(readStoredPassword(dir)).toBeNull();
    const first = embeddedPassword(dir, silentLogger);
    expect(first).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const file = path.join(dir, 'neo4j-password');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(embeddedPassword(dir, silentLogger)).toBe(first);
    expect(readStoredPassword(dir)).toBe(first);
  });

  it('is made owner-only again when someone loosened it', () => {
    const file = path.join(dir, 'neo4j-password');
    fs.writeFileSync(file, 'chosen-by-hand-123\n');
    fs.chmodSync(file, 0o644);
    expect(embeddedPassword(dir, silentLogger)).toBe('chosen-by-hand-123');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });
});

describe('the embedded Neo4j run file', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perjanjian-runfile-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (run: object) => fs.writeFileSync(path.join(dir, 'neo4j.run.json'), JSON.stringify(run));

  it('names a live server', () => {
    const run = {
      pid: process.pid,
      jvmPid: process.pid,
      uri: 'bolt://127.0.0.1:7687',
      passwordFrom: 'file',
      startedAt: '2026-01-01T00:00:00.000Z',
    };
    write(run);
    expect(findRunningNeo4j(dir)).toEqual(run);
  });

  it('is stale when its process is gone (SIGKILL leaves it behind): removed, and nothing runs', () => {
    // 2^22 + 1 is above Linux's pid_max, so no process can have it.
    write({ pid: 4_194_305, jvmPid: 4_194_305, uri: 'bolt://127.0.0.1:7687', passwordFrom: 'file' });
    expect(findRunningNeo4j(dir)).toBeNull();
    expect(fs.existsSync(path.join(dir, 'neo4j.run.json'))).toBe(false);
  });

  it('is absent: nothing runs', () => {
    expect(findRunningNeo4j(dir)).toBeNull();
  });
});

describe('jvmEnvironment', () => {
  it('keeps PATH and the locale, and drops every secret and setting of ours', () => {
    const env = jvmEnvironment({
      PATH: '/usr/bin',
      LANG: 'id_ID.UTF-8',
      TZ: 'Asia/Jakarta',
      API_TOKEN: 'secret-token',
      NEO4J_PASSWORD: 'secret-password',
      AWS_SECRET_ACCESS_KEY: 'x',
      HOME: '/root',
    });
    expect(env).toEqual({ PATH: '/usr/bin', LANG: 'id_ID.UTF-8', TZ: 'Asia/Jakarta' });
  });
});
