export * from './contacts';
export * from './due';
