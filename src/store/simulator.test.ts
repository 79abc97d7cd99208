import { beforeEach, describe, expect, it } from 'vitest';
import { changedByYou, simulatorStore, FREE_PLAY, stepInterval, type SimulatorState } from './simulator';
import { ACTIONS, actionForKey } from './simulatorActions';
import { EMPTY_DRAFT } from './simulatorCompose';
import { seek, SNAPSHOT_EVERY } from '../core/net/index';

const s = () => simulatorStore.getState();

describe('simulator store', () => {
  beforeEach(() => s().loadScenario('four-mta-journey'));

  it('loads a scenario played through, standing before its first event', () => {
    expect(s().scenarioId).toBe('four-mta-journey');
    expect(s().position).toBe(0);
    expect(s().timeline.log.length).toBeGreaterThan(20);
    expect(s().world.seq).toBe(0);
  });

  it('steps, seeks and clamps, and the world follows', () => {
    s().stepBy(3);
    expect(s().position).toBe(3);
    expect(s().world.seq).toBe(3);
    s().stepBy(-10);
    expect(s().position).toBe(0);
    s().seek(1e9);
    expect(s().position).toBe(s().timeline.log.length);
    expect(s().world.seq).toBe(s().timeline.log.length);
  });

  it('plays one event per advance and stops at the end; play at the end starts over', () => {
    s().seek(s().timeline.log.length - 1);
    s().play();
    s().advance();
    expect(s().playing).toBe(false);
    s().play();
    expect(s().position).toBe(0);
    expect(s().playing).toBe(true);
  });

  it('a line typed at the end joins the log and plays on from its own event', () => {
    s().loadScenario(FREE_PLAY.id);
    s().sendLine('host -t mx bob.example');
    const first = s().timeline.log[0]!;
    expect(first.kind).toBe('shell-input');
    expect(s().position).toBe(1);
    expect(s().playing).toBe(s().timeline.log.length > 1);
    expect(s().acts).toEqual([{ at: 0, input: { type: 'shell', host: FREE_PLAY.focus, line: 'host -t mx bob.example' } }]);
  });

  it('after each typed line the world is the one its own event leads to, over more lines than a snapshot interval and with replies still to come', () => {
    s().loadScenario(FREE_PLAY.id);
    for (let i = 0; i <= SNAPSHOT_EVERY; i++) {
      s().sendLine(i % 2 ? 'hostname' : 'whoami');
      expect(s().world).toEqual(seek(s().timeline, s().position));
    }
    s().sendLine('telnet mx1.bob.example 25');
    expect(s().position).toBeLessThan(s().timeline.log.length);
    expect(s().world).toEqual(seek(s().timeline, s().position));
  });

  it('a scenario typed in is changed by you until loaded again; free play and visits never are', () => {
    expect(changedByYou(s())).toBe(false);
    s().sendLine('hostname');
    expect(changedByYou(s())).toBe(true);
    s().loadScenario(s().scenarioId);
    expect(s().acts).toEqual([]);
    expect(changedByYou(s())).toBe(false);
    s().loadStart({ kind: 'lesson', id: 'a-lesson', timeline: s().timeline, focus: FREE_PLAY.focus, position: 0 });
    s().sendLine('hostname');
    expect(s().acts).toHaveLength(1);
    expect(changedByYou(s())).toBe(false);
    s().loadStart({ kind: 'sandbox' });
    s().loadScenario(FREE_PLAY.id);
    s().sendLine('hostname');
    expect(changedByYou(s())).toBe(false);
  });

  it('an input given while looking at the past branches from there; what was already on its way still happens', () => {
    const before = s().timeline.log.map((e) => e.summary);
    s().seek(5);
    s().sendLine('hostname');
    const after = s().timeline.log.map((e) => e.summary);
    expect(s().timeline.log[5]!.kind).toBe('shell-input');
    expect(s().position).toBe(6);
    expect(after.slice(0, 5)).toEqual(before.slice(0, 5));
    expect(after.slice(6)).toEqual(before.slice(5));
  });

  it('an input while playing joins the end and the world jumps to it', () => {
    s().seek(3);
    s().play();
    const end = s().timeline.log.length;
    s().sendLine('whoami');
    expect(s().timeline.log[end]!.kind).toBe('shell-input');
    expect(s().position).toBe(end + 1);
  });

  it('compose goes through the user agent: Bcc in the envelope only', () => {
    s().loadScenario(FREE_PLAY.id);
    s().compose({ ...EMPTY_DRAFT, subject: 'x', body: 'y', bcc: 'carol@bob.example' });
    s().seek(1e9);
    const carol = s().world.hosts['mailhost.bob.example']!.mailboxes.carol ?? [];
    expect(carol.length).toBe(1);
    expect(new TextDecoder().decode(carol[0])).not.toMatch(/^Bcc:/im);
  });

  it('a whole message from the Playground travels from Alice\'s user agent, and a reload replays it byte for byte', () => {
    s().loadScenario(FREE_PLAY.id);
    s().selectHost('mx1.bob.example');
    const eml = new Uint8Array([...new TextEncoder().encode('From: alice@alice.example\r\nTo: bob@bob.example\r\nBcc: carol@bob.example\r\nSubject: 8bit\r\n\r\n'), 0xe9, 0x0d, 0x0a]);
    s().submitMessage(eml);
    expect(s().timeline.log[0]!.kind).toBe('submit');
    expect(s().position).toBe(1);
    expect(s().selectedHost).toBe('ws.alice.example');
    const saved = JSON.parse(JSON.stringify(simulatorStore.persist.getOptions().partialize!(s()))) as Partial<SimulatorState>;
    const replayed = simulatorStore.persist.getOptions().merge!(saved, s()) as SimulatorState;
    const bob = replayed.timeline.world.hosts['mailhost.bob.example']!.mailboxes.bob ?? [];
    expect(bob.length).toBe(1);
    expect(new TextDecoder('latin1').decode(bob[0])).toContain('\r\n\r\n\xe9\r\n');
    expect(replayed.timeline.world.hosts['mailhost.bob.example']!.mailboxes.carol?.length).toBe(1);
  });

  it('a reload while replies are still playing brings them back played, so the next line joins after them', () => {
    s().loadScenario(FREE_PLAY.id);
    s().sendLine('telnet mx1.bob.example 25');
    expect(s().position).toBeLessThan(s().timeline.log.length);
    const saved = JSON.parse(JSON.stringify(simulatorStore.persist.getOptions().partialize!(s()))) as Partial<SimulatorState>;
    // A fresh page starts paused.
    simulatorStore.setState(simulatorStore.persist.getOptions().merge!(saved, { ...s(), playing: false }) as SimulatorState);
    expect(s().position).toBe(s().timeline.log.length);
    expect(s().playing).toBe(false);
    s().sendLine('HELO ws.alice.example');
    const lines = s().timeline.log.map((e) => e.summary);
    const banner = lines.findIndex((l) => l.startsWith('S: 220 '));
    const helo = lines.findIndex((l) => l.startsWith('C: HELO'));
    expect(banner).toBeGreaterThanOrEqual(0);
    expect(helo).toBeGreaterThan(banner);
  });

  it('a reload after stepping back before the last input stays where the person stood', () => {
    s().loadScenario(FREE_PLAY.id);
    s().sendLine('hostname');
    s().sendLine('whoami');
    s().seek(1);
    const saved = JSON.parse(JSON.stringify(simulatorStore.persist.getOptions().partialize!(s()))) as Partial<SimulatorState>;
    expect((simulatorStore.persist.getOptions().merge!(saved, s()) as SimulatorState).position).toBe(1);
  });

  it('a fault switched on is part of the world from then on', () => {
    s().loadScenario(FREE_PLAY.id);
    s().setFaults('mx1.bob.example', { down: true });
    expect(s().world.hosts['mx1.bob.example']!.faults.down).toBe(true);
    s().seek(0);
    expect(s().world.hosts['mx1.bob.example']!.faults.down).toBe(false);
  });

  it('full speed means one event a frame, 1× slow enough to read', () => {
    expect(stepInterval('max')).toBe(0);
    expect(stepInterval('1')).toBeGreaterThan(stepInterval('4'));
  });
});

describe('actions as data', () => {
  beforeEach(() => s().loadScenario('four-mta-journey'));

  it('Space plays, and pauses while playing', () => {
    expect(actionForKey({ key: ' ' }, s())).toBe(ACTIONS.play);
    s().play();
    expect(actionForKey({ key: ' ' }, s())).toBe(ACTIONS.pause);
  });

  it('arrows step, Home and End jump, and each says when it would do nothing', () => {
    expect(actionForKey({ key: 'ArrowRight' }, s())).toBe(ACTIONS.stepForward);
    expect(ACTIONS.stepBack.enabled(s())).toBe(false);
    ACTIONS.toEnd.perform(simulatorStore);
    expect(ACTIONS.stepForward.enabled(s())).toBe(false);
    expect(actionForKey({ key: 'Home' }, s())).toBe(ACTIONS.toStart);
    ACTIONS.toStart.perform(simulatorStore);
    expect(s().position).toBe(0);
  });

  it('E toggles the eavesdropper, shown as pressed', () => {
    const before = s().eavesdropper;
    actionForKey({ key: 'e' }, s())!.perform(simulatorStore);
    expect(ACTIONS.eavesdropper.pressed(s())).toBe(!before);
  });
});
