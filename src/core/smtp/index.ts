export {};
export * from './dot-stuffing';
export * from './client/index';
