// The SMTP client session machine: what the UA and relaying MTAs drive.
export { startClient, stepClient } from './session';
export { readReplies, emptyReader } from './reply-reader';
export type { ReplyReader, ReadReply } from './reply-reader';
export type {
  ClientAuth,
  ClientEffect,
  ClientInput,
  ClientOptions,
  ClientReport,
  ClientSession,
  ClientStep,
  RecipientStatus,
} from './types';
