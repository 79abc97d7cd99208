// What one step of the client machine produces, gathered while the step runs
// and handed back as one ClientStep.
import { concatBytes } from '../../mime/bytes';
import type { TranscriptRecord } from '../types';
import type { ClientEffect, ClientReport, ClientSession, ClientStep } from './types';

export type Outbox = { chunks: Uint8Array[]; records: TranscriptRecord[]; effects: ClientEffect[]; report?: ClientReport };

export function newOutbox(): Outbox {
  return { chunks: [], records: [], effects: [] };
}

/** Queues a line (or a block of lines) and its records for sending. */
export function send(box: Outbox, bytes: Uint8Array, records: TranscriptRecord | readonly TranscriptRecord[]): void {
  box.chunks.push(bytes);
  if (!Array.isArray(records)) box.records.push(records as TranscriptRecord);
  // A loop, not push(...records): a message of ~65k lines has as many
  // records, past what a spread into a call can pass on the stack.
  else for (const r of records) box.records.push(r);
}

export function toStep(state: ClientSession, box: Outbox): ClientStep {
  const step: ClientStep = { state, output: box.chunks.length === 1 ? box.chunks[0]! : concatBytes(box.chunks), records: box.records, effects: box.effects };
  if (box.report) step.report = box.report;
  return step;
}

