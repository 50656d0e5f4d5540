import { useI18n } from '../i18n/index.tsx';

/**
 * Switches between Swedish and English. The button is written in the language it switches to,
 * with a matching lang attribute so screen readers pronounce it right.
 */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  const next = language === 'sv' ? 'en' : 'sv';
  return (
    <button
      type="button"
      className="language-switch"
      lang={t('lang.switchToCode')}
      aria-label={t('lang.switchLabel')}
      onClick={() => { setLanguage(next); }}
    >
      {t('lang.switchTo')}
    </button>
  );
}
