import '../../zod-config.ts';
import { useState } from 'react';
import type { Role } from '../../../shared/enums.ts';
import { limits } from '../../../shared/limits.ts';
import { invitationCreateInput, type InvitationSent, type RoleChoice } from '../../../shared/schemas/admin.ts';
import { api, isApiError } from '../../api.ts';
import { SubmitButton } from '../../components/button.tsx';
import { CheckboxGroup } from '../../components/checkbox-group.tsx';
import { choiceId } from '../../components/choice-group.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { Notice } from '../../components/notice.tsx';
import { bindTextField, TextField } from '../../components/text-field.tsx';
import { useT } from '../../i18n/index.tsx';
import { useFormSubmission } from '../../use-form-submission.ts';
import { roleLabel } from './admin-labels.ts';
import { InvitationLink } from './invitation-link.tsx';
import { roleRefusalText } from './role-refusal.ts';

const fields = ['name', 'email', 'roles'] as const;
type Field = (typeof fields)[number];
const targetOf = (field: Field) => (field === 'roles' ? choiceId('invite-roles', 'case_worker') : `invite-${field}`);

export interface InviteFormProps {
  organisationId: string;
  /** The roles of the organisation's kind, with whether this admin may give each (from the server). */
  choices: readonly RoleChoice[];
  onInvited: () => void;
}

/** Invite a new member with roles; shows the link to hand over when it could not be e-mailed. */
export function InviteForm({ organisationId, choices, onInvited }: InviteFormProps) {
  const t = useT();
  const [values, setValues] = useState<Record<'name' | 'email', string>>({ name: '', email: '' });
  const [roles, setRoles] = useState<Role[]>([]);
  const [sent, setSent] = useState<{ result: InvitationSent; name: string } | null>(null);
  const messageOf = (field: Field, code: string): string => {
    switch (field) {
      case 'name':
        return code === 'too_big' ? t('invite.errors.nameTooLong', { max: limits.nameMax }) : t('invite.errors.nameRequired');
      case 'email':
        return t('invite.errors.emailInvalid');
      case 'roles':
        return t('invite.errors.rolesRequired');
    }
  };
  const { errors, summary, failedSubmits, isSending, handleSubmit, startSending, fail, failUnexpected, check, failFields } =
    useFormSubmission(fields, { targetOf, messageOf });
  const field = (name: 'name' | 'email') => ({ ...bindTextField(name, values, setValues, errors), id: `invite-${name}` });

  const onSubmit = handleSubmit(async () => {
    const body = await check(invitationCreateInput, { ...values, roles });
    if (!body) return;
    startSending();
    setSent(null);
    api.POST('/api/organisations/{organisationId}/invitations', { params: { path: { organisationId } }, body }).then(
      (result) => {
        fail({}, null);
        setSent({ result, name: body.name });
        setValues({ name: '', email: '' });
        setRoles([]);
        onInvited();
      },
      (error: unknown) => {
        if (isApiError(error, 409)) return fail({}, t('invite.conflict'));
        if (isApiError(error, 403)) return fail({}, roleRefusalText(t, error, t('invite.forbidden')));
        if (!failFields(error)) failUnexpected(error);
      },
    );
  });

  return (
    <>
      {sent?.result.emailed && (
        <Notice tone="success" takeFocus>
          {t('invite.emailed', { email: sent.result.invitation.email })}
        </Notice>
      )}
      {sent?.result.link && <InvitationLink link={sent.result.link} name={sent.name} />}
      {sent?.result.invitation.awaitingApproval && (
        <Notice tone="info" takeFocus>
          {t('roles.invitation.awaitingCreated', { name: sent.name })}
        </Notice>
      )}
      <FormWithSummary onSubmit={onSubmit} summary={summary} focusKey={failedSubmits}>
        <TextField {...field('name')} label={t('invite.name')} autoComplete="off" required />
        <TextField {...field('email')} label={t('invite.email')} type="email" autoComplete="off" spellCheck={false} required />
        <CheckboxGroup<Role>
          id="invite-roles"
          name="roles"
          legend={t('invite.roles')}
          hint={`${t('invite.rolesHint')} ${t('roles.rulesHint')}`}
          error={errors.roles}
          choices={choices.map((choice) => ({
            value: choice.role,
            label: roleLabel(t, choice.role),
            disabled: choice.refusal !== null,
            hint: choice.refusal ? t(`roles.refusal.${choice.refusal}`) : choice.needsApproval ? t('roles.needsApproval') : undefined,
          }))}
          values={roles}
          onChange={setRoles}
        />
        <div className="button-group">
          <SubmitButton isSending={isSending}>{t('invite.submit')}</SubmitButton>
        </div>
      </FormWithSummary>
    </>
  );
}
