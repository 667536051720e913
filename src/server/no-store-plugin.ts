import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';

/**
 * What Apollo's default cache-control plugin did for this schema, without its cost. That plugin
 * computes a cache hint for every field of every answer (a `willResolveField` hook, which makes
 * Apollo wrap every resolver of the schema), and since no type or field here declares a hint
 * (`@cacheControl`) every answer came out uncacheable: `Cache-Control: no-store`. On a page of 50
 * agreements with their parties that is over a thousand hooks per request for a constant.
 *
 * So the plugin is disabled and this one sends the same header. A header set before (nothing
 * here sets one on GraphQL answers) is left alone. Answers that may be reused are kept by our own
 * response cache (response-cache.ts), which does not read Apollo's cache hints.
 */
export function noStorePlugins<TContext extends object>(): ApolloServerPlugin<TContext>[] {
  return [
    ApolloServerPluginCacheControlDisabled(),
    {
      async requestDidStart() {
        return {
          async willSendResponse({ response }) {
            if (!response.http.headers.has('cache-control'))
              response.http.headers.set('cache-control', 'no-store');
          },
        };
      },
    },
  ];
}
