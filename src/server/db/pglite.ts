import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/**
 * The PostgreSQL extensions the migrations create (pg_trgm: the code-name search's index, 0028).
 * PGlite has no extension files on disk: an instance only finds an extension it was given when it
 * was created, so a database whose catalogue holds one must always be opened with it.
 */
export const pgliteExtensions = { pg_trgm };

/**
 * Opens an embedded database with the extensions the schema needs: in memory when given nothing,
 * in a folder given its path, or with PGlite's own options (a data folder, a snapshot to load).
 * Every PGlite of the server, the command and the tests is created here, so that an extension
 * added to the schema is added once.
 */
export function createPglite(dirOrOptions: string | PGliteOptions = {}): Promise<PGlite> {
  const options = typeof dirOrOptions === 'string' ? { dataDir: dirOrOptions } : dirOrOptions;
  return PGlite.create({ ...options, extensions: { ...options.extensions, ...pgliteExtensions } });
}
