export {};
export * from './dot-stuffing';
