import { useEffect, useId, useRef, type MouseEvent } from 'react';
import { useT } from '../i18n/index.tsx';

export interface SummaryItem {
  /** The id of the control to move to; without it the message is shown as plain text. */
  targetId?: string;
  message: string;
}

export interface ErrorSummaryProps {
  items: readonly SummaryItem[];
  /** Changes on every failed submit, so focus moves to the summary each time. */
  focusKey: number;
}

/**
 * The items for a form's summary: the problem with the submit as a whole first, then each field's
 * error in the order of the fields on the page, linking to the field's control.
 */
export function summaryItems<F extends string>(
  problem: string | null,
  fields: readonly F[],
  errors: Partial<Record<F, string>>,
  targetOf: (field: F) => string = (field) => field,
): SummaryItem[] {
  return [
    ...(problem ? [{ message: problem }] : []),
    ...fields.flatMap((field) => {
      const message = errors[field];
      return message ? [{ targetId: targetOf(field), message }] : [];
    }),
  ];
}

function focusTarget(event: MouseEvent<HTMLAnchorElement>, targetId: string) {
  const target = document.getElementById(targetId);
  if (!target) return;
  event.preventDefault();
  target.focus();
  // Bring the label or legend into view too, not only the control.
  (target.closest('.form-group') ?? target).scrollIntoView({ block: 'start' });
}

/** Problems as a list, each linking to the control that puts it right. */
export function SummaryItemList({ items, className }: { items: readonly SummaryItem[]; className: string }) {
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={`${item.targetId ?? ''}:${item.message}`}>
          {item.targetId ? (
            <a
              href={`#${item.targetId}`}
              onClick={(event) => {
                focusTarget(event, item.targetId ?? '');
              }}
            >
              {item.message}
            </a>
          ) : (
            item.message
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * The list of problems at the top of a form after a failed submit (GOV.UK pattern): it takes
 * focus so the problems are read out, and each links to its field.
 */
export function ErrorSummary({ items, focusKey }: ErrorSummaryProps) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  // Several forms may show a summary on one page (the case page), so the title id is unique.
  const titleId = useId();

  useEffect(() => {
    if (focusKey > 0) ref.current?.focus();
  }, [focusKey]);

  if (items.length === 0) return null;
  return (
    <div ref={ref} className="error-summary" role="group" tabIndex={-1} aria-labelledby={titleId}>
      <h2 id={titleId} className="error-summary__title">
        {t('form.errorSummaryTitle')}
      </h2>
      <SummaryItemList items={items} className="error-summary__list" />
    </div>
  );
}
