import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { assertHttpPortFree, HttpPortError } from '../../../src/server/http-port.js';

describe('assertHttpPortFree', () => {
  it('refuses a taken port naming PORT, before anything else starts', async () => {
    const holder = net.createServer();
    const port = await new Promise<number>((resolve) =>
      holder.listen(0, '127.0.0.1', () => resolve((holder.address() as net.AddressInfo).port)),
    );
    try {
      const attempt = assertHttpPortFree(port, '127.0.0.1');
      await expect(attempt).rejects.toBeInstanceOf(HttpPortError);
      await expect(attempt).rejects.toThrow(
        `port ${port} on 127.0.0.1 is already in use (another npm start?); stop what holds it or set PORT to a free port`,
      );
    } finally {
      holder.close();
    }
  });

  it('accepts a free port and leaves it free', async () => {
    const probe = net.createServer();
    const port = await new Promise<number>((resolve) =>
      probe.listen(0, '127.0.0.1', () => resolve((probe.address() as net.AddressInfo).port)),
    );
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    await expect(assertHttpPortFree(port, '127.0.0.1')).resolves.toBeUndefined();
    await expect(assertHttpPortFree(port, '127.0.0.1')).resolves.toBeUndefined();
  });
});
