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
export function send(box: Outbox, bytes: Uint8Array, ...records: TranscriptRecord[]): void {
  box.chunks.push(bytes);
  box.records.push(...records);
}

export function toStep(state: ClientSession, box: Outbox): ClientStep {
  const step: ClientStep = { state, output: box.chunks.length === 1 ? box.chunks[0]! : concatBytes(box.chunks), records: box.records, effects: box.effects };
  if (box.report) step.report = box.report;
  return step;
}

