import type { ApolloServerPlugin, BaseContext, GraphQLServerContext } from '@apollo/server';
import { describe, expect, it } from 'vitest';
import { withExplorerLink } from '../../../src/server/explorer-link-landing-page.js';

// A stand-in for Apollo's landing page plugin: only the HTML it renders matters here.
function landingPage(html: () => string): ApolloServerPlugin<BaseContext> {
  return {
    async serverWillStart() {
      return { renderLandingPage: async () => ({ html: async () => html() }) };
    },
  };
}

async function render(plugin: ApolloServerPlugin<BaseContext>): Promise<string> {
  const listener = await plugin.serverWillStart!({} as GraphQLServerContext);
  const page = await listener!.renderLandingPage!();
  return typeof page.html === 'string' ? page.html : page.html();
}

describe('withExplorerLink', () => {
  it("puts the link and a style with the page's own nonce into the offline notice, fresh per request", async () => {
    let n = 0;
    const plugin = withExplorerLink(
      landingPage(
        () => `<script nonce="${(++n).toString(16)}ab"></script><div class="fallback"><h1>x</h1></div>`,
      ),
      '/explorer/',
    );
    const listener = await plugin.serverWillStart!({} as GraphQLServerContext);
    const page = await listener!.renderLandingPage!();
    const html = page.html as () => Promise<string>;
    const first = await html();
    expect(first).toContain(
      '<div class="fallback">\n  <p>Offline or on a restricted network? <a href="/explorer/">',
    );
    const second = await html();
    // Each rendering carries its own nonce (the check at start used 1ab).
    expect(first).toContain('<style nonce="2ab">#embeddableSandbox:empty { pointer-events: none; }</style>');
    expect(second).toContain('<style nonce="3ab">');
  });

  it('fails at start, naming what is missing, when the page has no offline notice to link from', async () => {
    const plugin = withExplorerLink(
      landingPage(() => '<script nonce="ab"></script><div id="other"></div>'),
      '/x/',
    );
    await expect(render(plugin)).rejects.toThrow(`Apollo's landing page has no <div class="fallback">`);
  });

  it('leaves a plugin that renders no landing page alone', async () => {
    const plugin = withExplorerLink({ serverWillStart: async () => ({}) }, '/explorer/');
    expect(await plugin.serverWillStart!({} as GraphQLServerContext)).toEqual({});
  });
});
