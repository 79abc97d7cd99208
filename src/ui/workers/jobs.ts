// What the page asks its parsing worker to do, and what comes back. Plain
// data only: it crosses the worker boundary by structured clone.
import type { CodecRequest, CodecView } from '../../store/playgroundCodecs';
import type { MessageView, PartContent } from '../../store/playgroundMime';

export type Job =
  | { kind: 'parse'; bytes: Uint8Array }
  | { kind: 'codec'; request: CodecRequest }
  /** Decode one part: `bytes` is the part's own source, headers and body. */
  | { kind: 'content'; bytes: Uint8Array };

export type JobResult = { kind: 'parse'; view: MessageView } | { kind: 'codec'; view: CodecView } | { kind: 'content'; content: PartContent };

export type WorkerRequest = { id: number; job: Job };
export type WorkerReply = { id: number; result?: JobResult; failure?: string };
