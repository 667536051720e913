// The offline explorer: GraphiQL bundled from installed packages (scripts/build-explorer.mjs), so it
// loads with no CDN, fonts included (graphiql/style.css inlines them). The server serves this bundle
// at /explorer/ and the examples/ operations at /explorer/examples.json; each example opens as a tab.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createElement, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';

/** One operation under examples/, as src/server/routes/explorer.ts lists it. */
interface Example {
  readonly path: string;
  readonly query: string;
  readonly headers: string;
}

// Own key prefix, so this explorer's saved tabs never mix with another GraphiQL on the same origin.
const STORAGE_PREFIX = 'perjanjian-explorer:';

const storage: Storage = {
  get length() {
    return ownKeys().length;
  },
  clear: () => ownKeys().forEach((key) => localStorage.removeItem(key)),
  key: (index) => ownKeys()[index]?.slice(STORAGE_PREFIX.length) ?? null,
  getItem: (key) => localStorage.getItem(STORAGE_PREFIX + key),
  setItem: (key, value) => localStorage.setItem(STORAGE_PREFIX + key, value),
  removeItem: (key) => localStorage.removeItem(STORAGE_PREFIX + key),
};

function ownKeys(): string[] {
  const keys: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key?.startsWith(STORAGE_PREFIX)) keys.push(key);
  }
  return keys;
}

async function loadExamples(): Promise<Example[]> {
  const response = await fetch(new URL('examples.json', window.location.href));
  if (!response.ok) throw new Error(`examples.json: HTTP ${response.status}`);
  return (await response.json()) as Example[];
}

/** Forgets the saved tabs, so the next load opens every example again (after examples/ changed). */
function resetTabs(): void {
  storage.clear();
  window.location.reload();
}

function logo(): ReactElement {
  return createElement(
    GraphiQL.Logo,
    null,
    createElement('span', null, 'perjanjian-graph'),
    createElement(
      'button',
      {
        type: 'button',
        className: 'graphiql-button',
        title: 'Close every tab and open the examples/ operations again',
        onClick: resetTabs,
      },
      'reset tabs',
    ),
  );
}

async function start(): Promise<void> {
  const container = document.getElementById('graphiql');
  if (!container) throw new Error('no #graphiql element');
  let examples: Example[] = [];
  try {
    examples = await loadExamples();
  } catch (error) {
    console.warn('explorer: examples not loaded', error);
  }
  // Relative to this page, so the explorer also works behind a reverse proxy that adds a prefix.
  const fetcher = createGraphiQLFetcher({ url: new URL('../graphql', window.location.href).toString() });
  createRoot(container).render(
    createElement(
      GraphiQL,
      {
        fetcher,
        storage,
        defaultTabs: examples.map((example) => ({ query: example.query, headers: example.headers })),
        // The Authorization header holds the API token: kept for this page only unless the user
        // turns on "persist headers" in the settings.
        shouldPersistHeaders: false,
        isHeadersEditorEnabled: true,
        defaultHeaders: '',
        // The browser tab names the operation the Run button will send (several explorers open at once).
        onEditOperationName: (name: string) => {
          document.title = `${name} · perjanjian-graph explorer`;
        },
      },
      logo(),
    ),
  );
}

void start();
