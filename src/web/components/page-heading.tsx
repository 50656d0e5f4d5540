import { useEffect, useRef } from 'react';
import { useLocation } from 'wouter';
import { useT } from '../i18n/index.tsx';

// The first page of a visit keeps the browser's own start; later navigations move focus.
let isFirstHeading = true;

interface PageHeadingProps {
  children: string;
  /** The document title when it should differ from the heading. */
  title?: string;
}

/**
 * The page's h1. It sets the document title and, after a client-side navigation, takes focus,
 * so a screen reader announces the new page the way it would after a full page load.
 */
export function PageHeading({ children, title }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  const [location] = useLocation();
  const t = useT();
  const documentTitle = `${title ?? children} – ${t('app.titleSuffix')}`;

  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);

  useEffect(() => {
    if (isFirstHeading) {
      isFirstHeading = false;
      return;
    }
    ref.current?.focus();
  }, [location]);

  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
