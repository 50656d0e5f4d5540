import { casePhases, type CasePhase } from '../../../shared/enums.ts';
import { useT } from '../../i18n/index.tsx';
import { phaseLabel } from '../cases/case-labels.ts';
import './support-process.css';

type StepState = 'done' | 'current' | 'upcoming';

/**
 * The phases of the support process as an ordered list. The current one carries
 * aria-current="step"; each step says in words (and with a marker, not colour alone) whether it
 * is done, current or still to come.
 */
export function PhaseStepper({ phase }: { phase: CasePhase }) {
  const t = useT();
  const currentIndex = casePhases.indexOf(phase);
  const stateOf = (index: number): StepState => (index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'upcoming');
  return (
    <ol className="phase-stepper" aria-label={t('supportProcess.stepperLabel')}>
      {casePhases.map((step, index) => {
        const state = stateOf(index);
        return (
          <li key={step} className={`phase-stepper__step phase-stepper__step--${state}`} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="phase-stepper__marker" aria-hidden="true">
              {state === 'done' ? '✓' : index + 1}
            </span>
            <span className="phase-stepper__text">
              <span className="phase-stepper__name">{phaseLabel(t, step)}</span>
              <span className="phase-stepper__state">{t(`supportProcess.step.${state}`)}</span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
