// The server session machine's public face.
export { openSession, stepSession, type OpenOptions } from './session';
export { receivedField } from './deliver';
export { smtpState } from './commands';
export { nextCommands, offeredExtensions, type NextCommands, type SessionPhase } from './next-commands';
export type * from './types';
