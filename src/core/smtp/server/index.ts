// The server session machine's public face.
export { openSession, stepSession } from './session';
export { formatDateTime, receivedField } from './deliver';
export { smtpState } from './commands';
export type * from './types';
