import { useRef } from 'react';
import { newIdempotencyKey } from './api.ts';

/**
 * The Idempotency-Key of a create: the same for every retry of the same request, so a retry after
 * a lost answer finds the record the first attempt made; a new one once the user changes the form.
 */
export function useIdempotencyKey(): (input: unknown) => string {
  const last = useRef<{ body: string; key: string } | null>(null);
  return (input) => {
    const body = JSON.stringify(input);
    if (last.current?.body !== body) last.current = { body, key: newIdempotencyKey() };
    return last.current.key;
  };
}
