import { describe, expect, it } from 'vitest';
import { Keyring } from '../../platform/crypto.ts';
import { checkFormToken, clientKeyOf, decoyReference, issueFormToken, maximumFillMs, minimumFillMs } from './intake-guard.ts';

const keyring = new Keyring(`k1:${Buffer.alloc(32, 1).toString('base64')}`);
const otherKeyring = new Keyring(`k1:${Buffer.alloc(32, 2).toString('base64')}`);
const issuedAt = new Date('2026-03-02T09:00:00Z');
const after = (ms: number) => new Date(issuedAt.getTime() + ms);

describe('form token', () => {
  const token = issueFormToken(keyring, issuedAt);

  it('is refused before the minimum fill time and after the maximum, accepted between', () => {
    expect(checkFormToken(keyring, token, after(minimumFillMs - 1))).toEqual({ ok: false, reason: 'token_too_fast' });
    expect(checkFormToken(keyring, token, after(minimumFillMs))).toEqual({ ok: true });
    expect(checkFormToken(keyring, token, after(maximumFillMs))).toEqual({ ok: true });
    expect(checkFormToken(keyring, token, after(maximumFillMs + 1))).toEqual({ ok: false, reason: 'token_expired' });
  });

  it('cannot be forged, altered or made with another key', () => {
    expect(checkFormToken(otherKeyring, token, after(60_000)).ok).toBe(false);
    const [v, id, iv, body] = token.split('.');
    const flipped = body!.startsWith('A') ? `B${body!.slice(1)}` : `A${body!.slice(1)}`;
    expect(checkFormToken(keyring, [v, id, iv, flipped].join('.'), after(60_000))).toEqual({ ok: false, reason: 'token_invalid' });
    expect(checkFormToken(keyring, 'not a token', after(60_000))).toEqual({ ok: false, reason: 'token_invalid' });
    const plain = keyring.encrypt(JSON.stringify({ p: 'something-else', issuedAt: issuedAt.getTime() }));
    expect(checkFormToken(keyring, plain, after(60_000))).toEqual({ ok: false, reason: 'token_invalid' });
    expect(checkFormToken(keyring, keyring.encrypt('[]'), after(60_000))).toEqual({ ok: false, reason: 'token_invalid' });
  });

  it('differs each time, so two loads cannot be told apart or replayed as one', () => {
    expect(issueFormToken(keyring, issuedAt)).not.toBe(issueFormToken(keyring, issuedAt));
  });
});

describe('client key and decoy reference', () => {
  it('hashes the address', () => {
    expect(clientKeyOf('192.0.2.1')).toMatch(/^[0-9a-f]{64}$/);
    expect(clientKeyOf('192.0.2.1')).not.toBe(clientKeyOf('192.0.2.2'));
  });

  it('looks like a real reference', () => {
    for (let i = 0; i < 50; i++) expect(decoyReference(2026)).toMatch(/^MS-2026-(?!000000)\d{6}$/);
  });
});
