import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('defaults to the embedded database in ./data on 127.0.0.1:3000', () => {
    const config = loadConfig({}, '/srv/samverka');
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 3000,
      databaseUrl: undefined,
      dataDir: path.resolve('/srv/samverka/data'),
      demo: false,
      publicUrl: 'http://127.0.0.1:3000',
      secureCookies: false,
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('keeps demo data apart from real data', () => {
    expect(loadConfig({ SAMVERKA_DEMO: 'true' }, '/srv').dataDir).toBe(path.resolve('/srv/data/demo'));
    expect(loadConfig({ SAMVERKA_DEMO: 'true', SAMVERKA_DATA_DIR: '/x' }, '/srv').dataDir).toBe('/x');
  });

  it('takes HOST, PORT and a public https address', () => {
    const config = loadConfig({ HOST: '0.0.0.0', PORT: '8080', PUBLIC_URL: 'https://samverka.example.se/' });
    expect(config.port).toBe(8080);
    expect(config.publicUrl).toBe('https://samverka.example.se');
    expect(config.secureCookies).toBe(true);
  });

  it('lists every problem at once', () => {
    const attempt = () => loadConfig({ PORT: 'eighty', DATABASE_URL: 'not a url', LOG_LEVEL: 'loud' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT[\s\S]*DATABASE_URL[\s\S]*LOG_LEVEL/);
  });
});
