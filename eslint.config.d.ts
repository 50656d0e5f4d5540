// Types for what test/unit/architecture.test.ts reads from eslint.config.js.
/** Each reviewed file (under src/server/modules) with the modules whose tables it may read. */
export declare const reviewedTableReads: Record<string, string[]>;
declare const config: unknown;
export default config;
