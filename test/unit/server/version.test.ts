import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_VERSION } from '../../../src/support/version.js';

describe('API_VERSION', () => {
  it('matches package.json', () => {
    const pkg = JSON.parse(fs.readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(API_VERSION).toBe(pkg.version);
  });
});
