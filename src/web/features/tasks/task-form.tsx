import { useState } from 'react';
import { limits } from '../../../shared/limits.ts';
import type { Task } from '../../../shared/schemas/tasks.ts';
import { api, idempotent, isApiError, newIdempotencyKey } from '../../api.ts';
import { SubmitButton } from '../../components/button.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useLoad } from '../../use-load.ts';
import { useFormSubmission, type FieldErrors } from '../../use-form-submission.ts';
import { checkTaskForm, taskRequestOf, type TaskFormProblem, type TaskFormValues } from './task-validation.ts';

const fields = ['title', 'assigneeUserId', 'dueOn'] as const;
type Field = (typeof fields)[number];
const idOf = (field: Field) => `task-new-${field}`;
const empty: TaskFormValues = { title: '', assigneeUserId: '', dueOn: '' };

export interface TaskFormProps {
  caseId: string;
  onAdded: (task: Task) => void;
}

/** Adds a task: what to do, optionally who does it (someone working on the case) and by when. */
export function TaskForm({ caseId, onAdded }: TaskFormProps) {
  const { t, formatNumber } = useI18n();
  const [values, setValues] = useState<TaskFormValues>(empty);
  // One key per request being sent: kept across retries of it, renewed when the values change or are saved.
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const renewKey = () => {
    setIdempotencyKey(newIdempotencyKey());
  };
  const participants = useLoad(`participants:${caseId}`, (signal) =>
    api.GET('/api/cases/{caseId}/participants', { params: { path: { caseId } }, signal }),
  );
  const messageOf = (problem: TaskFormProblem): string => {
    switch (problem) {
      case 'titleRequired':
        return t('tasks.errors.titleRequired');
      case 'titleTooLong':
        return t('tasks.errors.titleTooLong', { max: formatNumber(limits.shortTextMax) });
      case 'dueInvalid':
        return t('tasks.errors.dueInvalid');
    }
  };

  // The server's 400s, by field and code.
  const serverMessageOf = (field: Field, code: string): string => {
    switch (field) {
      case 'title':
        return messageOf(code === 'too_big' ? 'titleTooLong' : 'titleRequired');
      case 'dueOn':
        return messageOf('dueInvalid');
      case 'assigneeUserId':
        return t('tasks.errors.assigneeNotParticipant');
    }
  };
  const { errors, summary, failedSubmits, isSending, handleSubmit, startSending, fail, failUnexpected, failFields } = useFormSubmission(
    fields,
    { targetOf: idOf, messageOf: serverMessageOf },
  );

  const set = (field: Field) => (value: string) => {
    // Another request than the one that may have been sent: it gets its own key.
    renewKey();
    setValues((v) => ({ ...v, [field]: value }));
  };

  const onSubmit = handleSubmit(() => {
    const problems = checkTaskForm(values);
    const found: FieldErrors<Field> = {};
    for (const field of fields) {
      const problem = problems[field];
      if (problem) found[field] = messageOf(problem);
    }
    if (Object.keys(found).length > 0) {
      fail(found, null);
      return;
    }
    startSending();
    api
      .POST('/api/cases/{caseId}/tasks', { params: { path: { caseId }, header: idempotent(idempotencyKey) }, body: taskRequestOf(values) })
      .then(
        (task) => {
          fail({}, null);
          renewKey();
          setValues(empty);
          onAdded(task);
        },
        (failure: unknown) => {
          if (isApiError(failure, 403)) return fail({}, t('tasks.forbidden'));
          if (failFields(failure)) return;
          if (isApiError(failure, 422)) renewKey();
          failUnexpected(failure);
        },
      );
  });

  const assignees = participants.status === 'ready' ? participants.data : [];
  const assigneeHint =
    participants.status === 'loading'
      ? t('tasks.participantsLoading')
      : participants.status === 'error'
        ? t('tasks.participantsFailed')
        : t('tasks.assigneeHint');

  return (
    <FormWithSummary onSubmit={onSubmit} summary={summary} focusKey={failedSubmits}>
      <TextField
        id={idOf('title')}
        label={t('tasks.title')}
        hint={t('tasks.titleHint')}
        error={errors.title}
        value={values.title}
        onChange={set('title')}
        autoComplete="off"
      />
      <SelectField
        id={idOf('assigneeUserId')}
        label={t('tasks.assigneeLabel')}
        hint={assigneeHint}
        error={errors.assigneeUserId}
        value={values.assigneeUserId}
        onChange={set('assigneeUserId')}
      >
        <option value="">{t('tasks.assigneeNone')}</option>
        {assignees.map((member, index) => (
          <option key={`${member.userId}:${index}`} value={member.userId}>
            {t('tasks.assigneeOption', { name: member.name, organisation: member.organisationName })}
          </option>
        ))}
      </SelectField>
      <TextField
        id={idOf('dueOn')}
        label={t('tasks.dueLabel')}
        hint={t('tasks.dueHint')}
        error={errors.dueOn}
        value={values.dueOn}
        onChange={set('dueOn')}
        type="date"
        width="medium"
      />
      <div className="button-group tasks-actions">
        <SubmitButton isSending={isSending}>{t('tasks.add')}</SubmitButton>
      </div>
    </FormWithSummary>
  );
}
