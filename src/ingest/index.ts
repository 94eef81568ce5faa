export { readInputs, isUrlInput } from './readInputs.ts';
export type { IngestItem, IngestOptions } from './types.ts';
export { decodeBytes } from './decode.ts';
export type { DecodeHint, Decoded } from './decode.ts';
export { DEFAULT_MAX_BYTES } from './constants.ts';
