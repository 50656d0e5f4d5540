import '../../zod-config.ts';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { CallTopic, PoliceRegion } from '../../../shared/enums.ts';
import { policeRegions } from '../../../shared/enums.ts';
import { languageCodes } from '../../../shared/languages.ts';
import { callAdviceMax, callCreateInput, type CallItem } from '../../../shared/schemas/calls.ts';
import { api, idempotent, newIdempotencyKey } from '../../api.ts';
import { SubmitButton } from '../../components/button.tsx';
import { choiceId } from '../../components/choice-group.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { RadioGroup } from '../../components/radio-group.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextAreaField } from '../../components/text-area-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useFormSubmission } from '../../use-form-submission.ts';
import { codeLabeller } from '../persons/person-labels.ts';
import { callControlId, callFields, callMessageOf, callRequestOf, emptyCallValues, type CallValues } from './call-form-values.ts';
import { categoryChoices, commonCallLanguages, formatDuration, regionName, topicChoices } from './call-labels.ts';
import { useCallTimer } from './call-timer.ts';
import './calls.css';

const startButtonId = 'call-start';

/**
 * The call log's form, built for use during a call with the keyboard: Enter on "Start call" starts
 * the timer and moves to who is calling (arrow keys), Tab to the topic (type a letter), Tab to the
 * advice; Ctrl+Enter anywhere in the form, or Enter on the save button, saves and ends the timer.
 */
export function CallForm({ onSaved }: { onSaved: (call: CallItem) => void }) {
  const { t, language } = useI18n();
  const timer = useCallTimer();
  const [values, setValues] = useState<CallValues>(emptyCallValues);
  const [status, setStatus] = useState('');
  const startRef = useRef<HTMLButtonElement>(null);
  const formRef = useRef<HTMLDivElement>(null);
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const submission = useFormSubmission(callFields, {
    targetOf: callControlId,
    messageOf: (field, code) => callMessageOf(t, field, code),
    // The times are the timer's, not a field: a problem with them is said above the fields.
    otherProblem: () => t('calls.errors.times'),
  });
  const { errors } = submission;

  useEffect(() => { startRef.current?.focus(); }, []);

  // Ctrl+Enter (Cmd+Enter on a Mac) saves from any field of the form, the advice text included.
  useEffect(() => {
    const wrapper = formRef.current;
    if (!wrapper) return;
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        wrapper.querySelector('form')?.requestSubmit();
      }
    };
    wrapper.addEventListener('keydown', onKeyDown);
    return () => { wrapper.removeEventListener('keydown', onKeyDown); };
  }, []);

  const languages = useMemo(() => {
    const labeller = codeLabeller('language', language, t);
    const common = new Set<string>(commonCallLanguages);
    return {
      common: commonCallLanguages.map((code) => ({ value: code, label: labeller.label(code) })),
      rest: labeller.sorted(languageCodes.filter((code) => !common.has(code))),
    };
  }, [language, t]);

  const set = <K extends keyof CallValues>(key: K, value: CallValues[K]) => { setValues((v) => ({ ...v, [key]: value })); };

  const toggleTimer = () => {
    if (timer.running) {
      const ended = timer.stop();
      setStatus(t('calls.timer.stopped', { duration: formatDuration((ended.getTime() - timer.startedAt!.getTime()) / 1000) }));
      return;
    }
    const started = timer.start();
    setStatus(t('calls.timer.started', { time: started.toLocaleTimeString(language === 'sv' ? 'sv-SE' : 'en-GB', { hour: '2-digit', minute: '2-digit' }) }));
    // Straight on to who is calling: the arrow keys choose.
    document.getElementById(choiceId('call-category', values.callerCategory ?? 'professional'))?.focus();
  };

  const save = async () => {
    const body = await submission.check(callCreateInput, callRequestOf(values, timer, new Date()));
    if (!body) return;
    submission.startSending();
    api.POST('/api/calls', { params: { header: idempotent(idempotencyKey) }, body }).then(
      (call) => {
        submission.fail({}, null);
        timer.reset();
        setValues(emptyCallValues);
        setIdempotencyKey(newIdempotencyKey());
        setStatus(t('calls.saved'));
        onSaved(call);
        document.getElementById(startButtonId)?.focus();
      },
      (error: unknown) => {
        if (!submission.failFields(error)) submission.failUnexpected(error);
      },
    );
  };

  return (
    <section aria-labelledby="call-form-heading">
      <h2 id="call-form-heading" className="section-heading">
        {t('calls.formHeading')}
      </h2>
      <div className="call-timer">
        <button ref={startRef} id={startButtonId} type="button" className={timer.running ? 'button button--secondary' : 'button button--primary'} onClick={toggleTimer}>
          {timer.running ? t('calls.timer.stop') : t('calls.timer.start')}
        </button>
        <p>
          <span className="visually-hidden">{t('calls.timer.label')}: </span>
          {/* The clock is read on demand, never announced each second. */}
          <span className="call-timer__clock" role="timer" aria-live="off">
            {timer.startedAt ? formatDuration(timer.elapsedSeconds) : '00:00'}
          </span>
        </p>
      </div>
      <p className="calls-status" role="status">
        {status}
      </p>
      <div ref={formRef}>
        <FormWithSummary onSubmit={submission.handleSubmit(save)} summary={submission.summary} focusKey={submission.failedSubmits}>
          <RadioGroup
            id="call-category"
            name="callerCategory"
            legend={t('calls.callerCategory')}
            hint={t('calls.callerCategory.hint')}
            error={errors.callerCategory}
            choices={categoryChoices(t)}
            value={values.callerCategory}
            onChange={(v) => { set('callerCategory', v); }}
          />
          <SelectField id="call-topic" label={t('calls.topic')} error={errors.topic} value={values.topic} onChange={(v) => { set('topic', v as CallTopic | ''); }}>
            <option value="">{t('calls.choose')}</option>
            {topicChoices(t).map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </SelectField>
          <TextAreaField
            id="call-adviceGiven"
            label={t('calls.advice')}
            hint={t('calls.advice.hint')}
            error={errors.adviceGiven}
            value={values.adviceGiven}
            onChange={(v) => { set('adviceGiven', v); }}
            characterCount={{
              max: callAdviceMax,
              within: (count, max) => t('calls.advice.within', { count, max }),
              over: (over) => t('calls.advice.over', { over }),
            }}
          />
          <div className="form-group">
            <div className="choice">
              <input
                className="choice__input"
                type="checkbox"
                id="call-followUpNeeded"
                checked={values.followUpNeeded}
                onChange={(event) => { set('followUpNeeded', event.target.checked); }}
              />
              <label className="choice__label" htmlFor="call-followUpNeeded">
                {t('calls.followUp')}
              </label>
            </div>
          </div>
          <SelectField id="call-regionCode" label={t('calls.region')} error={errors.regionCode} value={values.regionCode} onChange={(v) => { set('regionCode', v as PoliceRegion | ''); }}>
            <option value="">{t('calls.notStated')}</option>
            {policeRegions.map((region) => (
              <option key={region} value={region}>
                {regionName(t, region)}
              </option>
            ))}
          </SelectField>
          <SelectField id="call-language" label={t('calls.language')} error={errors.language} value={values.language} onChange={(v) => { set('language', v); }}>
            <option value="">{t('calls.notStated')}</option>
            <optgroup label={t('calls.language.common')}>
              {languages.common.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('calls.language.all')}>
              {languages.rest.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </optgroup>
          </SelectField>
          <div className="call-form__links">
            <TextField
              id="call-consultationReference"
              label={t('calls.consultationReference')}
              hint={t('calls.consultationReference.hint')}
              error={errors.consultationReference}
              value={values.consultationReference}
              onChange={(v) => { set('consultationReference', v); }}
              width="medium"
              autoComplete="off"
              spellCheck={false}
            />
            <TextField
              id="call-caseReference"
              label={t('calls.caseReference')}
              hint={t('calls.caseReference.hint')}
              error={errors.caseReference}
              value={values.caseReference}
              onChange={(v) => { set('caseReference', v); }}
              width="medium"
              autoComplete="off"
              spellCheck={false}
            />
          </div>
          <SubmitButton isSending={submission.isSending}>{t('calls.save')}</SubmitButton>
        </FormWithSummary>
      </div>
    </section>
  );
}
