export * from './declared';
export * from './summary';
