// The renderer's doorway to the shared contract (keeps feature imports short).
export * from '@shared/api';
export * from '@shared/api/companies';
export * from '@shared/api/people';
export * from '@shared/api/session';
export * from '@shared/api/fields';
export * from '@shared/api/errors';
export * from '@shared/api/reports';
