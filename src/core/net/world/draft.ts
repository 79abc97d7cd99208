// What a person writes in a user agent (the compose form, or `mail` at a
// shell): the agenda carries it until the user agent builds the message.
import type { Attachment } from '../../mime/types';

export type Draft = {
  /** Defaults to the host's first user at the host's domain. */
  from?: string;
  to: string[];
  cc?: string[];
  bcc?: string[];
  subject: string;
  text: string;
  html?: string;
  attachments?: Attachment[];
  /** User-defined X- headers. */
  headers?: { name: string; value: string }[];
};
