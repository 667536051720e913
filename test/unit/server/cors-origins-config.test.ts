import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/server/config.js';

describe('CORS_ORIGINS', () => {
  it('is empty by default: no origin may call the API from a browser script', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
  });

  it('takes comma-separated origins, spaces and empty entries ignored', () => {
    expect(
      loadConfig({ CORS_ORIGINS: 'https://dashboard.example.go.id, http://localhost:5173,,' }).corsOrigins,
    ).toEqual(['https://dashboard.example.go.id', 'http://localhost:5173']);
    expect(loadConfig({ CORS_ORIGINS: '*' }).corsOrigins).toEqual(['*']);
  });

  it.each([
    'https://dashboard.example.go.id/',
    'https://dashboard.example.go.id/app',
    'dashboard.example.go.id',
    'ftp://files.example.go.id',
    'null',
  ])('refuses %s, which a browser never sends as an Origin, naming the variable', (entry) => {
    expect(() => loadConfig({ CORS_ORIGINS: entry })).toThrow(ConfigError);
    expect(() => loadConfig({ CORS_ORIGINS: entry })).toThrow(
      `CORS_ORIGINS entry "${entry}" is not an origin`,
    );
  });
});
