export * from './consent';
export * from './hooks';
