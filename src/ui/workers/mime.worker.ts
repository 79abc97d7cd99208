/// <reference lib="webworker" />
// Parses large input off the main thread so the page never blocks a frame
// (DESIGN.md, quality bars: speed). The work itself is the core's.
import { runCodec } from '../../store/playgroundCodecs';
import { parseToView, partContent } from '../../store/playgroundMime';
import type { JobResult, WorkerReply, WorkerRequest } from './jobs';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function run(request: WorkerRequest): WorkerReply {
  const { id, job } = request;
  try {
    const result: JobResult =
      job.kind === 'parse'
        ? { kind: 'parse', view: parseToView(job.bytes) }
        : job.kind === 'codec'
          ? { kind: 'codec', view: runCodec(job.request) }
          : { kind: 'content', content: partContent(job.bytes, { start: 0, end: job.bytes.length }) };
    return { id, result };
  } catch (e) {
    // The core never throws on input; reaching here is a bug worth showing.
    return { id, failure: e instanceof Error ? e.message : String(e) };
  }
}

scope.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const reply = run(e.data);
  const transfer: Transferable[] = [];
  if (reply.result?.kind === 'parse') transfer.push(reply.result.view.source.buffer as ArrayBuffer);
  if (reply.result?.kind === 'content') transfer.push(reply.result.content.bytes.buffer as ArrayBuffer);
  scope.postMessage(reply, transfer);
};
