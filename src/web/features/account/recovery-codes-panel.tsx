import { useState } from 'react';
import { Button } from '../../components/button.tsx';
import { Notice } from '../../components/notice.tsx';
import { useT } from '../../i18n/index.tsx';

/** Ten recovery codes, shown once: a warning, the list, and ways to keep them. */
export function RecoveryCodesPanel({ codes }: { codes: readonly string[] }) {
  const t = useT();
  const [isCopied, setIsCopied] = useState(false);
  const copy = () => {
    navigator.clipboard.writeText(codes.join('\n')).then(
      () => { setIsCopied(true); },
      () => { setIsCopied(false); },
    );
  };
  return (
    <section className="recovery-codes" aria-labelledby="recovery-codes-heading">
      <h2 id="recovery-codes-heading">{t('recovery.heading')}</h2>
      <Notice tone="info">{t('recovery.warning')}</Notice>
      <ol className="recovery-codes__list">
        {codes.map((code) => (
          <li key={code}>
            <code data-testid="recovery-code">{code}</code>
          </li>
        ))}
      </ol>
      <div className="button-group">
        <Button variant="secondary" onClick={copy}>
          {t('recovery.copy')}
        </Button>
        <Button variant="secondary" onClick={() => { window.print(); }}>
          {t('recovery.print')}
        </Button>
      </div>
      {isCopied && <p role="status">{t('recovery.copied')}</p>}
    </section>
  );
}
