import { useEffect, useRef, useState } from 'react';
import { Button } from '../../components/button.tsx';
import { useT } from '../../i18n/index.tsx';

/** The one-time link, shown once to hand over, with a copy button; it takes focus so it is not missed. */
export function InvitationLink({ link, name }: { link: string; name: string }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    ref.current?.focus();
  }, [link]);
  const copy = () => {
    navigator.clipboard.writeText(link).then(
      () => { setCopied(true); },
      () => { setCopied(false); },
    );
  };
  return (
    <div ref={ref} className="notice notice--info" tabIndex={-1} aria-labelledby="invitation-link-title">
      <h3 id="invitation-link-title" className="section-heading">
        {t('invite.linkTitle')}
      </h3>
      <p>{t('invite.linkIntro', { name })}</p>
      <div className="form-group">
        <label className="label" htmlFor="invitation-link">
          {t('invite.linkLabel')}
        </label>
        <input id="invitation-link" className="input" readOnly value={link} spellCheck={false} onFocus={(e) => { e.target.select(); }} />
      </div>
      <Button variant="secondary" onClick={copy}>
        {t('invite.copy')}
      </Button>
      <p role="status">{copied ? t('invite.copied') : ''}</p>
    </div>
  );
}
