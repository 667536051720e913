import { describe, expect, it } from 'vitest';
import { GRAPH_VERSION_READ } from '../../../src/graph/graph-version.js';
import { createReadCache } from '../../../src/graph/read-cache.js';

const OPTIONS = { maxEntries: 2, recheckMs: 1_000, ttlMs: 60_000 };

/** A database whose answers and stored version the test sets, counting the statements it runs. */
function fakeDatabase() {
  const state = { token: 'v1' as string | null, answer: 'first', statements: [] as string[], fail: false };
  const read = async <Row>(cypher: string, params: Record<string, unknown> = {}): Promise<Row[]> => {
    state.statements.push(cypher);
    if (cypher === GRAPH_VERSION_READ) return [{ token: state.token }] as Row[];
    if (state.fail) throw new Error('database down');
    return [{ answer: state.answer, params }] as Row[];
  };
  return { state, read };
}

function clock() {
  const c = { t: 0, now: () => c.t };
  return c;
}

describe('read cache', () => {
  it('answers the same stable read from memory until this process writes', async () => {
    const { state, read } = fakeDatabase();
    const cache = createReadCache(read, OPTIONS, clock().now);
    expect(await cache.readStable('Q', { n: 1 })).toEqual([{ answer: 'first', params: { n: 1 } }]);
    state.answer = 'second';
    expect(await cache.readStable('Q', { n: 1 })).toEqual([{ answer: 'first', params: { n: 1 } }]);
    expect(state.statements.filter((s) => s === 'Q')).toHaveLength(1);

    cache.graphChanged();
    expect(await cache.readStable('Q', { n: 1 })).toEqual([{ answer: 'second', params: { n: 1 } }]);
  });

  it('keeps answers apart by statement and parameters', async () => {
    const { state, read } = fakeDatabase();
    const cache = createReadCache(read, OPTIONS, clock().now);
    await cache.readStable('Q', { n: 1 });
    await cache.readStable('Q', { n: 2 });
    await cache.readStable('R', { n: 1 });
    expect(state.statements.filter((s) => s !== GRAPH_VERSION_READ)).toEqual(['Q', 'Q', 'R']);
  });

  it("sees another process's write once the stored version is read again", async () => {
    const { state, read } = fakeDatabase();
    const c = clock();
    const cache = createReadCache(read, OPTIONS, c.now);
    await cache.readStable('Q');
    state.answer = 'second';
    state.token = 'v2';
    c.t = 999; // within recheckMs: the stored version is not read again
    expect(await cache.readStable('Q')).toEqual([{ answer: 'first', params: {} }]);
    c.t = 1_000;
    expect(await cache.readStable('Q')).toEqual([{ answer: 'second', params: {} }]);
    expect(state.statements.filter((s) => s === GRAPH_VERSION_READ)).toHaveLength(2);
  });

  it('drops an answer older than the time to live', async () => {
    const { state, read } = fakeDatabase();
    const c = clock();
    const cache = createReadCache(read, { ...OPTIONS, recheckMs: 1e12 }, c.now);
    await cache.readStable('Q');
    state.answer = 'second';
    c.t = 60_000;
    expect(await cache.readStable('Q')).toEqual([{ answer: 'second', params: {} }]);
  });

  it('shares one database read between concurrent requests for the same answer', async () => {
    const { state, read } = fakeDatabase();
    const cache = createReadCache(read, OPTIONS, clock().now);
    await Promise.all(Array.from({ length: 16 }, () => cache.readStable('Q')));
    expect(state.statements).toEqual([GRAPH_VERSION_READ, 'Q']);
  });

  it('keeps at most maxEntries answers, dropping the least recently used', async () => {
    const { state, read } = fakeDatabase();
    const cache = createReadCache(read, OPTIONS, clock().now);
    await cache.readStable('A');
    await cache.readStable('B');
    await cache.readStable('A'); // A is now the most recently used
    await cache.readStable('C'); // evicts B
    await cache.readStable('A');
    await cache.readStable('B');
    expect(state.statements.filter((s) => s !== GRAPH_VERSION_READ)).toEqual(['A', 'B', 'C', 'B']);
  });

  it('does not keep a failed read', async () => {
    const { state, read } = fakeDatabase();
    const cache = createReadCache(read, OPTIONS, clock().now);
    state.fail = true;
    await expect(cache.readStable('Q')).rejects.toThrow('database down');
    state.fail = false;
    expect(await cache.readStable('Q')).toEqual([{ answer: 'first', params: {} }]);
  });

  it('with maxEntries 0 sends every read to the database', async () => {
    const { state, read } = fakeDatabase();
    const cache = createReadCache(read, { ...OPTIONS, maxEntries: 0 }, clock().now);
    await cache.readStable('Q');
    await cache.readStable('Q');
    expect(state.statements).toEqual(['Q', 'Q']);
  });
});
