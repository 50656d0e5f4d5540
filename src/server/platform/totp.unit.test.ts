import { describe, expect, it } from 'vitest';
import { currentTotp, newTotpEnrolment, verifyTotp } from './totp.ts';

const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
// A fixed moment in the middle of a 30-second step, so no test depends on when it runs.
const now = 1_767_225_615;
const step = Math.floor(now / 30);
const code = (epochSeconds = now) => currentTotp(secret, epochSeconds);
const verify = (token: string, lastStep: number | null) => verifyTotp(secret, token, lastStep, now);

describe('TOTP', () => {
  it('makes a 160-bit secret, an otpauth URI for Samverka and an SVG QR code', async () => {
    const enrolment = await newTotpEnrolment('sofia@samverka.test');
    expect(enrolment.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(enrolment.uri).toBe(`otpauth://totp/Samverka:sofia%40samverka.test?secret=${enrolment.secret}&issuer=Samverka`);
    const svg = Buffer.from(enrolment.qrCode.replace('data:image/svg+xml;base64,', ''), 'base64').toString();
    expect(svg).toMatch(/^<svg/);
  });

  it('accepts the current code and one step either side, and returns the step', async () => {
    expect(await verify(await code(), null)).toBe(step);
    expect(await verify(await code(now - 30), null)).toBe(step - 1);
    expect(await verify(await code(now + 30), null)).toBe(step + 1);
    expect(await verify(await code(now - 90), null)).toBeNull();
    expect(await verify(await code(now + 90), null)).toBeNull();
  });

  it('refuses a step already used, or an earlier one', async () => {
    const current = await code();
    expect(await verify(current, step)).toBeNull();
    expect(await verify(current, step - 1)).toBe(step);
    expect(await verify(await code(now - 30), step - 1)).toBeNull();
  });

  it('takes spaces but nothing that is not six digits', async () => {
    const current = await code();
    expect(await verify(`${current.slice(0, 3)} ${current.slice(3)}`, null)).toBe(step);
    expect(await verify('abcdef', null)).toBeNull();
    expect(await verify(`${current}1`, null)).toBeNull();
  });

  it('checks against the clock when no moment is given', async () => {
    const seconds = Date.now() / 1000;
    const accepted = await verifyTotp(secret, await currentTotp(secret, seconds), null);
    // Whatever the step is when it is checked, the code of `seconds` is within one step of it.
    expect(accepted).toBe(Math.floor(seconds / 30));
  });
});
