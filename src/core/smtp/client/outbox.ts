// What one step of the client machine produces, gathered while the step runs
// and handed back as one ClientStep.
import type { TranscriptRecord } from '../types';
import type { ClientEffect, ClientReport, ClientSession, ClientStep } from './types';

export type Outbox = { chunks: Uint8Array[]; records: TranscriptRecord[]; effects: ClientEffect[]; report?: ClientReport };

export function newOutbox(): Outbox {
  return { chunks: [], records: [], effects: [] };
}

/** Queues a line (or a block of lines) and its records for sending. */
export function send(box: Outbox, bytes: Uint8Array, ...records: TranscriptRecord[]): void {
  box.chunks.push(bytes);
  box.records.push(...records);
}

export function toStep(state: ClientSession, box: Outbox): ClientStep {
  const step: ClientStep = { state, output: join(box.chunks), records: box.records, effects: box.effects };
  if (box.report) step.report = box.report;
  return step;
}

function join(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  let n = 0;
  for (const c of chunks) n += c.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}
