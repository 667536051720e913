import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
  type IntrospectionQuery,
} from 'graphql';
import { GraphQLClient } from 'graphql-request';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/server/config.js';
import { startSeededApi, TEST_API_TOKEN, type TestApi } from '../helpers/api-server.js';

// Real clients against the real server on the seeded graph: headless Chromium on the offline
// explorer with every request off 127.0.0.1 refused, graphql-js's standard introspection query as
// every IDE and code generator sends it, and graphql-request, a client we did not write.
// The expected signatory is from seed/: "Y.B. SUSILO WIBOWO" signs for BSSN in 001, 002 and 003,
// the only official with more than one agreement (see api-relationships.test.ts).
const SHARED_SIGNATORY = 'Y.B. SUSILO WIBOWO';

// Debian's chromium package; Playwright's own browser download is not used (CHROMIUM_PATH overrides).
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OUTPUT_DIR = path.join(projectRoot(), 'test-output');
const BROWSER_TIMEOUT_MS = 120_000;

let api: TestApi;
let origin: string;

beforeAll(async () => {
  // Rebuilds dist/explorer/ only when explorer/ or the package versions changed (a stamp file).
  execFileSync(process.execPath, [path.join(projectRoot(), 'scripts', 'build-explorer.mjs')], {
    stdio: 'inherit',
  });
  api = await startSeededApi();
  origin = new URL(api.url).origin;
});
afterAll(async () => {
  await api?.close();
});

function example(file: string): string {
  return fs.readFileSync(path.join(projectRoot(), 'examples', file), 'utf8');
}

function sortedSdl(schema: Parameters<typeof lexicographicSortSchema>[0]): string {
  return printSchema(lexicographicSortSchema(schema));
}

describe('standard GraphQL tooling', () => {
  it("graphql-js's full introspection query is answered and rebuilds schema/schema.graphql exactly", async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    });
    const res = await api.gql<IntrospectionQuery>(query);
    expect(res.errors).toBeUndefined();
    expect(res.status).toBe(200);
    const served = buildClientSchema(res.data!);
    const emitted = buildSchema(
      fs.readFileSync(path.join(projectRoot(), 'schema', 'schema.graphql'), 'utf8'),
    );
    expect(sortedSdl(served)).toBe(sortedSdl(emitted));
  });

  it('graphql-request runs examples/relationships/shared-signatories.graphql', async () => {
    const client = new GraphQLClient(api.url);
    const answer = await client.request<{
      sharedSignatories: { official: { name: string }; agreementCount: number }[];
    }>(example('relationships/shared-signatories.graphql'));
    expect(answer.sharedSignatories.map((s) => [s.official.name, s.agreementCount])).toEqual([
      [SHARED_SIGNATORY, 3],
    ]);
  });
});

describe('the offline explorer in headless Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** Every request the page tried to make off 127.0.0.1 (all refused). */
  let offHost: string[];

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) {
      throw new Error(
        `no Chromium at ${CHROMIUM}: install Debian's chromium package (apt-get install chromium)`,
      );
    }
    // Root in CI and containers: Chromium's sandbox needs user namespaces that are not there.
    browser = await chromium.launch({ executablePath: CHROMIUM, chromiumSandbox: false });
    fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  }, BROWSER_TIMEOUT_MS);
  afterAll(async () => {
    await browser?.close();
  });

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    offHost = [];
    // As on an air-gapped network: nothing but this server answers.
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1') return route.continue();
      offHost.push(url.href);
      return route.abort('internetdisconnected');
    });
    page = await context.newPage();
  });
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') {
      await page.screenshot({ path: path.join(OUTPUT_DIR, `failed-${task.name.replace(/\W+/g, '-')}.png`) });
    }
  });
  afterAll(async () => {
    await context?.close();
  });

  /** Text as shown: Monaco draws spaces as no-break spaces. */
  async function shown(selector: string): Promise<string> {
    return (await page.locator(selector).innerText()).replace(/\u00a0/g, ' ');
  }

  /**
   * Switches tab once the editor is up, and waits until GraphiQL has taken in that operation
   * (the page title names the operation the Run button will send).
   */
  async function openTab(operation: string): Promise<void> {
    await expect
      .poll(() => shown('.graphiql-query-editor'), { timeout: 60_000 })
      .toMatch(/\b(query|mutation)\b/);
    await page.locator('.graphiql-tab', { hasText: operation }).click();
    await expect
      .poll(() => page.title(), { timeout: 30_000 })
      .toBe(`${operation} · perjanjian-graph explorer`);
  }

  it(
    'runs the SharedSignatories example tab and shows the signatory from seed/',
    async () => {
      await page.goto(`${origin}/explorer/`);
      // Each examples/ operation is a tab titled by its operation name.
      await openTab('SharedSignatories');
      await page.locator('.graphiql-execute-button').click();
      await expect.poll(() => shown('.graphiql-response'), { timeout: 60_000 }).toContain(SHARED_SIGNATORY);
      expect(await shown('.graphiql-response')).toContain('"agreementCount": 3');
      await page.screenshot({ path: path.join(OUTPUT_DIR, 'explorer-shared-signatories.png') });
      expect(offHost).toEqual([]);
    },
    BROWSER_TIMEOUT_MS,
  );

  it(
    'sends the Bearer token typed in the headers editor with a mutation',
    async () => {
      await openTab('DeleteAgreement');
      // The tab opens with a placeholder token: the server refuses it.
      await page.locator('.graphiql-execute-button').click();
      await expect.poll(() => shown('.graphiql-response'), { timeout: 60_000 }).toContain('UNAUTHENTICATED');
      await page.getByRole('button', { name: 'Headers', exact: true }).click();
      const headers = page.locator(
        'section.graphiql-editor-tool[aria-label="Headers"] .graphiql-editor:not(.hidden)',
      );
      await expect
        .poll(() => shown('section.graphiql-editor-tool[aria-label="Headers"]'))
        .toContain('paste-your-API_TOKEN-here');
      await headers.click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.insertText(JSON.stringify({ Authorization: `Bearer ${TEST_API_TOKEN}` }));
      // The editor closes brackets and quotes as they are typed: drop what it added after the caret.
      await page.keyboard.press('Shift+ControlOrMeta+End');
      await page.keyboard.press('Delete');
      const sent = page.waitForRequest((request) => request.url() === api.url && request.method() === 'POST');
      await page.locator('.graphiql-execute-button').click();
      expect((await sent).headers().authorization).toBe(`Bearer ${TEST_API_TOKEN}`);
      // examples/ingest/delete-agreement.graphql names an id that does not exist: nothing deleted.
      await expect
        .poll(() => shown('.graphiql-response'), { timeout: 60_000 })
        .toContain('"deleteAgreement": false');
      expect(offHost).toEqual([]);
    },
    BROWSER_TIMEOUT_MS,
  );

  it(
    'opens an example from the Examples pane in a new tab, with its operation, and runs it',
    async () => {
      const tabs = page.locator('.graphiql-tab');
      const before = await tabs.count();
      await page.getByRole('button', { name: 'Show Examples' }).click();
      const pane = page.getByRole('region', { name: 'Examples' });
      // Its summary is the example file's first comment line.
      expect(await pane.innerText()).toContain('Officials who signed at least $minAgreements agreements');
      await pane.getByRole('button', { name: 'SharedSignatories', exact: true }).click();
      await expect.poll(() => tabs.count()).toBe(before + 1);
      await expect
        .poll(() => page.title(), { timeout: 30_000 })
        .toBe('SharedSignatories · perjanjian-graph explorer');
      await page.locator('.graphiql-execute-button').click();
      await expect.poll(() => shown('.graphiql-response'), { timeout: 60_000 }).toContain(SHARED_SIGNATORY);
      await page.screenshot({ path: path.join(OUTPUT_DIR, 'explorer-examples-pane.png') });
      await page.getByRole('button', { name: 'Hide Examples' }).click();
      expect(offHost).toEqual([]);
    },
    BROWSER_TIMEOUT_MS,
  );

  it(
    'opens the documentation pane on the Query type and its sharedSignatories field',
    async () => {
      await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
      const docs = page.locator('.graphiql-doc-explorer');
      await docs.getByText('Query', { exact: true }).click({ timeout: 60_000 });
      await expect
        .poll(() => shown('.graphiql-doc-explorer'), { timeout: 30_000 })
        .toContain('sharedSignatories');
      await page.screenshot({ path: path.join(OUTPUT_DIR, 'explorer-docs.png') });
      expect(offHost).toEqual([]);
    },
    BROWSER_TIMEOUT_MS,
  );

  it(
    'links to the explorer from the Sandbox landing page when Sandbox cannot load',
    async () => {
      await page.goto(`${origin}/graphql`);
      const link = page.getByRole('link', { name: 'Open the built-in explorer' });
      await link.click({ timeout: 30_000 });
      await page.waitForURL(`${origin}/explorer/`);
      // The tabs saved by the tests above (two SharedSignatories, one from the Examples pane) come back.
      await page
        .locator('.graphiql-tab', { hasText: 'SharedSignatories' })
        .first()
        .waitFor({ timeout: 60_000 });
      // Sandbox's own files were asked for and refused: the page really was offline.
      expect(offHost.some((url) => url.includes('apollographql.com'))).toBe(true);
    },
    BROWSER_TIMEOUT_MS,
  );
});
