import { stockholmDate } from './working-days.ts';

/**
 * The name a register extract is saved under: the day it was made, never anything about the
 * person, since file names end up in download folders, browser histories and backups.
 */
export function registerExtractFileName(extension: 'json' | 'pdf', at: Date): string {
  return `samverka-registerutdrag-${stockholmDate(at)}.${extension}`;
}
