import net from 'node:net';

/** The HTTP port cannot be used; the message names PORT and HOST, the settings that fix it. */
export class HttpPortError extends Error {
  override readonly name = 'HttpPortError';
}

/**
 * Fails at once when `port` cannot be bound on `host`, before anything slow starts. The server
 * binds it for real only after Neo4j has started and the seed has loaded; without this check a
 * taken port was reported as a raw EADDRINUSE half a minute later.
 */
export function assertHttpPortFree(port: number, host: string): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(new HttpPortError(httpPortMessage(port, host, error.code))),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

export function httpPortMessage(port: number, host: string, code: string | undefined): string {
  if (code === 'EADDRINUSE') {
    return `port ${port} on ${host} is already in use (another npm start?); stop what holds it or set PORT to a free port, e.g. PORT=4001 npm start`;
  }
  if (code === 'EACCES') {
    return `port ${port} on ${host} needs more privileges than this user has; set PORT to a port above 1023`;
  }
  return `cannot listen on port ${port} on ${host} (${code ?? 'unknown error'}); check PORT and HOST`;
}
