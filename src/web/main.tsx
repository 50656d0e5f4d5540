import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { readStoredLanguage } from './i18n/index.tsx';
import './styles.css';

// Set the language before the first paint, so the page is never announced in the wrong one.
document.documentElement.lang = readStoredLanguage();

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
