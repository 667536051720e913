/**
 * The raw-over-HTTP side's process (started by startRawHttpProcess in raw-http-server.ts, not
 * by hand): reads its connection and the bench variables as JSON on stdin, connects, listens on
 * 127.0.0.1, prints `listening <url>`, and exits on SIGTERM.
 */
import { connectNeo4j } from '../graph/driver.js';
import { silentLogger } from '../support/logger.js';
import { benchQueries } from './bench-queries.js';
import { listenRawHttp, rawHttpHandler, type RawHttpChildConfig } from './raw-http-server.js';

async function main(): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const config = JSON.parse(Buffer.concat(chunks).toString('utf8')) as RawHttpChildConfig;
  const db = await connectNeo4j(
    {
      uri: config.uri,
      username: config.username,
      password: config.password,
      database: config.database,
      queryTimeoutMs: config.queryTimeoutMs,
    },
    silentLogger,
  );
  const { server, url } = await listenRawHttp(rawHttpHandler(db, benchQueries(config.variables)));
  const stop = () => {
    server.close();
    server.closeAllConnections();
    void db.close().finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.stdout.write(`listening ${url}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`raw-http: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
