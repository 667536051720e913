import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/server/config.js';
import { exampleSteps, warmUp, type WarmUpStep } from '../../../src/server/warm-up.js';
import { createLogger } from '../../../src/support/logger.js';

function recordingLog() {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger('info', {}, (line) => lines.push(JSON.parse(line) as Record<string, unknown>));
  return { log, lines };
}

describe('warmUp', () => {
  it('runs every step in order, logs a failed step and goes on', async () => {
    const order: string[] = [];
    const step = (name: string, fail = false): WarmUpStep => ({
      name,
      run: () => {
        order.push(name);
        return fail ? Promise.reject(new Error(`${name} broke`)) : Promise.resolve();
      },
    });
    const { log, lines } = recordingLog();
    const report = await warmUp([step('a'), step('b', true), step('c')], { budgetMs: 60_000, log });
    expect(order).toEqual(['a', 'b', 'c']);
    expect(report).toMatchObject({ ran: 3, failed: 1, skipped: 0 });
    expect(lines.find((l) => l.level === 'warn')).toMatchObject({
      msg: 'warm-up step failed (start goes on)',
      step: 'b',
      error: { message: 'b broke' },
    });
    expect(lines.at(-1)).toMatchObject({ msg: 'warm-up done', ran: 3, failed: 1, skipped: 0 });
  });

  it('starts no step once the budget is spent, and counts the ones it skipped', async () => {
    const order: string[] = [];
    const slow: WarmUpStep = {
      name: 'slow',
      run: () => new Promise((resolve) => setTimeout(resolve, 30)).then(() => order.push('slow')),
    };
    const never: WarmUpStep = { name: 'never', run: () => Promise.resolve(order.push('never')) };
    const { log } = recordingLog();
    const report = await warmUp([slow, never, never], { budgetMs: 10, log });
    expect(order).toEqual(['slow']);
    expect(report).toMatchObject({ ran: 1, failed: 0, skipped: 2 });
  });
});

describe('exampleSteps', () => {
  it('has one step per examples/ query and none for the mutations', () => {
    const root = path.join(projectRoot(), 'examples');
    const all = fs
      .readdirSync(root)
      .flatMap((dir) => fs.readdirSync(path.join(root, dir)).map((f) => `${dir}/${f}`))
      .filter((f) => f.endsWith('.graphql'));
    const names = exampleSteps(() => Promise.resolve('{}'), root).map((s) => s.name);
    expect(names).toHaveLength(all.length - 2);
    expect(names).toContain('example: relationships/shared-signatories.graphql');
    expect(names).not.toContain('example: ingest/ingest-agreement.graphql');
    expect(names).not.toContain('example: ingest/delete-agreement.graphql');
  });

  it('fails a step whose answer has errors, with the first message', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warm-up-examples-'));
    try {
      fs.mkdirSync(path.join(dir, 'q'));
      fs.writeFileSync(path.join(dir, 'q', 'a.graphql'), '# a comment\nquery A { x }\n');
      const [step] = exampleSteps(
        () => Promise.resolve(JSON.stringify({ errors: [{ message: 'Cannot query field "x"' }] })),
        dir,
      );
      await expect(step!.run()).rejects.toThrow('Cannot query field "x"');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
