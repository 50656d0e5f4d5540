import { useState } from 'react';
import { useLocation } from 'wouter';
import { organisationTypes, policeRegions, type OrganisationType, type PoliceRegion } from '../../../shared/enums.ts';
import { limits } from '../../../shared/limits.ts';
import type { Organisation } from '../../../shared/schemas/admin.ts';
import { api } from '../../api.ts';
import { ButtonLink, SubmitButton } from '../../components/button.tsx';
import { CheckboxGroup } from '../../components/checkbox-group.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { bindTextField, TextField } from '../../components/text-field.tsx';
import { useT } from '../../i18n/index.tsx';
import { useFormSubmission, type FieldErrors } from '../../use-form-submission.ts';
import { regionLabel } from '../cases/case-labels.ts';
import { MunicipalitySelect } from '../cases/municipality-select.tsx';
import type { GeographyIndex } from '../reference/geography.ts';
import { organisationPath, organisationTypeLabel } from './admin-labels.ts';

const fields = ['name', 'type', 'regionCode', 'municipalityCode', 'oidcIssuer', 'oidcClientId', 'oidcClientSecret'] as const;
type Field = (typeof fields)[number];
type TextValues = Record<Field, string>;

function initialValues(existing: Organisation | undefined): TextValues {
  return {
    name: existing?.name ?? '',
    type: existing?.type ?? '',
    regionCode: existing?.regionCode ?? '',
    municipalityCode: existing?.municipalityCode ?? '',
    oidcIssuer: existing?.oidcIssuer ?? '',
    oidcClientId: existing?.oidcClientId ?? '',
    oidcClientSecret: '',
  };
}

/** Create an organisation, or edit one (system admins only): name, type, region, OpenID settings, status. */
export function OrganisationForm({ existing, geography }: { existing?: Organisation; geography: GeographyIndex }) {
  const t = useT();
  const [, navigate] = useLocation();
  const [values, setValues] = useState<TextValues>(() => initialValues(existing));
  const [removeSecret, setRemoveSecret] = useState(false);
  const [isActive, setIsActive] = useState(existing?.isActive ?? true);
  const { errors, summary, failedSubmits, isSending, handleSubmit, startSending, fail, failUnexpected, failFields } =
    useFormSubmission(fields, {
      // The server's 400s: a municipality outside the region or unknown; any other field, refused as it is.
      messageOf: (field, code) =>
        field !== 'municipalityCode'
          ? t('orgForm.errors.invalid')
          : code === 'outside_region'
            ? t('orgForm.errors.municipalityOutsideRegion')
            : t('orgForm.errors.municipality'),
    });
  const field = (name: Field) => bindTextField(name, values, setValues, errors);
  // Only social services serve a municipality (the child rule looks for them on the case team).
  const isSocialServices = values.type === 'municipality';

  const validate = (): FieldErrors<Field> => {
    const found: FieldErrors<Field> = {};
    const name = values.name.trim();
    if (!name) found.name = t('orgForm.errors.nameRequired');
    else if (name.length > limits.organisationNameMax) found.name = t('orgForm.errors.nameTooLong', { max: limits.organisationNameMax });
    if (!values.type) found.type = t('orgForm.errors.type');
    const municipality = geography.municipalities.find((m) => m.code === values.municipalityCode);
    if (isSocialServices && municipality && values.regionCode && municipality.regionCode !== values.regionCode) {
      found.municipalityCode = t('orgForm.errors.municipalityOutsideRegion');
    }
    const issuer = values.oidcIssuer.trim();
    if (issuer && !/^https?:\/\/\S+$/.test(issuer)) found.oidcIssuer = t('orgForm.errors.issuer');
    if (issuer && !values.oidcClientId.trim()) found.oidcClientId = t('orgForm.errors.clientId');
    if (!issuer && values.oidcClientId.trim()) found.oidcIssuer = t('orgForm.errors.issuer');
    return found;
  };

  const onSubmit = handleSubmit(() => {
    const found = validate();
    if (Object.keys(found).length > 0) {
      fail(found, null);
      return;
    }
    const issuer = values.oidcIssuer.trim() || null;
    const body = {
      name: values.name.trim(),
      type: values.type as OrganisationType,
      regionCode: (values.regionCode || null) as PoliceRegion | null,
      municipalityCode: isSocialServices ? values.municipalityCode || null : null,
      oidcIssuer: issuer,
      oidcClientId: issuer ? values.oidcClientId.trim() : null,
      // Without an issuer a stored secret means nothing; with one, an empty box keeps the old one.
      ...(values.oidcClientSecret
        ? { oidcClientSecret: values.oidcClientSecret }
        : !issuer || removeSecret
          ? { oidcClientSecret: null }
          : {}),
      ...(existing ? { isActive } : {}),
    };
    startSending();
    const request = existing
      ? api.PATCH('/api/organisations/{organisationId}', { params: { path: { organisationId: existing.id } }, body })
      : api.POST('/api/organisations', { body });
    request.then(
      (saved) => { navigate(organisationPath(saved.id)); },
      (error: unknown) => {
        if (!failFields(error)) failUnexpected(error);
      },
    );
  });

  return (
    <FormWithSummary onSubmit={onSubmit} summary={summary} focusKey={failedSubmits}>
      <TextField {...field('name')} label={t('orgForm.name')} autoComplete="organization" required />
      <SelectField
        id="type"
        label={t('orgForm.type')}
        error={errors.type}
        value={values.type}
        onChange={(type) => { setValues((v) => ({ ...v, type })); }}
        required
      >
        <option value="">{t('orgForm.chooseType')}</option>
        {organisationTypes.map((type) => (
          <option key={type} value={type}>
            {organisationTypeLabel(t, type)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="regionCode"
        label={t('orgForm.region')}
        hint={t('orgForm.regionHint')}
        error={errors.regionCode}
        value={values.regionCode}
        onChange={(regionCode) => { setValues((v) => ({ ...v, regionCode })); }}
      >
        <option value="">{t('orgForm.noRegion')}</option>
        {policeRegions.map((code) => (
          <option key={code} value={code}>
            {regionLabel(t, geography.regionName(code))}
          </option>
        ))}
      </SelectField>
      {isSocialServices && (
        <MunicipalitySelect
          id="municipalityCode"
          geography={geography}
          value={values.municipalityCode}
          error={errors.municipalityCode}
          onChange={(municipalityCode) => { setValues((v) => ({ ...v, municipalityCode })); }}
          label={t('orgForm.municipality')}
          hint={t('orgForm.municipalityHint')}
          noneLabel={t('orgForm.municipalityChoose')}
        />
      )}
      <fieldset className="fieldset form-group" aria-describedby="sso-hint">
        <legend className="legend">{t('orgForm.ssoLegend')}</legend>
        <p id="sso-hint" className="hint">
          {t('orgForm.ssoHint')}
        </p>
        <TextField {...field('oidcIssuer')} label={t('orgForm.issuer')} type="url" spellCheck={false} autoComplete="off" />
        <TextField {...field('oidcClientId')} label={t('orgForm.clientId')} spellCheck={false} autoComplete="off" width="medium" />
        <TextField
          {...field('oidcClientSecret')}
          label={t('orgForm.clientSecret')}
          hint={existing?.hasOidcClientSecret ? t('orgForm.clientSecretSet') : t('orgForm.clientSecretHint')}
          type="password"
          autoComplete="new-password"
          width="medium"
        />
        {existing?.hasOidcClientSecret && (
          <CheckboxGroup<'remove'>
            id="remove-secret"
            name="removeSecret"
            legend={t('orgForm.clientSecret')}
            choices={[{ value: 'remove', label: t('orgForm.removeSecret') }]}
            values={removeSecret ? ['remove'] : []}
            onChange={(v) => { setRemoveSecret(v.includes('remove')); }}
          />
        )}
      </fieldset>
      {existing && (
        <CheckboxGroup<'active'>
          id="is-active"
          name="isActive"
          legend={t('orgForm.activeLegend')}
          hint={t('orgForm.deactivateHint')}
          choices={[{ value: 'active', label: t('orgForm.active') }]}
          values={isActive ? ['active'] : []}
          onChange={(v) => { setIsActive(v.includes('active')); }}
        />
      )}
      <div className="button-group">
        <SubmitButton isSending={isSending}>{existing ? t('orgForm.save') : t('orgForm.create')}</SubmitButton>
        <ButtonLink href={existing ? organisationPath(existing.id) : '/admin'} variant="secondary">
          {t('orgForm.cancel')}
        </ButtonLink>
      </div>
    </FormWithSummary>
  );
}
