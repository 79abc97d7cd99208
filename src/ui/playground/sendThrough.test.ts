import { afterEach, describe, expect, it } from 'vitest';
import { leaveLesson, openLesson } from '../../store/lessonsRunner';
import { lessonsStore } from '../../store/lessons';
import { shareNotice } from '../../store/shareNotice';
import { simulatorStore } from '../../store/simulator';
import { sendThroughSimulator } from './sendThrough';

// The Playground's `Send through the simulator` where the lesson on screen
// withholds Compose: not sent, and said in the Simulator's own words for a
// dropped .eml (messageNotice), instead of a silent refusal.
const eml = new TextEncoder().encode('From: alice@alice.example\r\nTo: bob@bob.example\r\nSubject: hi\r\n\r\nhi\r\n');

describe('Send through the simulator', () => {
  afterEach(() => {
    leaveLesson();
    lessonsStore.getState().resetProgress();
    shareNotice.getState().clear();
  });

  it('is refused, and says why, while a lesson that withholds Compose is on screen', async () => {
    expect(openLesson('esmtp', 0)).toBe(true);
    expect(simulatorStore.getState().visiting).toMatchObject({ kind: 'lesson', withheldPanels: ['compose'] });
    const before = simulatorStore.getState().timeline.log.length;
    expect(await sendThroughSimulator(eml, 'The message')).toBe(false);
    expect(shareNotice.getState().notice).toEqual({
      kind: 'refused',
      message: 'The message was not sent: this lesson withholds Compose (Alice’s user agent), so here a message is typed at a shell.',
    });
    expect(simulatorStore.getState().timeline.log.length).toBe(before);
  });

  it('hands the message to Alice’s user agent in the sandbox, with nothing to say', async () => {
    shareNotice.getState().show({ kind: 'error', message: 'an earlier file' });
    simulatorStore.getState().loadScenario('free-play');
    expect(await sendThroughSimulator(eml, 'sample.eml')).toBe(true);
    expect(shareNotice.getState().notice).toBeUndefined();
    expect(simulatorStore.getState().timeline.log[0]!.kind).toBe('submit');
  });
});
