import { useEffect, useRef, useState } from 'react';
import { limits } from '../../../shared/limits.ts';
import { Button } from '../../components/button.tsx';
import { TextAreaField } from '../../components/text-area-field.tsx';
import { useT } from '../../i18n/index.tsx';

export interface RejectionFormProps {
  id: string;
  title: string;
  isBusy: boolean;
  onReject: (reason: string) => void;
  onCancel: () => void;
}

/** A second administrator's "no", with the reason the one who asked will read. Takes focus when it opens. */
export function RejectionForm({ id, title, isBusy, onReject, onCancel }: RejectionFormProps) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1} className="section-heading">
        {title}
      </h3>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const trimmed = reason.trim();
          if (!trimmed) return setError(t('roles.reject.reasonRequired'));
          if (trimmed.length > limits.reasonMax) return setError(t('roles.reject.reasonTooLong', { max: limits.reasonMax }));
          setError(undefined);
          onReject(trimmed);
        }}
      >
        <TextAreaField id={`${id}-reason`} label={t('roles.reject.reason')} hint={t('roles.reject.reasonHint')} error={error} value={reason} onChange={setReason} rows={3} />
        <div className="button-group">
          <Button type="submit" disabled={isBusy}>
            {t('roles.reject.submit')}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {t('roles.reject.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
