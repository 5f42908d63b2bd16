export * from './frameworks';
