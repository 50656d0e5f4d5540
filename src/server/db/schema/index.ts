export * from './reference.ts';
export * from './identity.ts';
export * from './cases.ts';
export * from './audit.ts';
export * from './settings.ts';
export * from './notifications.ts';
export * from './idempotency.ts';
export * from './consultations.ts';
