// Issue 10 §2: switches are their own `config` layer, one event a switch,
// worded for people; a line typed on a connection is one event, the segment.
import { describe, expect, it } from 'vitest';
import { createWorld } from './step';
import { input, play, seek, startTimeline, type Timeline } from './timeline';
import { defaultWorldSpec, HOSTS, LAYERS } from './world/index';

const start = (): Timeline => startTimeline(createWorld(defaultWorldSpec(), 1));
const type = (tl: Timeline, host: string, ...lines: string[]) => lines.reduce((t, line) => play(input(t, { type: 'shell', host, line })), tl);

describe('config events', () => {
  it('a switch is one config event in words a person uses', () => {
    const tl = input(start(), { type: 'faults', host: HOSTS.mx1, faults: { down: true } });
    expect(tl.log.map((e) => [e.layer, e.kind, e.summary])).toEqual([['config', 'faults', 'mx1.bob.example is down']]);
    const off = input(start(), { type: 'faults', host: HOSTS.aliceRelay, faults: { starttls: false } });
    expect(off.log[0]!.summary).toBe('STARTTLS off on relay.alice.example');
  });

  it('LAYERS lists each layer once, config among them', () => {
    expect(new Set(LAYERS).size).toBe(LAYERS.length);
    expect(LAYERS).toContain('config');
  });

  it('an input switching two keys gives two events, and seeking replays both', () => {
    const tl = input(start(), { type: 'faults', host: HOSTS.mx1, faults: { greylist: true, no8bitmime: true } });
    expect(tl.log.map((e) => e.summary)).toEqual(['greylisting on on mx1.bob.example', '8BITMIME off on mx1.bob.example']);
    expect(seek(tl, 1).hosts[HOSTS.mx1]!.faults).toMatchObject({ greylist: true, no8bitmime: false });
    expect(seek(tl, 2).hosts[HOSTS.mx1]!.faults).toMatchObject({ greylist: true, no8bitmime: true });
  });

  it('a switch named after a member every object has (toString, constructor) switches nothing and is not kept', () => {
    for (const key of ['toString', 'constructor', 'hasOwnProperty', '__proto__']) {
      // As JSON.parse reads a shared link or a lesson file: an own property of that name.
      const tl = input(start(), { type: 'faults', host: HOSTS.mx1, faults: JSON.parse(`{"${key}": true}`) });
      expect(tl.log.map((e) => e.summary), key).toEqual(['mx1.bob.example: nothing switched']);
      expect(Object.hasOwn(seek(tl, 1).hosts[HOSTS.mx1]!.faults, key), key).toBe(false);
    }
  });
});

describe('a line typed on a connection', () => {
  it('is one event, the SMTP line on the wire, not a shell-input as well', () => {
    const tl = type(start(), HOSTS.ws, 'telnet mx1.bob.example 25');
    const before = tl.log.length;
    const after = type(tl, HOSTS.ws, 'HELO ws.alice.example');
    const first = after.log[before]!;
    expect([first.layer, first.kind, first.from, first.to, first.summary]).toEqual(['smtp', 'segment', HOSTS.ws, HOSTS.mx1, 'C: HELO ws.alice.example']);
    expect(after.log.slice(before).filter((e) => e.kind === 'shell-input')).toEqual([]);
    expect(after.inputs[first.seq]).toEqual({ type: 'shell', host: HOSTS.ws, line: 'HELO ws.alice.example' });
    expect(seek(after, after.log.length).hosts[HOSTS.ws]!.shell.screen).toBe(after.world.hosts[HOSTS.ws]!.shell.screen);
  });

  it('at the prompt a line stays a shell-input event', () => {
    expect(type(start(), HOSTS.ws, 'hostname').log.map((e) => e.kind)).toEqual(['shell-input']);
  });

  it('Ctrl-] closing a connection is a shell-input, then the FIN', () => {
    const tl = type(type(start(), HOSTS.ws, 'telnet mx1.bob.example 25'), HOSTS.ws);
    const before = tl.log.length;
    const closed = type(tl, HOSTS.ws, '\x1d');
    expect(closed.log[before]!.kind).toBe('shell-input');
    expect(closed.log.slice(before).some((e) => e.kind === 'fin')).toBe(true);
  });
});
