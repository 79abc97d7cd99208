import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../mime/parse';
import { parseMbox } from '../mbox/index';
import { playScenario, scenarioById } from '../scenarios/index';
import { exportSession } from './export';
import { transcriptText } from './transcript-text';

const scenario = scenarioById('four-mta-journey')!;
const SEED = 4;
const tl = playScenario(scenario, SEED);
const files = exportSession({ head: { ...scenario, seed: SEED }, timeline: tl, link: 'https://lab.example/#/s/1.abc' });
const file = (path: string) => files.find((f) => f.path === path);
const text = (path: string) => new TextDecoder().decode(file(path)!.bytes);

/** What each delivery appended, by mailbox, from the log itself. */
function delivered(): Map<string, Uint8Array[]> {
  const out = new Map<string, Uint8Array[]>();
  for (const e of tl.log.filter((x) => x.layer === 'delivery' && x.kind === 'append')) {
    const user = /\/var\/mail\/(\S+)$/.exec(e.summary)![1]!;
    const key = `${e.from}/${user}`;
    out.set(key, [...(out.get(key) ?? []), parseMbox(e.bytes).entries[0]!.content]);
  }
  return out;
}

describe('session export', () => {
  it('has the transcript, the log, the messages, the mailboxes and a README with the link', () => {
    const paths = files.map((f) => f.path);
    expect(paths.slice(0, 4)).toEqual(['README.txt', 'transcript.txt', 'transcript.html', 'events.jsonl']);
    expect(text('README.txt')).toContain('https://lab.example/#/s/1.abc');
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.every((p) => /^[\w./@-]+$/.test(p))).toBe(true);
  });

  it('every .eml parses with parseMessage and is a message delivered, in order', () => {
    const emls = files.filter((f) => f.path.startsWith('messages/'));
    const all = [...delivered().values()].flat();
    expect(emls.length).toBe(all.length);
    expect(emls.length).toBeGreaterThan(0);
    for (const eml of emls) {
      const parsed = parseMessage(eml.bytes);
      expect(parsed.root.headers.some((h) => h.name.toLowerCase() === 'received')).toBe(true);
      expect(all.some((m) => Buffer.from(m).equals(Buffer.from(eml.bytes)))).toBe(true);
    }
  });

  it('each .mbox splits into the messages delivered to it', () => {
    const want = delivered();
    const mboxes = files.filter((f) => f.path.startsWith('mailboxes/'));
    expect(mboxes.map((f) => f.path.replace(/^mailboxes\/|\.mbox$/g, '')).sort()).toEqual([...want.keys()].sort());
    for (const f of mboxes) {
      const parsed = parseMbox(f.bytes);
      expect(parsed.errors).toEqual([]);
      expect(parsed.entries.map((e) => Buffer.from(e.content).toString('latin1'))).toEqual(want.get(f.path.replace(/^mailboxes\/|\.mbox$/g, ''))!.map((m) => Buffer.from(m).toString('latin1')));
    }
  });

  it('events.jsonl, transcript.txt and transcript.html are what `npm run sim` prints for the same scenario and seed', () => {
    const sim = (...args: string[]) => execFileSync('npx', ['tsx', 'src/node/sim/main.ts', 'four-mta-journey', '--seed', String(SEED), ...args], { encoding: 'utf8' });
    expect(text('events.jsonl')).toBe(sim('--json'));
    expect(text('transcript.html')).toBe(sim('--html'));
    expect(text('transcript.txt')).toBe(sim());
    expect(text('transcript.txt')).toBe(`${transcriptText({ ...scenario, seed: SEED }, tl.log)}\n`);
  }, 30_000);
});
