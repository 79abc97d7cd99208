import { beforeEach, describe, expect, it } from 'vitest';
import { droppedStore, isString, readSaved } from './savedState';
import { simulatorStore, type SimulatorState } from './simulator';
import { terminalStore, type TerminalState } from './terminal';
import { composeStore, EMPTY_DRAFT, type ComposeState } from './simulatorCompose';
import { layoutPrefsStore, type LayoutPrefsState } from './layoutPrefs';
import { myLessonsStore, type MyLessonsState } from './myLessons';
import { lessonById } from '../core/lessons/index';
import { lessonFile } from '../core/share/index';

const simMerge = (saved: unknown) => simulatorStore.persist.getOptions().merge!(saved, simulatorStore.getState()) as SimulatorState;
const fields = (store: string) => droppedStore.getState().dropped.find((d) => d.store === store)?.fields ?? [];

describe('saved state read back', () => {
  beforeEach(() => droppedStore.getState().dismiss());

  for (const host of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
    it(`a selectedHost of ${host} is dropped, the rest kept`, () => {
      const saved = JSON.parse(`{"scenarioId":"four-mta-journey","position":3,"speed":"4","selectedHost":${JSON.stringify(host)}}`);
      const s = simMerge(saved);
      expect(s.selectedHost).toBe('ws.alice.example');
      expect(s.position).toBe(3);
      expect(s.speed).toBe('4');
    });
  }

  it('drops a wrong-typed field alone and says which', () => {
    const s = simMerge({ scenarioId: 'four-mta-journey', position: 'three', speed: 'warp', layers: { tcp: 'no' }, eavesdropper: true });
    expect(s.scenarioId).toBe('four-mta-journey');
    expect(s.position).toBe(0);
    expect(s.eavesdropper).toBe(true);
    expect(fields('simulator')).toEqual(expect.arrayContaining(['position', 'speed', 'layers']));
  });

  it('replays the acts that have a shape the store writes, dropping the others', () => {
    const good = { at: 0, input: { type: 'shell', host: 'ws.alice.example', line: 'hostname' } };
    const s = simMerge({ scenarioId: 'free-play', acts: [good, { at: 'x' }, { at: 1, input: { type: 'rm -rf', host: 'ws' } }, null] });
    expect(s.acts).toEqual([good]);
    expect(s.timeline.world.hosts['ws.alice.example']!.shell.screen).toContain('hostname');
    expect(fields('simulator')).toContain('acts');
  });

  it('an unknown scenario, or saved data that is not an object, starts fresh without throwing', () => {
    expect(() => simMerge({ scenarioId: '__proto__' })).not.toThrow();
    expect(() => simMerge('garbage')).not.toThrow();
    expect(() => simMerge([1, 2])).not.toThrow();
  });

  it('a terminal history that is not a list of strings keeps only its strings', () => {
    const merge = (saved: unknown) => terminalStore.persist.getOptions().merge!(saved, terminalStore.getState()) as TerminalState;
    expect(merge({ history: ['ls', 42, { a: 1 }, 'help'] }).history).toEqual(['ls', 'help']);
    expect(merge({ history: 'ls' }).history).toEqual(['ls']);
    expect(merge({ history: { length: 3 } }).history).toEqual([]);
    expect(fields('terminal')).toEqual(['history']);
  });

  it('a draft keeps its good fields when one is broken', () => {
    const merge = (saved: unknown) => composeStore.persist.getOptions().merge!(saved, composeStore.getState()) as ComposeState;
    const d = merge({ draft: { subject: 'Kept', body: 'Also kept', attachments: [{ name: 1 }] } }).draft;
    expect(d.subject).toBe('Kept');
    expect(d.body).toBe('Also kept');
    expect(d.attachments).toEqual(EMPTY_DRAFT.attachments);
    expect(fields('compose')).toEqual(['attachments']);
  });

  it('layout preferences: a text size outside the list and a split that is not percentages are dropped', () => {
    const merge = (saved: unknown) => layoutPrefsStore.persist.getOptions().merge!(saved, layoutPrefsStore.getState()) as LayoutPrefsState;
    const s = merge({ textSize: 9, splits: { 'ws-left': { topology: 'big' } }, narrowTabs: { simulator: 'terminal', 'with-side-panel': 'side' } });
    expect(s.textSize).toBe(1);
    expect(s.splits).toEqual({});
    expect(s.narrowTabs).toEqual({ simulator: 'terminal', 'with-side-panel': 'side' });
    expect(fields('layout')).toEqual(['textSize', 'splits']);
    expect(merge({ narrowTabs: { simulator: 3 } }).narrowTabs).toEqual({});
  });

  it('a lesson of mine whose file no longer reads is left out and named, the others kept', () => {
    const merge = (saved: unknown) => myLessonsStore.persist.getOptions().merge!(saved, myLessonsStore.getState()) as MyLessonsState;
    const lesson = { ...lessonById('session-by-hand')!, id: 'my-good' };
    const broken = { ...lessonFile({ ...lesson, id: 'my-broken' }), lesson: { id: 'my-broken', steps: 'none' } };
    const mine = merge({ mine: { 'my-good': { file: lessonFile(lesson), marked: true }, 'my-broken': { file: broken, marked: false }, 'my-shape': { marked: 'yes' } } }).mine;
    expect(Object.keys(mine)).toEqual(['my-good']);
    expect(fields('my lessons')).toEqual(['my-broken', 'my-shape']);
  });

  it('never reads a field the saved object only inherits', () => {
    expect(readSaved<{ toString: string }>('t', {}, { toString: isString })).toEqual({});
  });
});
