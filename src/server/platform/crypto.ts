import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';

const algorithm = 'aes-256-gcm';
const keyLength = 32;
const ivLength = 12;
const format = 'v1';

export class KeyringError extends Error {}

/** HMAC-SHA256 under a subkey of one key of the ring, named by its id. */
export interface KeyedHasher {
  keyId: string;
  hash(material: string): string;
}

/**
 * The keys for data encrypted at rest (AES-256-GCM). Each value names the key that encrypted it,
 * so old values stay readable after a new key becomes current.
 */
export class Keyring {
  #currentKeyId: string;
  #keys: ReadonlyMap<string, Buffer>;
  /** Where the spec came from, when it can change while the server runs (the key file). */
  readonly #reread: (() => string) | undefined;

  constructor(spec: string, reread?: () => string) {
    const { keys, current } = parseSpec(spec);
    this.#keys = keys;
    this.#currentKeyId = current;
    this.#reread = reread;
  }

  get currentKeyId(): string {
    return this.#currentKeyId;
  }

  /**
   * Meeting a value under a key it does not hold, a keyring read from the key file reads the
   * file again: `samverka keys rotate` may have added a key while this server was running.
   */
  #keyFor(keyId: string): Buffer | undefined {
    const key = this.#keys.get(keyId);
    if (key || !this.#reread) return key;
    try {
      const { keys, current } = parseSpec(this.#reread());
      this.#keys = keys;
      this.#currentKeyId = current;
    } catch {
      return undefined;
    }
    return this.#keys.get(keyId);
  }

  /** `v1.<keyId>.<iv>.<ciphertext+tag>`, all base64url. */
  encrypt(plaintext: string): string {
    const iv = randomBytes(ivLength);
    const cipher = createCipheriv(algorithm, this.#keys.get(this.#currentKeyId)!, iv);
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return [format, this.#currentKeyId, iv.toString('base64url'), body.toString('base64url')].join('.');
  }

  /** Throws when the value was changed, or its key is not in the ring. */
  decrypt(value: string): string {
    const [version, keyId, iv, body] = value.split('.');
    const key = this.#keyFor(keyId ?? '');
    if (version !== format || !key || !iv || !body) throw new KeyringError('Unreadable encrypted value');
    const bytes = Buffer.from(body, 'base64url');
    const decipher = createDecipheriv(algorithm, key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(bytes.subarray(bytes.length - 16));
    return Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - 16)), decipher.final()]).toString('utf8');
  }

  /**
   * Keyed hashes (HMAC-SHA256, hex) for one purpose, one hasher per key of the ring, the current
   * key's first. Each hashes under a subkey derived with HKDF-SHA256 from its encryption key and
   * the purpose, so the encryption key itself never keys a hash, and a new key gives new hashes.
   */
  keyedHashers(purpose: string): KeyedHasher[] {
    const ids = [this.#currentKeyId, ...[...this.#keys.keys()].filter((id) => id !== this.#currentKeyId)];
    return ids.map((keyId) => {
      const subkey = Buffer.from(hkdfSync('sha256', this.#keys.get(keyId)!, Buffer.alloc(0), `samverka:${purpose}:v1`, keyLength));
      return { keyId, hash: (material: string) => createHmac('sha256', subkey).update(material, 'utf8').digest('hex') };
    });
  }

  /** The key id a stored value was encrypted under. */
  static keyIdOf(value: string): string | undefined {
    return value.split('.')[1];
  }
}

function parseSpec(spec: string): { keys: Map<string, Buffer>; current: string } {
  const keys = new Map<string, Buffer>();
  for (const pair of spec.split(',').map((s) => s.trim()).filter(Boolean)) {
    const [id, encoded] = pair.split(':');
    const key = Buffer.from(encoded ?? '', 'base64');
    if (!id || !/^[\w-]{1,32}$/.test(id) || key.length !== keyLength) {
      throw new KeyringError('SAMVERKA_ENCRYPTION_KEY: expected keyId:base64Key pairs with 32-byte keys');
    }
    keys.set(id, key);
  }
  const [first] = keys.keys();
  if (!first) throw new KeyringError('SAMVERKA_ENCRYPTION_KEY: no key given');
  return { keys, current: first };
}

export const keyFileName = 'encryption.key';

/**
 * The keyring from SAMVERKA_ENCRYPTION_KEY, or from the key file in the data folder, made (mode
 * 0600) on first start. Reports whether it made the file, so the start can say so.
 */
export function loadKeyring(config: Config): { keyring: Keyring; createdKeyFile?: string } {
  if (config.encryptionKey) return { keyring: new Keyring(config.encryptionKey) };
  const file = path.join(config.dataDir, keyFileName);
  const read = () => readFileSync(file, 'utf8').trim();
  if (existsSync(file)) return { keyring: new Keyring(read(), read) };
  mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  writeFileSync(file, `k1:${randomBytes(keyLength).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return { keyring: new Keyring(read(), read), createdKeyFile: file };
}
