// The course, in the order links, tests and the presenter refer to.
import type { Lesson } from '../types';
import { envelopeHeadersBody } from './envelope-headers-body';
import { esmtp } from './esmtp';
import { mimeAndEncodings } from './mime-and-encodings';
import { mtaOfYourOwn } from './mta-of-your-own';
import { mxRecords } from './mx-records';
import { relayAndAuth } from './relay-and-auth';
import { reverseDns } from './reverse-dns';
import { rulesOfTheWire } from './rules-of-the-wire';
import { sessionByHand } from './session-by-hand';
import { stampsOnTheWay } from './stamps-on-the-way';
import { tcpConversation } from './tcp-conversation';
import { vrfyExpn } from './vrfy-expn';
import { whatEncryptionHides } from './what-encryption-hides';

export { TOPICS, type TopicId } from './topics';

export const LESSONS: readonly Lesson[] = [
  tcpConversation,
  sessionByHand,
  mxRecords,
  mtaOfYourOwn,
  envelopeHeadersBody,
  stampsOnTheWay,
  relayAndAuth,
  reverseDns,
  vrfyExpn,
  esmtp,
  rulesOfTheWire,
  mimeAndEncodings,
  whatEncryptionHides,
];

export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id);
}
