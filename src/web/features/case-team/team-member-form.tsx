import { useState } from 'react';
import type { CaseTeam, TeamMember } from '../../../shared/schemas/case-team.ts';
import { api, idempotent, ifMatch, isApiError } from '../../api.ts';
import { Button, SubmitButton } from '../../components/button.tsx';
import { CheckboxGroup } from '../../components/checkbox-group.tsx';
import { choiceId } from '../../components/choice-group.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { Loading, Notice } from '../../components/notice.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { type FieldErrors, useFormSubmission } from '../../use-form-submission.ts';
import { useLoad } from '../../use-load.ts';
import { useIdempotencyKey } from '../../use-idempotency-key.ts';
import { PanelHeading } from './team-form-parts.tsx';
import { isUsable, legalBasisSummary } from './team-labels.ts';
import type { TeamActionOutcome } from './team-panel.tsx';

const maxContacts = 20;
const fields = ['organisationId', 'legalBasisId', 'contactUserIds'] as const;
type Field = (typeof fields)[number];

export interface TeamMemberFormProps {
  caseId: string;
  team: CaseTeam;
  /** Given: change this team organisation; otherwise add one. */
  member?: TeamMember;
  outcome: TeamActionOutcome;
}

/**
 * Adds an organisation to the team under one of its legal bases, with named contacts chosen from
 * its members; or changes the legal basis and contacts of one already on it.
 */
export function TeamMemberForm({ caseId, team, member, outcome }: TeamMemberFormProps) {
  const { t, formatDate } = useI18n();
  const usableBases = team.legalBases.filter(isUsable);
  const onTeam = new Set(team.members.map((m) => m.organisationId));
  // Organisations that could join: a legal basis that holds, and not on the team already.
  const joinable = [...new Map(usableBases.filter((b) => !onTeam.has(b.organisationId)).map((b) => [b.organisationId, b.organisationName]))];
  const [organisationId, setOrganisationId] = useState(member?.organisationId ?? '');
  const basesOf = usableBases.filter((b) => b.organisationId === organisationId);
  const initialBasis = member ? (basesOf.some((b) => b.id === member.legalBasisId) ? member.legalBasisId : '') : '';
  const [legalBasisId, setLegalBasisId] = useState(initialBasis);
  const [contactUserIds, setContactUserIds] = useState<string[]>(member?.contacts.map((c) => c.userId) ?? []);
  const keyFor = useIdempotencyKey();
  // The summary links to the first contact's checkbox (a fieldset cannot take focus).
  const targetOf = (field: Field) =>
    field === 'contactUserIds' ? choiceId('member-contacts', contactUserIds[0] ?? member?.contacts[0]?.userId ?? '') : `member-${field}`;
  // The server's 400s: an organisation or basis it does not accept, contacts who may not be named.
  const serverMessages: Record<Field, string> = {
    organisationId: t('team.memberForm.errors.organisation'),
    legalBasisId: t('team.memberForm.errors.basisInvalid'),
    contactUserIds: t('team.memberForm.errors.contactsIneligible'),
  };
  const { errors, summary, failedSubmits, isSending, handleSubmit, startSending, fail, failUnexpected, failFields } = useFormSubmission(
    fields,
    { targetOf, messageOf: (field) => serverMessages[field] },
  );
  const candidates = useLoad(`team-contacts:${caseId}:${organisationId}`, async (signal) =>
    organisationId
      ? api.GET('/api/cases/{caseId}/team/candidates', { params: { path: { caseId }, query: { organisationId } }, signal })
      : { organisations: [], contacts: [] },
  );
  const choices = [
    ...(candidates.status === 'ready' ? candidates.data.contacts : []),
    ...(member?.contacts ?? []).filter((c) => candidates.status !== 'ready' || !candidates.data.contacts.some((p) => p.userId === c.userId)),
  ].map((p) => ({ value: p.userId, label: p.name }));

  const chooseOrganisation = (id: string) => {
    setOrganisationId(id);
    const bases = usableBases.filter((b) => b.organisationId === id);
    setLegalBasisId(bases.length === 1 ? bases[0]!.id : '');
    setContactUserIds([]);
  };

  const serverErrors = (error: unknown): FieldErrors<Field> | null => {
    if (isApiError(error, 409)) {
      const detail = error.problem?.detail ?? '';
      if (detail.includes('withdrawn')) return { legalBasisId: t('team.memberForm.errors.basisWithdrawn') };
      if (!member && detail.includes('already')) return { organisationId: t('team.memberForm.errors.alreadyMember') };
      return null;
    }
    return null;
  };

  const send = (): Promise<TeamMember> | null => {
    if (!member) {
      const body = { organisationId, legalBasisId, contactUserIds };
      return api.POST('/api/cases/{caseId}/team', { params: { path: { caseId }, header: idempotent(keyFor(body)) }, body });
    }
    const changes: { legalBasisId?: string; contactUserIds?: string[] } = {};
    if (legalBasisId !== member.legalBasisId) changes.legalBasisId = legalBasisId;
    const before = member.contacts.map((c) => c.userId);
    if (before.length !== contactUserIds.length || before.some((id) => !contactUserIds.includes(id))) changes.contactUserIds = contactUserIds;
    if (Object.keys(changes).length === 0) return null;
    return api.PATCH('/api/cases/{caseId}/team/{memberId}', {
      params: { path: { caseId, memberId: member.id }, header: ifMatch(member.version) },
      body: changes,
    });
  };

  const onSubmit = handleSubmit(() => {
    const found: FieldErrors<Field> = {};
    if (!organisationId) found.organisationId = t('team.memberForm.errors.organisation');
    if (!legalBasisId) found.legalBasisId = t('team.memberForm.errors.legalBasis');
    if (contactUserIds.length > maxContacts) found.contactUserIds = t('team.memberForm.errors.contactsTooMany', { max: maxContacts });
    if (Object.keys(found).length > 0) {
      fail(found, null);
      return;
    }
    const request = send();
    if (!request) {
      outcome.cancel();
      return;
    }
    startSending();
    request.then(
      (saved) => {
        outcome.done(t(member ? 'team.memberForm.saved' : 'team.memberForm.added', { organisation: saved.organisationName }));
      },
      (error: unknown) => {
        const server = serverErrors(error);
        if (server) fail(server, null);
        else if (failFields(error)) return;
        else if (isApiError(error, 412) || isApiError(error, 409) || isApiError(error, 404) || isApiError(error, 403)) outcome.outdated(error);
        else failUnexpected(error);
      },
    );
  });

  const heading = member ? t('team.memberForm.editHeading', { organisation: member.organisationName }) : t('team.memberForm.addHeading');
  return (
    <section className="panel team__panel" aria-labelledby="team-member-heading">
      <PanelHeading id="team-member-heading">{heading}</PanelHeading>
      {!member && joinable.length === 0 ? (
        <>
          <p>{t('team.memberForm.noCandidates')}</p>
          <Button variant="secondary" onClick={outcome.cancel}>
            {t('team.cancel')}
          </Button>
        </>
      ) : (
        <FormWithSummary onSubmit={onSubmit} summary={summary} focusKey={failedSubmits}>
          {!member && (
            <SelectField
              id="member-organisationId"
              label={t('team.memberForm.organisation')}
              hint={t('team.memberForm.organisationHint')}
              error={errors.organisationId}
              value={organisationId}
              onChange={chooseOrganisation}
            >
              <option value="">{t('team.memberForm.chooseOrganisation')}</option>
              {joinable.map(([id, name]) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </SelectField>
          )}
          {organisationId && (
            <>
              <SelectField
                id="member-legalBasisId"
                label={t('team.memberForm.legalBasis')}
                error={errors.legalBasisId}
                value={legalBasisId}
                onChange={setLegalBasisId}
              >
                <option value="">{t('team.memberForm.chooseLegalBasis')}</option>
                {basesOf.map((b) => (
                  <option key={b.id} value={b.id}>
                    {legalBasisSummary(t, formatDate, b)}
                  </option>
                ))}
              </SelectField>
              {candidates.status === 'loading' && <Loading label={t('team.memberForm.loadingContacts')} />}
              {candidates.status === 'error' && <Notice tone="error">{t('team.memberForm.contactsFailed')}</Notice>}
              {candidates.status === 'ready' && choices.length === 0 && <p>{t('team.memberForm.noContacts')}</p>}
              {choices.length > 0 && (
                <CheckboxGroup<string>
                  id="member-contacts"
                  name="member-contacts"
                  legend={t('team.memberForm.contacts')}
                  hint={t('team.memberForm.contactsHint', { max: maxContacts })}
                  error={errors.contactUserIds}
                  choices={choices}
                  values={contactUserIds}
                  onChange={setContactUserIds}
                />
              )}
            </>
          )}
          <div className="button-group">
            <SubmitButton isSending={isSending}>
              {member ? t('team.memberForm.submitEdit') : t('team.memberForm.submitAdd')}
            </SubmitButton>
            <Button variant="secondary" onClick={outcome.cancel}>
              {t('team.cancel')}
            </Button>
          </div>
        </FormWithSummary>
      )}
    </section>
  );
}
