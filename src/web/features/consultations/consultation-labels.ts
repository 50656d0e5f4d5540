import type {
  ChildInvolvement,
  ConsultationOutcome,
  ConsultationSource,
  ConsultationStatus,
  ConsultationUrgency,
} from '../../../shared/enums.ts';
import type { Translate } from '../../i18n/index.tsx';

export const statusLabel = (t: Translate, status: ConsultationStatus) => t(`consultations.status.${status}`);
export const urgencyLabel = (t: Translate, urgency: ConsultationUrgency) => t(`consultations.urgency.${urgency}`);
export const sourceLabel = (t: Translate, source: ConsultationSource) => t(`consultations.source.${source}`);
export const childLabel = (t: Translate, child: ChildInvolvement) => t(`consultations.child.${child}`);
export const outcomeLabel = (t: Translate, outcome: ConsultationOutcome) => t(`consultations.outcome.${outcome}`);
