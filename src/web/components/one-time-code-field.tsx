import { TextField, type TextFieldProps } from './text-field.tsx';

type OneTimeCodeFieldProps = Omit<TextFieldProps, 'autoComplete' | 'inputMode' | 'pattern' | 'maxLength' | 'width'>;

/**
 * The six-digit code from an authenticator app: a numeric keypad on phones, the browser's
 * one-time-code autofill, and room for a space between the two halves as apps show them.
 */
export function OneTimeCodeField(props: OneTimeCodeFieldProps) {
  return (
    <TextField
      {...props}
      autoComplete="one-time-code"
      inputMode="numeric"
      pattern="[0-9 ]*"
      maxLength={7}
      width="medium"
    />
  );
}
