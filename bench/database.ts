import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Where the bench creates (and drops) its own database. */
export function adminUrl(): string {
  return process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

export interface ScratchDatabase {
  readonly name: string;
  readonly url: string;
  /** Drops the database, closing any connection still open to it; safe to call twice. */
  drop(): Promise<void>;
}

/** A new, empty, uniquely named database next to the admin one. */
export async function createScratchDatabase(): Promise<ScratchDatabase> {
  const name = `samverka_bench_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  let dropped = false;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      if (dropped) return;
      dropped = true;
      await adminQuery(`drop database if exists ${name} with (force)`);
    },
  };
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
