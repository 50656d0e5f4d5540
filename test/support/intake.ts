import type { IntakeRequest } from '../../src/shared/schemas/intake.ts';
import type { Keyring } from '../../src/server/platform/crypto.ts';
import { issueFormToken } from '../../src/server/modules/intake/intake-guard.ts';
import { testKeyring } from './factories.ts';

/** A form token issued half a minute ago: past the minimum fill time, long before it goes stale. */
export const readyIntakeToken = (keyring: Keyring = testKeyring) => issueFormToken(keyring, new Date(Date.now() - 30_000));

/** A complete public form as a professional fills it in, without identity data of the exposed person. */
export function intakeForm(overrides: Partial<IntakeRequest> & Record<string, unknown> = {}): IntakeRequest {
  return {
    requesterName: 'Kim Handläggare',
    requesterOrganisation: 'Socialtjänsten i Göteborg',
    requesterPhone: '031-123 45 67',
    requesterEmail: '',
    municipalityCode: '1480',
    description: 'En ung kvinna verkar bo på arbetsplatsen och får inte behålla sitt pass.',
    exploitationForms: ['forced_labour'],
    childInvolved: 'no',
    urgency: 'normal',
    formToken: readyIntakeToken(),
    website: '',
    ...overrides,
  };
}
