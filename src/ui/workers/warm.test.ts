import { afterEach, describe, expect, it, vi } from 'vitest';
import { flatten, parseToView, partContent } from '../../store/playgroundMime';
import { headerFields } from '../../store/headerList';
import { manyFields, runRounds, sampleMessage, warmUpRounds } from './warm';

afterEach(() => {
  vi.useRealTimers();
});

describe('the worker’s warm-up', () => {
  it('runs one round a task, so a job waits for one round at most', () => {
    vi.useFakeTimers();
    const ran: number[] = [];
    runRounds([0, 1, 2].map((i) => () => ran.push(i)), () => false);
    expect(ran).toEqual([]);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual([0]);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual([0, 1]);
    vi.runAllTimers();
    expect(ran).toEqual([0, 1, 2]);
  });

  it('stops once a job has come', () => {
    vi.useFakeTimers();
    const ran: number[] = [];
    let asked = false;
    runRounds([0, 1, 2, 3].map((i) => () => ran.push(i)), () => asked);
    vi.advanceTimersToNextTimer();
    vi.advanceTimersToNextTimer();
    asked = true;
    vi.runAllTimers();
    expect(ran).toEqual([0, 1]);
  });

  it('has rounds of the usual message and of many header fields, none of which throws', () => {
    const rounds = warmUpRounds();
    expect(rounds.length).toBeGreaterThan(8);
    for (const round of new Set(rounds)) expect(round).not.toThrow();
  });

  it('warms the usual shape: text and HTML in quoted-printable and a base64 attachment, all well formed', () => {
    const source = sampleMessage();
    const view = parseToView(source);
    const parts = flatten(view.root).map((p) => [p.contentType, p.transferEncoding]);
    expect(parts).toEqual([
      ['multipart/mixed', '7bit'],
      ['multipart/alternative', '7bit'],
      ['text/plain', 'quoted-printable'],
      ['text/html', 'quoted-printable'],
      ['application/octet-stream', 'base64'],
    ]);
    expect(view.errors).toEqual([]);
    const noise = partContent(source, flatten(view.root)[4]!).bytes;
    expect(noise.length).toBe(48 * 1024);
    expect(noise[1]).toBe((2654435761 >>> 24) & 255);
    expect(partContent(source, flatten(view.root)[2]!).text).toMatch(/^A line of text, with a café in it\./);
  });

  it('warms every path a field takes: plain, folded and encoded', () => {
    const fields = headerFields(parseToView(manyFields()).root.headers);
    expect(fields.length).toBe(1000);
    expect(fields.filter((f) => f.decoded.startsWith('déjà vu')).length).toBe(100);
    expect(fields.filter((f) => f.value.endsWith('and a value folded over a second line')).length).toBe(100);
  });
});
