export * from './erase';
export * from './flags';
export * from './log';
export * from './personData';
