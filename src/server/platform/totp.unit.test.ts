import { describe, expect, it } from 'vitest';
import { currentTotp, newTotpEnrolment, verifyTotp } from './totp.ts';

const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const step = () => Math.floor(Date.now() / 30_000);

describe('TOTP', () => {
  it('makes a 160-bit secret, an otpauth URI for Samverka and an SVG QR code', async () => {
    const enrolment = await newTotpEnrolment('sofia@samverka.test');
    expect(enrolment.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(enrolment.uri).toBe(`otpauth://totp/Samverka:sofia%40samverka.test?secret=${enrolment.secret}&issuer=Samverka`);
    const svg = Buffer.from(enrolment.qrCode.replace('data:image/svg+xml;base64,', ''), 'base64').toString();
    expect(svg).toMatch(/^<svg/);
  });

  it('accepts the current code and one step either side, and returns the step', async () => {
    const now = Date.now() / 1000;
    expect(await verifyTotp(secret, await currentTotp(secret), null)).toBe(step());
    expect(await verifyTotp(secret, await currentTotp(secret, now - 30), null)).toBe(step() - 1);
    expect(await verifyTotp(secret, await currentTotp(secret, now + 30), null)).toBe(step() + 1);
    expect(await verifyTotp(secret, await currentTotp(secret, now - 90), null)).toBeNull();
  });

  it('refuses a step already used, or an earlier one', async () => {
    const code = await currentTotp(secret);
    expect(await verifyTotp(secret, code, step())).toBeNull();
    expect(await verifyTotp(secret, code, step() - 1)).toBe(step());
  });

  it('takes spaces but nothing that is not six digits', async () => {
    const code = await currentTotp(secret);
    expect(await verifyTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`, null)).toBe(step());
    expect(await verifyTotp(secret, 'abcdef', null)).toBeNull();
    expect(await verifyTotp(secret, `${code}1`, null)).toBeNull();
  });
});
