import { api } from '../../api.ts';
import { Loading, Notice } from '../../components/notice.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { useT } from '../../i18n/index.tsx';
import { useLoad } from '../../use-load.ts';

export interface CaseLeadSelectProps {
  id: string;
  caseId: string;
  value: string;
  /** The lead as the case has it now, listed even if no longer a candidate. */
  currentLead: { userId: string; name: string } | null;
  error?: string;
  onChange: (userId: string) => void;
}

/** The lead coordinator, chosen among the regional coordinators of the case's region. */
export function CaseLeadSelect({ id, caseId, value, currentLead, error, onChange }: CaseLeadSelectProps) {
  const t = useT();
  const state = useLoad(`lead-candidates:${caseId}`, (signal) =>
    api.GET('/api/cases/{caseId}/lead-candidates', { params: { path: { caseId } }, signal }),
  );
  if (state.status === 'loading') return <Loading label={t('caseEdit.leadLoading')} />;
  if (state.status === 'error') return <Notice tone="warning">{t('caseEdit.leadError')}</Notice>;
  const candidates = state.data;
  const isCurrentListed = currentLead === null || candidates.some((c) => c.userId === currentLead.userId);
  return (
    <SelectField id={id} label={t('caseEdit.lead')} hint={t('caseEdit.leadHint')} error={error} value={value} onChange={onChange}>
      <option value="">{t('caseEdit.noLead')}</option>
      {!isCurrentListed && currentLead && <option value={currentLead.userId}>{currentLead.name}</option>}
      {candidates.map((c) => (
        <option key={c.userId} value={c.userId}>
          {`${c.name}, ${c.organisationName}`}
        </option>
      ))}
    </SelectField>
  );
}
