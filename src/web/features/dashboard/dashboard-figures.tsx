import { Link } from 'wouter';
import type { Dashboard, DashboardFigure } from '../../../shared/schemas/dashboard.ts';
import { useI18n } from '../../i18n/index.tsx';
import './dashboard.css';

interface FigureCardProps {
  id: string;
  label: string;
  hint?: string;
  figure: DashboardFigure;
  /** Draws the eye when the count is not zero (overdue first responses). */
  isAlert?: boolean;
}

/**
 * One figure as a card: the count large, what it counts, and (when there is a list) a link to
 * the consultations behind it. Count and label together are the link, so its name is what it shows.
 */
function FigureCard({ id, label, hint, figure, isAlert = false }: FigureCardProps) {
  const { formatNumber } = useI18n();
  const count = formatNumber(figure.count);
  const hintId = `${id}-hint`;
  const className = isAlert && figure.count > 0 ? 'dashboard-figure dashboard-figure--alert' : 'dashboard-figure';
  return (
    <li className={className}>
      {figure.href ? (
        <Link
          href={figure.href}
          className="dashboard-figure__link"
          aria-describedby={hint ? hintId : undefined}
          id={id}
        >
          <span className="dashboard-figure__count">{count}</span>
          <span className="dashboard-figure__label">{label}</span>
        </Link>
      ) : (
        <p className="dashboard-figure__static" id={id}>
          <span className="dashboard-figure__count">{count}</span>
          <span className="dashboard-figure__label">{label}</span>
        </p>
      )}
      {hint && (
        <p className="dashboard-figure__hint" id={hintId}>
          {hint}
        </p>
      )}
    </li>
  );
}

/** The dashboard's figures: what needs doing first, then the open requests by age. */
export function DashboardFigures({ data }: { data: Dashboard }) {
  const { t, formatNumber } = useI18n();
  return (
    <>
      <section aria-labelledby="dashboard-attention" className="dashboard-section">
        <h2 id="dashboard-attention" className="section-heading">
          {t('dashboard.attentionHeading')}
        </h2>
        <ul className="dashboard-figures">
          <FigureCard id="figure-overdue" label={t('dashboard.overdue')} hint={t('dashboard.overdueHint')} figure={data.overdue} isAlert />
          <FigureCard id="figure-my-queue" label={t('dashboard.myQueue')} hint={t('dashboard.myQueueHint')} figure={data.myQueue} />
          <FigureCard id="figure-new-today" label={t('dashboard.newToday')} hint={t('dashboard.newTodayHint')} figure={data.newToday} />
          <FigureCard id="figure-calls-today" label={t('dashboard.callsToday')} hint={t('dashboard.callsTodayHint')} figure={data.callsToday} />
        </ul>
      </section>
      <section aria-labelledby="dashboard-age" className="dashboard-section">
        <h2 id="dashboard-age" className="section-heading">
          {t('dashboard.ageHeading')}
        </h2>
        <p>{t('dashboard.ageIntro', { count: formatNumber(data.open) })}</p>
        <ul className="dashboard-figures">
          {data.openByAge.map((figure) => (
            <FigureCard key={figure.bucket} id={`figure-age-${figure.bucket}`} label={t(`dashboard.age.${figure.bucket}`)} figure={figure} />
          ))}
        </ul>
      </section>
    </>
  );
}
