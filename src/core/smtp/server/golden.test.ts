// Golden transcripts: each fixtures/*.smtp file is a session written as
// "C: " and "S: " lines. The client's lines are replayed one per chunk and
// the server's bytes must match: exactly, or by reply codes for the RFC 5321
// Appendix D scenarios, whose texts are the RFC's own.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { latin1String } from '../../codec/ascii';
import { openSession, stepSession } from './session';
import { NOW, PEER, policyWith, type PolicyOverrides } from './test-support/talk';
import type { ServerEffect } from './types';

const DIR = join(__dirname, 'fixtures');

type Fixture = { header: Record<string, string>; turns: { from: 'C' | 'S'; line: string }[] };

function parse(source: string): Fixture {
  const header: Record<string, string> = {};
  const turns: Fixture['turns'] = [];
  for (const raw of source.split('\n')) {
    const meta = /^# (\w+): (.*)$/.exec(raw);
    if (meta) header[meta[1]!] = meta[2]!;
    const turn = /^([CS]):(?: (.*))?$/.exec(raw);
    if (turn) turns.push({ from: turn[1] as 'C' | 'S', line: turn[2] ?? '' });
  }
  return { header, turns };
}

/** The codes of whole replies (their last lines) in some reply text. */
function codes(text: string): number[] {
  return text
    .split('\r\n')
    .filter((l) => /^\d{3} /.test(l) || /^\d{3}$/.test(l))
    .map((l) => Number(l.slice(0, 3)));
}

function summary(effects: ServerEffect[]): string {
  return effects.map((e) => (e.type === 'deliver' ? `deliver ${e.mailbox}` : e.type)).join(', ');
}

describe('golden transcripts', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.smtp'));
  it('has the RFC 5321 Appendix D scenarios', () => {
    expect(files.filter((f) => f.startsWith('rfc5321-d')).length).toBeGreaterThanOrEqual(4);
  });

  for (const file of files) {
    it(file, () => {
      const { header, turns } = parse(readFileSync(join(DIR, file), 'utf8'));
      const byCodes = header.compare === 'codes';
      const policy = policyWith(header.policy ? (JSON.parse(header.policy) as PolicyOverrides) : {});
      const open = openSession(policy, PEER, NOW);
      let state = open.state;
      let actual = latin1String(open.output);
      let expected = '';
      const effects: ServerEffect[] = [];
      const check = () => {
        if (byCodes) expect(codes(actual)).toEqual(codes(expected));
        else expect(actual).toBe(expected);
        actual = '';
        expected = '';
      };
      for (const [i, turn] of turns.entries()) {
        if (turn.from === 'S') {
          expected += `${turn.line}\r\n`;
          if (turns[i + 1]?.from !== 'S') check();
          continue;
        }
        const step = stepSession(state, { type: 'bytes', bytes: new TextEncoder().encode(`${turn.line}\r\n`), now: NOW });
        state = step.state;
        actual += latin1String(step.output);
        effects.push(...step.effects);
      }
      check();
      if (header.effects !== undefined) expect(summary(effects)).toBe(header.effects);
    });
  }
});
