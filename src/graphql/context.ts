import type { GraphDatabase } from '../graph/driver.js';
import type { Logger } from '../support/logger.js';
import type { Loaders } from './loaders/create-loaders.js';

/** What every resolver receives; built fresh for each request (loaders must never outlive one). */
export interface Context {
  readonly db: GraphDatabase;
  readonly log: Logger;
  /** Names this request in every log line and in `extensions.requestId` of the errors it returns. */
  readonly requestId: string;
  /** True when the request carried `Authorization: Bearer <API_TOKEN>` matching the configured token. */
  readonly authorized: boolean;
  /** False when no API_TOKEN is configured: mutations are then refused with a message saying how to set one. */
  readonly tokenConfigured: boolean;
  /** Per-request batch loaders; see loaders/create-loaders.ts. */
  readonly loaders: Loaders;
}
