// The SMTP engine: shared types, the command table and reply catalogue, the
// parser, server policy and the server and client session machines.
export type * from './types';
export * from './commands';
export * from './replies';
export * from './parse-command';
export { parsePath, parseEsmtpParams } from './path';
export * from './policy';
export { formatReply } from './format-reply';
export * from './server/index';
export * from './dot-stuffing';
export * from './client/index';
