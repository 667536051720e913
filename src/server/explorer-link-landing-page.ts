import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

// Apollo's Sandbox page shows this block when its CDN script cannot load (offline, or a network
// that blocks the CDN); once Sandbox loads, its frame covers the block.
const FALLBACK_MARKER = '<div class="fallback">';
// The page allows only styles carrying its per-request nonce (its Content-Security-Policy).
const NONCE = /<script nonce="([0-9a-f]+)"/;
// Sandbox's empty, full-window container lies over the notice even when Sandbox never loaded, so
// the link could be seen but not clicked; while it is empty, clicks go through it.
const LET_CLICKS_THROUGH = '#embeddableSandbox:empty { pointer-events: none; }';

/**
 * Apollo's landing page with a link to the offline explorer in its "cannot be loaded" notice, so a
 * user on a restricted network finds a working IDE from the page they were sent to. Throws at
 * start if the page no longer has that notice (an Apollo upgrade), rather than losing the link.
 */
export function withExplorerLink<TContext extends BaseContext>(
  landingPage: ApolloServerPlugin<TContext>,
  explorerHref: string,
): ApolloServerPlugin<TContext> {
  const link =
    `\n  <p>Offline or on a restricted network? <a href="${explorerHref}">Open the built-in explorer</a> ` +
    '(GraphiQL served by this server; no internet needed).</p>';
  return {
    async serverWillStart(service) {
      const listener = await landingPage.serverWillStart?.(service);
      const render = listener?.renderLandingPage;
      if (!listener || !render) return listener;
      return {
        ...listener,
        async renderLandingPage() {
          const page = await render();
          const html = async (): Promise<string> =>
            typeof page.html === 'string' ? page.html : await page.html();
          const first = await html();
          if (!first.includes(FALLBACK_MARKER) || !NONCE.test(first)) {
            throw new Error(
              `Apollo's landing page has no ${FALLBACK_MARKER} or nonce to link the explorer from`,
            );
          }
          // A function, not a string: Apollo's page carries a fresh CSP nonce on every request.
          return {
            html: async () => {
              const text = await html();
              const nonce = NONCE.exec(text)?.[1] ?? '';
              const style = `\n  <style nonce="${nonce}">${LET_CLICKS_THROUGH}</style>`;
              return text.replace(FALLBACK_MARKER, FALLBACK_MARKER + link + style);
            },
          };
        },
      };
    },
  };
}
