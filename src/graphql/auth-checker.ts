import type { AuthChecker } from 'type-graphql';
import type { Context } from './context.js';
import { ForbiddenError, UnauthenticatedError } from './error-code.js';

/**
 * Guards `@Authorized()` fields (the mutations). Without a configured API_TOKEN they are
 * refused outright, with a message that says how to enable them, rather than left open.
 */
export const authChecker: AuthChecker<Context> = ({ context }) => {
  if (!context.tokenConfigured) {
    throw new ForbiddenError(
      'mutations are disabled on this server: set API_TOKEN in its environment and send "Authorization: Bearer <API_TOKEN>"',
    );
  }
  if (!context.authorized) {
    throw new UnauthenticatedError(
      'this mutation needs the header "Authorization: Bearer <API_TOKEN>" with the server\'s token',
    );
  }
  return true;
};
