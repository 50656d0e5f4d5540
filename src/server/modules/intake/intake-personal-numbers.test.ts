import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harmlessTexts, refusedWritings } from '../../../shared/personal-number-in-text.fixtures.ts';
import { personalNumberMessage, type IntakeReceipt, type IntakeRequest } from '../../../shared/schemas/intake.ts';
import { auditEvents } from '../../db/schema/audit.ts';
import { consultations } from '../consultations/consultations.schema.ts';
import { intakeRateLimits } from './intake.schema.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { clientKeyOf } from './intake-guard.ts';
import { intakeForm } from '../../../../test/support/intake.ts';

// The public form asks for no identity data of the exposed person (DESIGN.md §6): a personal
// identity number in any free-text field, however it is written, is refused and nothing is kept.

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** A token issued long enough ago for a person to have filled in the form. */

let addressCounter = 0;
/** Each submission its own client address, so the rate limit never bites here. */
const freshAddress = () => `10.1.${Math.floor(++addressCounter / 250)}.${(addressCounter % 250) + 1}`;

const form = intakeForm;

const submit = (payload: IntakeRequest, remoteAddress = freshAddress()) =>
  t.app.inject({ method: 'POST', url: '/api/intake', payload, remoteAddress });

interface FieldErrors {
  errors: { field: string; code: string; message: string }[];
}

/** What the database holds that a submission could have added: consultations, audit rows, rate-limit rows. */
const stored = async () => ({
  consultations: Number((await t.db.select({ n: count() }).from(consultations))[0]!.n),
  audit: Number((await t.db.select({ n: count() }).from(auditEvents))[0]!.n),
  rateLimits: Number((await t.db.select({ n: count() }).from(intakeRateLimits))[0]!.n),
});

const textFields = ['requesterName', 'requesterOrganisation', 'requesterPhone', 'requesterEmail', 'description'] as const;

describe('POST /api/intake with a personal identity number in a free-text field', () => {
  // Every written form of the table, taking the fields in turn so each field sees every kind of writing.
  const cases = refusedWritings.map(([label, text, written], i) => [textFields[i % textFields.length]!, label, text, written] as const);

  it('covers at least 30 written forms across all five fields', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(new Set(cases.map(([field]) => field))).toEqual(new Set(textFields));
  });

  it.each(cases)('in %s, %s: 400 naming the field and what to remove, nothing stored', async (field, _label, text, written) => {
    const before = await stored();
    const address = freshAddress();
    const response = await submit(form({ [field]: text }), address);

    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const body = response.json<FieldErrors & { detail: string }>();
    expect(body.errors).toContainEqual({
      field,
      code: 'custom',
      message: `${personalNumberMessage}: remove ${written.map((w) => `"${w}"`).join(' and ')}`,
    });
    expect(body.detail).toContain(field);

    expect(await stored()).toEqual(before);
    const limits = await t.db.select().from(intakeRateLimits).where(eq(intakeRateLimits.clientKey, clientKeyOf(address)));
    expect(limits).toHaveLength(0);
  });

  it('names every field that holds one, in one answer', async () => {
    const before = await stored();
    const response = await submit(
      form({
        requesterName: 'Kim 850312-1231',
        requesterOrganisation: 'Skolan 19850312 1231',
        requesterPhone: '850312-1234',
        requesterEmail: 'a850312\u20131231@exempel.se',
        description: 'Hon har nummer 85 03 12\u00a0–\u00a01231 på kortet.',
      }),
    );
    expect(response.statusCode).toBe(400);
    const refused = response
      .json<FieldErrors>()
      .errors.filter((e) => e.message.startsWith(personalNumberMessage))
      .map((e) => e.field);
    expect(refused.sort()).toEqual([...textFields].sort());
    expect(await stored()).toEqual(before);
  });
});

describe('POST /api/intake with number-like texts that are no personal identity numbers', () => {
  it('covers at least 20 texts', () => {
    expect(harmlessTexts.length).toBeGreaterThanOrEqual(20);
  });

  it.each(harmlessTexts)('accepts %s in the description and stores it as written: %j', async (_label, text) => {
    const description = `Uppgift: ${text}. Hon verkar rädd.`;
    const response = await submit(form({ description }));
    expect(response.statusCode).toBe(201);
    const { reference } = response.json<IntakeReceipt>();
    const [row] = await t.db.select().from(consultations).where(eq(consultations.reference, reference));
    expect(row!.description).toBe(description);
  });

  it.each(['070-123 45 67', '0701234567', '+46 70 123 45 67', '+46 (0)70-123 45 67', '08-123 456 78'])(
    'accepts the phone number %j in the phone field',
    async (requesterPhone) => {
      const response = await submit(form({ requesterPhone }));
      expect(response.statusCode).toBe(201);
      const [row] = await t.db.select().from(consultations).where(eq(consultations.reference, response.json<IntakeReceipt>().reference));
      expect(row!.requesterPhone).toBe(requesterPhone);
    },
  );
});
