// The public face of the core: what store, ui, node and the tests import.
export * from './smtp/index';
export * from './codec/index';
export * from './mime/index';
export * from './net/index';
export * from './scenarios/index';
export * from './shell/index';
