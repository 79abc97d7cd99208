// What the page asks its parsing worker to do, and what comes back. Plain
// data only: it crosses the worker boundary by structured clone.
import type { CodecError } from '../../core';
import type { CodecRequest, CodecView } from '../../store/playgroundCodecs';
import type { MessageView, PartContent } from '../../store/playgroundMime';

export type Job =
  /**
   * The tree first, bodies undecoded. A Blob is a picked file the worker
   * reads itself: the page never holds a second copy of its bytes.
   */
  | { kind: 'outline'; input: Uint8Array | Blob }
  /** The full parse, for the errors only decoding the bodies finds. */
  | { kind: 'check'; bytes: Uint8Array }
  | { kind: 'codec'; request: CodecRequest }
  /** Decode one part: `bytes` is the part's own source, headers and body. */
  | { kind: 'content'; bytes: Uint8Array };

export type JobResult =
  | { kind: 'outline'; view: MessageView }
  | { kind: 'check'; errors: CodecError[] }
  | { kind: 'codec'; view: CodecView }
  | { kind: 'content'; content: PartContent };

export type WorkerRequest = { id: number; job: Job };
export type WorkerReply = { id: number; result?: JobResult; failure?: string };
