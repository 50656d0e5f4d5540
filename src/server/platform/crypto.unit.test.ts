import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testConfig } from '../config.ts';
import { Keyring, KeyringError, loadKeyring } from './crypto.ts';

const key = (byte: number) => Buffer.alloc(32, byte).toString('base64');

describe('Keyring', () => {
  it('round-trips text and never shows the plaintext', () => {
    const ring = new Keyring(`a:${key(1)}`);
    const sealed = ring.encrypt('JBSWY3DPEHPK3PXP');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(sealed.startsWith('v1.a.')).toBe(true);
    expect(ring.decrypt(sealed)).toBe('JBSWY3DPEHPK3PXP');
    expect(ring.encrypt('same')).not.toBe(ring.encrypt('same'));
  });

  it('refuses a value that was tampered with', () => {
    const ring = new Keyring(`a:${key(1)}`);
    const sealed = ring.encrypt('secret');
    const last = sealed.at(-2) === 'A' ? 'B' : 'A';
    expect(() => ring.decrypt(`${sealed.slice(0, -2)}${last}${sealed.at(-1)}`)).toThrow();
  });

  it('reads values of an older key after rotation, and writes with the new one', () => {
    const old = new Keyring(`a:${key(1)}`);
    const sealed = old.encrypt('secret');
    const rotated = new Keyring(`b:${key(2)},a:${key(1)}`);
    expect(rotated.decrypt(sealed)).toBe('secret');
    expect(Keyring.keyIdOf(rotated.encrypt('x'))).toBe('b');
    expect(() => new Keyring(`b:${key(2)}`).decrypt(sealed)).toThrow(KeyringError);
  });

  it('a keyring read from the key file picks up a key added while it runs (samverka keys rotate)', () => {
    let spec = `a:${key(1)}`;
    const running = new Keyring(spec, () => spec);
    spec = `b:${key(2)},a:${key(1)}`;
    const sealedByRotation = new Keyring(spec).encrypt('secret');
    expect(running.decrypt(sealedByRotation)).toBe('secret');
    expect(running.currentKeyId).toBe('b');
    // A keyring from configuration has nothing to read again.
    expect(() => new Keyring(`a:${key(1)}`).decrypt(sealedByRotation)).toThrow(KeyringError);
  });

  it.each(['', 'nokey', `a:${Buffer.alloc(16).toString('base64')}`, `bad id!:${key(1)}`])('refuses the key spec %j', (spec) => {
    expect(() => new Keyring(spec)).toThrow(KeyringError);
  });
});

describe('loadKeyring', () => {
  it('creates a private key file on first use and reads it after', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'samverka-keys-'));
    try {
      const config = testConfig({ dataDir, encryptionKey: undefined });
      const first = loadKeyring(config);
      expect(first.createdKeyFile).toBe(path.join(dataDir, 'encryption.key'));
      expect(statSync(first.createdKeyFile!).mode & 0o777).toBe(0o600);
      const second = loadKeyring(config);
      expect(second.createdKeyFile).toBeUndefined();
      expect(second.keyring.decrypt(first.keyring.encrypt('x'))).toBe('x');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
