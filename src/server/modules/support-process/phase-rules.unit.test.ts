import { describe, expect, it } from 'vitest';
import type { CasePhase, PhaseMoveKind } from '../../../shared/enums.ts';
import { decideMove, missingForForwardMove, moveKindOf, nextPhaseOf, type PhaseFacts } from './phase-rules.ts';

/** A case that has everything every phase needs, in the given phase. */
function complete(phase: CasePhase, overrides: Partial<PhaseFacts> = {}): PhaseFacts {
  return {
    phase,
    leadUserId: 'lead',
    riskLevel: 'high',
    policeReportReference: 'K-123',
    noPoliceReportReason: null,
    longTermPath: 'residence',
    closureOutcome: 'moved_on',
    closureReason: 'The person has moved on.',
    isChild: false,
    hasSocialServicesOnTeam: false,
    requiredChecklist: [{ itemId: 'item-1', labelEn: 'Done thing', done: true }],
    ...overrides,
  };
}

const fields = (facts: PhaseFacts, to: CasePhase) => missingForForwardMove(facts, to).map((m) => m.field);

describe('nextPhaseOf', () => {
  it.each([
    ['suspicion', 'assessment'],
    ['assessment', 'protection'],
    ['protection', 'legal'],
    ['legal', 'long_term'],
    ['long_term', 'closed'],
    ['closed', null],
  ] as const)('%s → %s', (phase, next) => {
    expect(nextPhaseOf(phase)).toBe(next);
  });
});

describe('moveKindOf', () => {
  const table: [CasePhase, CasePhase, PhaseMoveKind | null][] = [
    ['suspicion', 'assessment', 'forward'],
    ['suspicion', 'protection', null],
    ['suspicion', 'long_term', null],
    ['suspicion', 'closed', 'forward'],
    ['suspicion', 'suspicion', null],
    ['assessment', 'protection', 'forward'],
    ['assessment', 'suspicion', 'back'],
    ['protection', 'legal', 'forward'],
    ['protection', 'suspicion', 'back'],
    ['protection', 'closed', 'forward'],
    ['legal', 'assessment', 'back'],
    ['legal', 'closed', 'forward'],
    ['long_term', 'closed', 'forward'],
    ['long_term', 'legal', 'back'],
    ['closed', 'suspicion', 'reopen'],
    ['closed', 'long_term', 'reopen'],
    ['closed', 'closed', null],
  ];
  it.each(table)('%s → %s is %s', (from, to, kind) => {
    expect(moveKindOf(from, to)).toBe(kind);
  });
});

describe('what entering a phase needs', () => {
  const table: [string, CasePhase, Partial<PhaseFacts>, CasePhase, string[]][] = [
    ['a complete case moves on', 'suspicion', {}, 'assessment', []],
    ['assessment needs a lead', 'suspicion', { leadUserId: null }, 'assessment', ['leadUserId']],
    ['protection needs the risk level', 'assessment', { riskLevel: null }, 'protection', ['riskLevel']],
    ['legal needs a police report reference…', 'protection', { policeReportReference: null }, 'legal', ['policeReport']],
    ['…or the reason there is none', 'protection', { policeReportReference: null, noPoliceReportReason: 'Declined' }, 'legal', []],
    ['long term needs a path', 'legal', { longTermPath: null }, 'long_term', ['longTermPath']],
    ['closing needs outcome and reason', 'long_term', { closureOutcome: null, closureReason: null }, 'closed', ['closureOutcome', 'closureReason']],
    ['closing early needs outcome and reason too', 'suspicion', { closureReason: null }, 'closed', ['closureReason']],
    ['only what the target phase needs', 'suspicion', { riskLevel: null, longTermPath: null }, 'assessment', []],
  ];
  it.each(table)('%s', (_name, phase, overrides, to, expected) => {
    expect(fields(complete(phase, overrides), to)).toEqual(expected);
  });
});

describe('the checklist', () => {
  const unticked = { requiredChecklist: [{ itemId: 'a', labelEn: 'A', done: false }, { itemId: 'b', labelEn: 'B', done: true }, { itemId: 'c', labelEn: 'C', done: false }] };

  it('lists each required item not ticked, when moving on to the next phase', () => {
    expect(fields(complete('suspicion', unticked), 'assessment')).toEqual(['checklist.a', 'checklist.c']);
  });

  it('is not needed to close early', () => {
    expect(fields(complete('suspicion', unticked), 'closed')).toEqual([]);
  });

  it('is needed to close from the long-term phase, where closing is the next phase', () => {
    expect(fields(complete('long_term', unticked), 'closed')).toEqual(['checklist.a', 'checklist.c']);
  });

  it('comes after what the phase needs', () => {
    expect(fields(complete('suspicion', { ...unticked, leadUserId: null }), 'assessment')).toEqual(['leadUserId', 'checklist.a', 'checklist.c']);
  });
});

describe('children', () => {
  const child = { isChild: true, hasSocialServicesOnTeam: false };
  const table: [CasePhase, CasePhase, Partial<PhaseFacts>, string[]][] = [
    ['suspicion', 'assessment', child, []],
    ['assessment', 'protection', child, ['socialServicesOnTeam']],
    ['protection', 'legal', child, ['socialServicesOnTeam']],
    ['legal', 'long_term', child, ['socialServicesOnTeam']],
    ['assessment', 'closed', child, []],
    ['assessment', 'protection', { isChild: true, hasSocialServicesOnTeam: true }, []],
    ['assessment', 'protection', { isChild: false, hasSocialServicesOnTeam: false }, []],
  ];
  it.each(table)('%s → %s with %o misses %o', (phase, to, overrides, expected) => {
    expect(fields(complete(phase, overrides), to)).toEqual(expected);
  });

  it('lists the child rule with the other missing items', () => {
    expect(fields(complete('assessment', { ...child, riskLevel: null }), 'protection')).toEqual(['riskLevel', 'socialServicesOnTeam']);
  });
});

describe('decideMove', () => {
  it('accepts a complete forward move', () => {
    expect(decideMove(complete('suspicion'), 'assessment', undefined)).toEqual({ ok: true, kind: 'forward' });
  });

  it('refuses an incomplete forward move with 422 and every missing item', () => {
    const decision = decideMove(complete('suspicion', { leadUserId: null }), 'assessment', undefined);
    expect(decision).toMatchObject({ ok: false, status: 422 });
    expect(decision.ok ? [] : decision.errors).toEqual([{ field: 'leadUserId', code: 'missing', message: expect.any(String) }]);
  });

  it.each([
    ['suspicion', 'legal'],
    ['assessment', 'assessment'],
    ['closed', 'closed'],
  ] as const)('refuses %s → %s with 422 on `to`', (from, to) => {
    const decision = decideMove(complete(from), to, 'A reason long enough');
    expect(decision).toMatchObject({ ok: false, status: 422, errors: [{ field: 'to', code: 'invalid_move' }] });
  });

  it.each([
    ['legal', 'assessment', 'back'],
    ['closed', 'protection', 'reopen'],
  ] as const)('%s → %s (%s) needs a reason: 400 without, accepted with', (from, to, kind) => {
    expect(decideMove(complete(from), to, undefined)).toMatchObject({ ok: false, status: 400, errors: [{ field: 'reason', code: 'required' }] });
    expect(decideMove(complete(from), to, 'The assessment must be redone.')).toEqual({ ok: true, kind });
  });

  it('does not check entry requirements when moving back or reopening', () => {
    const empty = complete('closed', { leadUserId: null, riskLevel: null, requiredChecklist: [{ itemId: 'x', labelEn: 'X', done: false }] });
    expect(decideMove(empty, 'long_term', 'Reopened after new information')).toEqual({ ok: true, kind: 'reopen' });
    expect(decideMove({ ...empty, phase: 'legal' }, 'protection', 'Back for new measures')).toEqual({ ok: true, kind: 'back' });
  });
});
