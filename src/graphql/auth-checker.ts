import { GraphQLError } from 'graphql';
import type { AuthChecker } from 'type-graphql';
import type { Context } from './context.js';

/**
 * Guards `@Authorized()` fields (the mutations). Without a configured API_TOKEN they are
 * refused outright, with a message that says how to enable them, rather than left open.
 */
export const authChecker: AuthChecker<Context> = ({ context }) => {
  if (!context.tokenConfigured) {
    throw new GraphQLError(
      'mutations are disabled on this server: set API_TOKEN in its environment and send "Authorization: Bearer <API_TOKEN>"',
      { extensions: { code: 'FORBIDDEN', http: { status: 403 } } },
    );
  }
  if (!context.authorized) {
    throw new GraphQLError(
      'this mutation needs the header "Authorization: Bearer <API_TOKEN>" with the server\'s token',
      {
        extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
      },
    );
  }
  return true;
};
