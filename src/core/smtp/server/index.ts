// The server session machine's public face.
export { openSession, stepSession, type OpenOptions } from './session';
export { receivedField } from './deliver';
export { smtpState } from './commands';
export type * from './types';
