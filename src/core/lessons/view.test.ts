import { describe, expect, it } from 'vitest';
import { HOSTS, seek } from '../net/index';
import { playScenario, scenarioById } from '../scenarios/index';
import { emptyView, extendView, viewOf } from './view';

describe('the view of a timeline', () => {
  const tl = playScenario(scenarioById('envelope-vs-headers')!);
  const view = viewOf(tl);

  it('keeps each message with the envelope it came with, not its headers', () => {
    const carol = view.messages.filter((m) => m.user === 'carol');
    expect(carol).toHaveLength(2);
    expect(carol[0]!.recipients).toEqual(['bob@bob.example', 'carol@bob.example']);
    expect(carol[0]!.headers.some((h) => /carol/i.test(h.value) && /^(to|cc|bcc)$/i.test(h.name))).toBe(false);
    expect(carol[1]!.recipients).toEqual(['carol@bob.example']);
    expect(carol[1]!.headers.find((h) => h.name === 'To')!.value).toBe('The President <president@whitehouse.example>');
    expect(carol.every((m) => m.host === HOSTS.mailhost && m.sender === 'alice@alice.example')).toBe(true);
  });

  it('keeps each command typed at a prompt with the output it caused', () => {
    expect(view.shell.map((r) => r.line)).toEqual(['telnet mx1.bob.example 25']);
    const out = view.shell[0]!.output;
    expect(out.startsWith('Trying 198.51.100.25...\nConnected to mx1.bob.example.')).toBe(true);
    expect(out).toContain('RCPT TO:<carol@bob.example>\n250 2.1.5 Ok');
    expect(out).not.toContain('alice@ws.alice.example:~$');
  });

  it('stops where asked: nothing after event n is seen', () => {
    const rcpt = tl.log.find((e) => e.kind === 'segment' && new TextDecoder().decode(e.bytes) === 'RCPT TO:<carol@bob.example>\r\n' && e.from === HOSTS.ws)!;
    const early = viewOf(tl, rcpt.seq);
    expect(early.seq).toBe(rcpt.seq);
    expect(early.messages.filter((m) => m.user === 'carol')).toHaveLength(1);
    expect(early.shell[0]!.output).not.toContain('250 2.1.5 Ok\nDATA');
  });

  it('extends without changing the view it extends', () => {
    const start = emptyView(seek(tl, 0), tl.log);
    const one = extendView(start, tl.log[0]!, seek(tl, 1));
    expect(start.seq).toBe(0);
    expect(one.seq).toBe(1);
    expect(start.dialogue.connections.size).toBe(0);
  });
});

describe('envelopes read off the dialogue', () => {
  it('agree with envelopeOf for every message every scenario delivers', async () => {
    const { SCENARIOS } = await import('../scenarios/index');
    const { envelopeOf, parseMbox } = await import('../net/index');
    let n = 0;
    for (const s of SCENARIOS) {
      const tl = playScenario(s);
      for (const m of viewOf(tl).messages) {
        const append = tl.log.find((e) => e.seq === m.at)!;
        const lines = envelopeOf(parseMbox(append.bytes).entries[0]!, m.host, tl.log, m.at);
        const rcpts = lines.filter((l) => l.startsWith('RCPT')).map((l) => /<([^>]*)>/.exec(l)![1]);
        expect(m.recipients, `${s.id} ${m.host} ${m.user}`).toEqual(rcpts);
        expect(m.sender, `${s.id} ${m.host} ${m.user}`).toBe(/<([^>]*)>/.exec(lines[0]!)![1]);
        n++;
      }
    }
    expect(n).toBeGreaterThan(15);
  });
});
