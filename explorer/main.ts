// The offline explorer: GraphiQL bundled from installed packages (scripts/build-explorer.mjs), so it
// loads with no CDN, fonts included (graphiql/style.css inlines them). The server serves this bundle
// at /explorer/ and the examples/ operations at /explorer/examples.json; each example opens as a tab.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { StarIcon, useGraphiQL, useGraphiQLActions, type GraphiQLPlugin } from '@graphiql/react';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
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

/** The first comment line of an example: what it asks, in the author's words. */
function summary(example: Example): string {
  return /^\s*#\s*(.+)$/m.exec(example.query)?.[1]?.trim() ?? '';
}

/** The operation name, as GraphiQL titles the tab. */
function operationName(example: Example): string {
  return /\b(?:query|mutation)\s+([A-Za-z_]\w*)/.exec(example.query)?.[1] ?? example.path;
}

/**
 * The Examples pane: every examples/ operation, grouped by folder; a click opens it in a new tab
 * (with its headers), so an example closed or edited away is one click from coming back.
 */
function examplesPlugin(examples: readonly Example[]): GraphiQLPlugin {
  function ExamplesPane(): ReactElement {
    const { addTab } = useGraphiQLActions();
    const queryEditor = useGraphiQL((state) => state.queryEditor);
    const headerEditor = useGraphiQL((state) => state.headerEditor);
    const open = (example: Example): void => {
      addTab();
      queryEditor?.setValue(example.query);
      headerEditor?.setValue(example.headers);
    };
    const folders = [...new Set(examples.map((e) => e.path.split('/')[0] ?? ''))];
    return createElement(
      'section',
      { className: 'explorer-examples', 'aria-label': 'Examples' },
      createElement('div', { className: 'graphiql-doc-explorer-title' }, 'Examples'),
      createElement('p', null, 'Operations from examples/; a click opens one in a new tab.'),
      ...folders.map((folder) =>
        createElement(
          'div',
          { key: folder },
          createElement('h3', null, folder),
          createElement(
            'ul',
            null,
            ...examples
              .filter((e) => e.path.startsWith(`${folder}/`))
              .map((example) =>
                createElement(
                  'li',
                  { key: example.path },
                  createElement(
                    'button',
                    { type: 'button', className: 'graphiql-button', onClick: () => open(example) },
                    operationName(example),
                  ),
                  createElement('div', { className: 'explorer-example-summary' }, summary(example)),
                ),
              ),
          ),
        ),
      ),
    );
  }
  return { title: 'Examples', icon: StarIcon, content: ExamplesPane };
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
        plugins: [examplesPlugin(examples), HISTORY_PLUGIN],
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
