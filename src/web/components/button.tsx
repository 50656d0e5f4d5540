import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { Link } from 'wouter';
import { useT } from '../i18n/index.tsx';

type Variant = 'primary' | 'secondary' | 'quiet';

export interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className'> {
  variant?: Variant;
}

/** A native button; type defaults to "button" so it never submits a form by accident. */
export function Button({ variant = 'primary', type = 'button', ...props }: ButtonProps) {
  return <button {...props} type={type} className={`button button--${variant}`} />;
}

/** A form's submit button; while the form is sending it says so and cannot be pressed again. */
export function SubmitButton({ isSending, children }: { isSending: boolean; children: string }) {
  const t = useT();
  return (
    <Button type="submit" disabled={isSending}>
      {isSending ? t('form.sending') : children}
    </Button>
  );
}

/** Navigation that looks like a button (e.g. "New case"); it stays a link for assistive technology. */
export interface ButtonLinkProps {
  href: string;
  variant?: Variant;
  children: ReactNode;
}

export function ButtonLink({ href, variant = 'primary', children }: ButtonLinkProps) {
  return (
    <Link href={href} className={`button button--${variant}`}>
      {children}
    </Link>
  );
}
