import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import type { Keyring } from './crypto.ts';

/** What every route module is registered with. */
export interface AppDeps {
  db: Db;
  config: Config;
  keyring: Keyring;
}
