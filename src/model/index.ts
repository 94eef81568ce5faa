export type * from './records.ts';
export * from './stage.ts';
export * from './errors.ts';
