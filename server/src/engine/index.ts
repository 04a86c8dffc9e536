export * from './types';
export { analyze, formatFor } from './analyze';
