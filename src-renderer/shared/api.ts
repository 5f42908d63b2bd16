// The renderer's doorway to the shared contract (keeps feature imports short).
export * from '../../src-shared/api';
export * from '../../src-shared/api/companies';
export * from '../../src-shared/api/people';
export * from '../../src-shared/api/session';
export * from '../../src-shared/api/fields';
export * from '../../src-shared/api/errors';
export * from '../../src-shared/api/reports';
