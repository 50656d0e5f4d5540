import { useT } from '../i18n/index.tsx';

/** The message under a field that failed validation, with a prefix for screen readers. */
export function FieldError({ id, message }: { id: string; message: string }) {
  const t = useT();
  return (
    <p id={id} className="field-error">
      <span className="visually-hidden">{t('form.errorPrefix')} </span>
      {message}
    </p>
  );
}

/** Joins the ids of a control's hint and error for aria-describedby. */
export function describedBy(...ids: (string | false | undefined | null)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id.length > 0);
  return present.length > 0 ? present.join(' ') : undefined;
}
