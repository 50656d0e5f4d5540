import { describe, expect, it } from 'vitest';
import { loadConfig } from '../server/config.ts';
import { builtInRetentionYears, parseRetentionYears } from './retention-terms.ts';

describe('retention periods from the configuration', () => {
  it('takes overrides per record type over the built-in defaults', () => {
    expect(parseRetentionYears('case=12, call=3')).toEqual({ years: { case: 12, call: 3 } });
    expect(loadConfig({ SAMVERKA_RETENTION_YEARS: 'call=3' }).retentionYears).toEqual({ ...builtInRetentionYears, call: 3 });
    expect(loadConfig({}).retentionYears).toEqual(builtInRetentionYears);
  });

  it.each(['cases=3', 'case=0', 'case=101', 'case=three', 'case'])('refuses %s', (text) => {
    expect(parseRetentionYears(text)).toHaveProperty('error');
    expect(() => loadConfig({ SAMVERKA_RETENTION_YEARS: text })).toThrow(/SAMVERKA_RETENTION_YEARS/);
  });
});
