// Properties of the server machine over generated input (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concatBytes } from '../../mime/bytes';
import { dotStuff } from '../dot-stuffing';
import { MAX_COMMAND_LINE } from '../parse-command';
import { defaultPolicy } from '../policy';
import { MAX_AUTH_LINE } from './auth';
import { openSession, stepSession } from './session';
import { NOW, PEER } from './test-support/talk';
import type { ServerEffect } from './types';

const encoder = new TextEncoder();

/** Plausible command lines, so that generated streams get past the greeting and into DATA. */
const LINES = [
  'EHLO c.example',
  'HELO c.example',
  'MAIL FROM:<a@a.example>',
  'MAIL FROM:<> SIZE=10',
  'RCPT TO:<bob@bob.example>',
  'RCPT TO:<staff@bob.example>',
  'RCPT TO:<x@remote.example>',
  'DATA',
  '.',
  '..x',
  'Subject: hi',
  'RSET',
  'NOOP',
  'VRFY bob',
  'EXPN staff',
  'HELP',
  'AUTH LOGIN',
  'AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=',
  'YWxpY2U=',
  '*',
  'STARTTLS',
  'QUIT',
];

/**
 * Text without a line end, about as long as a command line (512) or an AUTH
 * line (12288) may be, so that lines over the limits, split anywhere, are met.
 */
const longText = fc
  .oneof(fc.integer({ min: MAX_COMMAND_LINE - 8, max: MAX_COMMAND_LINE + 8 }), fc.integer({ min: MAX_AUTH_LINE - 8, max: MAX_AUTH_LINE + 8 }))
  .map((n) => encoder.encode('x'.repeat(n)));

const piece = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...LINES).map((l) => encoder.encode(`${l}\r\n`)) },
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.constantFrom('\r', '\n', '\r\n', '.', ' ').map((s) => encoder.encode(s)) },
  { weight: 1, arbitrary: longText },
);
const stream = fc.array(piece, { maxLength: 30 }).map(concatBytes);

function run(chunks: Uint8Array[]): { output: Uint8Array; codes: number[]; effects: ServerEffect[] } {
  const open = openSession({ ...defaultPolicy, maxSize: 200 }, PEER, NOW);
  let state = open.state;
  const outputs = [open.output];
  const codes: number[] = [];
  const effects: ServerEffect[] = [];
  for (const bytes of chunks) {
    const step = stepSession(state, { type: 'bytes', bytes, now: NOW });
    state = step.state;
    outputs.push(step.output);
    codes.push(...step.replies.map((r) => r.code));
    effects.push(...step.effects);
  }
  return { output: concatBytes(outputs), codes, effects };
}

function split(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const p of points) {
    chunks.push(bytes.subarray(from, p));
    from = p;
  }
  chunks.push(bytes.subarray(from));
  return chunks;
}

describe('server machine properties', () => {
  it('never throws on random bytes and always answers with valid 3-digit codes', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.uint8Array({ maxLength: 200 }), stream), { maxLength: 6 }), (chunks) => {
        const { output, codes } = run(chunks);
        for (const code of codes) expect(code >= 200 && code <= 599).toBe(true);
        const text = new TextDecoder('latin1').decode(output);
        for (const line of text.split('\r\n').slice(0, -1)) expect(line).toMatch(/^[2-5]\d\d[ -]/);
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same replies and effects however the stream is split', () => {
    fc.assert(
      fc.property(stream, fc.array(fc.nat(), { maxLength: 8 }), (bytes, cuts) => {
        const whole = run([bytes]);
        const pieces = run(split(bytes, cuts));
        expect(pieces.output).toEqual(whole.output);
        expect(pieces.effects).toEqual(whole.effects);
      }),
      { numRuns: 500 },
    );
  });

  it('undoes dotStuff exactly: the delivered content is the content sent', () => {
    const line = fc.array(fc.constantFrom(0x2e, 0x2e, 0x41, 0x20, 0x09, 0xe9, 0x7e), { maxLength: 12 });
    const content = fc.array(line, { maxLength: 12 }).map((lines) => new Uint8Array(lines.flatMap((l) => [...l, 13, 10])));
    fc.assert(
      fc.property(content, fc.array(fc.nat(), { maxLength: 5 }), (body, cuts) => {
        const head = encoder.encode('EHLO c.example\r\nMAIL FROM:<a@a.example> BODY=8BITMIME\r\nRCPT TO:<bob@bob.example>\r\nDATA\r\n');
        const wire = concatBytes([head, dotStuff(body).wire]);
        const { codes, effects } = run(split(wire, cuts));
        expect(codes).toEqual([250, 250, 250, 354, 250]);
        const deliver = effects[0]!;
        if (deliver.type !== 'deliver') throw new Error('not delivered');
        expect(deliver.content.subarray(deliver.content.length - body.length)).toEqual(body);
        const headers = new TextDecoder('latin1').decode(deliver.content.subarray(0, deliver.content.length - body.length));
        expect(headers).toMatch(/^Return-Path: <a@a\.example>\r\nReceived: [^]*\+0000\r\n$/);
      }),
      { numRuns: 300 },
    );
  });
});
