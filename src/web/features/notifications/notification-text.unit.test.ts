import { describe, expect, it } from 'vitest';
import type { Translate } from '../../i18n/index.tsx';
import { sv } from '../../i18n/sv.ts';
import { deadlineWhen } from '../deadlines/deadline-labels.ts';
import { daysBetween, swedishToday } from '../deadlines/deadline-dates.ts';
import { notificationText } from './notification-text.ts';

const t: Translate = (key, values = {}) => sv[key].replace(/\{(\w+)\}/g, (_m, name: string) => String(values[name]));
const longDate = (iso: string) => new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
const reminder = (kind: Parameters<typeof notificationText>[2]['kind'], dueOn: string) => ({
  kind,
  caseReference: 'NMT-2026-000012',
  dueOn,
  organisationName: null,
});

describe('a reminder in words, counted from today', () => {
  it.each([
    ['reflection_period_ending', '2026-12-05', 'Betänketiden i ärende NMT-2026-000012 löper ut om 7 dagar (12 december 2026).'],
    ['reflection_period_ending', '2026-12-11', 'Betänketiden i ärende NMT-2026-000012 löper ut i morgon (12 december 2026).'],
    ['reflection_period_ended', '2026-12-12', 'Betänketiden i ärende NMT-2026-000012 löper ut i dag (12 december 2026).'],
    ['reflection_period_ended', '2026-12-20', 'Betänketiden i ärende NMT-2026-000012 löpte ut 12 december 2026.'],
    ['residence_permit_expiring', '2026-11-12', 'Det tillfälliga uppehållstillståndet i ärende NMT-2026-000012 löper ut om 30 dagar (12 december 2026).'],
    ['task_due', '2026-12-12', 'En uppgift i ärende NMT-2026-000012 ska vara klar i dag (12 december 2026).'],
    ['task_due', '2026-12-14', 'En uppgift i ärende NMT-2026-000012 skulle vara klar 12 december 2026.'],
    ['task_overdue', '2026-12-13', 'En uppgift i ärende NMT-2026-000012 blev försenad. Den skulle ha varit klar 12 december 2026.'],
  ] as const)('%s read on %s', (kind, today, expected) => {
    expect(notificationText(t, longDate, reminder(kind, '2026-12-12'), today)).toBe(expected);
  });

  it.each([
    ['consultation_new', 'Nytt metodstödsärende MS-2026-000012 i din region. Det ska få ett första svar senast 12 december 2026.'],
    ['consultation_overdue', 'Metodstödsärende MS-2026-000012 har inte fått något första svar. Svaret skulle ha lämnats senast 12 december 2026.'],
  ] as const)('%s names the consultation and its first-response date', (kind, expected) => {
    expect(notificationText(t, longDate, { kind, caseReference: 'MS-2026-000012', dueOn: '2026-12-12', organisationName: null }, '2026-12-14')).toBe(expected);
  });

  it.each([
    ['duplicate_same_person', 'Ärende NMT-2026-000012 har kopplats till ett annat ärende om samma person (12 december 2026).'],
    ['duplicate_not_same', 'En möjlig dubblett till ärende NMT-2026-000012 har bedömts inte vara samma person (12 december 2026).'],
  ] as const)('%s says what was decided about the case, never about whom', (kind, expected) => {
    expect(notificationText(t, longDate, { kind, caseReference: 'NMT-2026-000012', dueOn: '2026-12-12', organisationName: null }, '2026-12-14')).toBe(expected);
  });

  it.each([
    ['roles_changed', 'Dina roller i Malmö stad har ändrats.'],
    ['role_request_pending', 'En begäran om behörighet i Malmö stad väntar på ditt godkännande.'],
    ['role_request_rejected', 'Behörigheten du begärde i Malmö stad har avslagits.'],
  ] as const)('%s names the organisation and nothing else', (kind, expected) => {
    expect(notificationText(t, longDate, { kind, caseReference: null, dueOn: null, organisationName: 'Malmö stad' }, '2026-12-14')).toBe(expected);
  });
});

describe('where a deadline stands, in words', () => {
  it.each([
    ['task', 'upcoming', 5, 'Om 5 dagar'],
    ['task', 'upcoming', 1, 'I morgon'],
    ['task', 'due_today', 0, 'I dag'],
    ['task', 'overdue', -1, 'Försenad med 1 dag'],
    ['task', 'overdue', -4, 'Försenad med 4 dagar'],
    ['task', 'done', -4, 'Klar'],
    ['reflection_period', 'overdue', -3, 'Passerades för 3 dagar sedan'],
    ['residence_permit', 'overdue', -1, 'Passerades i går'],
  ] as const)('%s %s %i', (kind, status, daysLeft, expected) => {
    expect(deadlineWhen(t, { kind, status, daysLeft })).toBe(expected);
  });
});

describe('Swedish dates in the browser', () => {
  it('takes today from Stockholm, not from the device', () => {
    expect(swedishToday(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(swedishToday(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
  });

  it('counts calendar days across a change of summer time', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-12-12', '2026-12-05')).toBe(-7);
  });
});

describe("the return programme's notifications", () => {
  it('names the case for its team, and only the IOM organisation for its return officers', () => {
    expect(notificationText(t, longDate, reminder('return_follow_up_due', '2026-12-12'), '2026-12-12')).toBe(
      'NMT-2026-000012: en uppföljning av återvändandet ska göras 12 december 2026.',
    );
    const toIom = { kind: 'return_assigned' as const, caseReference: null, dueOn: '2026-12-12', organisationName: 'IOM Sverige' };
    expect(notificationText(t, longDate, toIom, '2026-12-12')).toBe('IOM Sverige: en ansökan om återvändande har lämnats till IOM.');
  });
});
