// A shared state opened, from wherever it came (a link, a dropped or picked
// file): the Simulator's shown beside the person's own work, a lesson step's
// in the lesson runner beside the learner's own progress, an explorer's
// beside the person's own input. Never throws: every failure is a message on the page.
import { decodeShareJson, type Decoded, type SharedState, type WorldShare } from '../../core/share/index';
import { openWorldShare } from '../../store/share';
import { openPlaygroundShare } from '../../store/sharePlayground';
import { shareNotice } from '../../store/shareNotice';
import { simulatorStore } from '../../store/simulator';
import { lessonHash, parseRoute, playgroundHash } from '../shell/routes';
import { openShared } from './link';
import { messageNotice } from './messageNotice';
import { isMessageFile } from './useOpenFiles';

export async function openState(decoded: Decoded<SharedState>): Promise<void> {
  if (!decoded.ok) return shareNotice.getState().show({ kind: 'error', message: decoded.error.message });
  const state = decoded.value;
  if (state.kind === 'lesson') {
    // The course and its runner load with the Lessons page, not with the Simulator that opens links.
    const { openLessonShare } = await import('../../store/shareLesson');
    const opened = openLessonShare(state);
    if (!opened.ok) return shareNotice.getState().show({ kind: 'error', message: opened.error.message });
    shareNotice.getState().clear();
    window.location.hash = lessonHash(opened.lesson, opened.step + 1);
    return;
  }
  if (state.kind === 'playground') {
    const opened = openPlaygroundShare(state);
    if (!opened.ok) return shareNotice.getState().show({ kind: 'error', message: opened.error.message });
    shareNotice.getState().clear();
    window.location.hash = playgroundHash(opened.explorer);
    return;
  }
  if (parseRoute(window.location.hash).place !== 'simulator') {
    // A file dropped on a lesson: leaving the lesson puts the person's own
    // work back on the Simulator, so the state opens once that is done.
    waiting = state;
    window.location.hash = '#/simulator';
    return;
  }
  showWorldShare(state);
}

let waiting: WorldShare | undefined;

/** The Simulator state a file opened elsewhere, now that the Simulator is on screen. */
export function openWaiting(): void {
  const state = waiting;
  waiting = undefined;
  if (state) showWorldShare(state);
}

function showWorldShare(state: WorldShare): void {
  const opened = openWorldShare(state);
  if (opened.ok) shareNotice.getState().clear();
  else shareNotice.getState().show({ kind: 'error', message: opened.error.message });
}

/** A link (`#/s/1.…`, or a URL holding one) opened. */
export async function openLink(text: string): Promise<void> {
  await openState(await openShared(text));
}

/** The files SMTP Lab opens by name: a shared state, an export (its session.smtplab.json) and a message for Alice to send. */
export type Opening = { kind: 'state'; decoded: Decoded<SharedState> } | { kind: 'message'; bytes: Uint8Array } | { kind: 'unknown' };

const SESSION = /(^|\/)session\.smtplab\.json$/;

/**
 * A file dropped or picked: an .eml goes to Alice's user agent (as the
 * Playground's `Send through the simulator`; refused, and said so, where a
 * lesson withholds Compose), a shared state or an exported .zip opens that
 * state. Never throws.
 */
export async function openFile(file: File): Promise<void> {
  try {
    const opening = await readOpening(file);
    if (opening.kind === 'message') shareNotice.getState().show(messageNotice(file.name, simulatorStore.getState().submitMessage(opening.bytes)));
    else if (opening.kind === 'state') await openState(opening.decoded);
    else shareNotice.getState().show({ kind: 'error', message: `${file.name} is not a file SMTP Lab opens: drop an .eml, a .smtplab.json or an exported .zip.` });
  } catch {
    shareNotice.getState().show({ kind: 'error', message: `${file.name} could not be read.` });
  }
}

export async function readOpening(file: File): Promise<Opening> {
  const name = file.name.toLowerCase();
  if (isMessageFile(name)) return { kind: 'message', bytes: new Uint8Array(await file.arrayBuffer()) };
  if (name.endsWith('.json')) return { kind: 'state', decoded: decodeShareJson(await file.text()) };
  if (!name.endsWith('.zip')) return { kind: 'unknown' };
  const { unzip } = await import('fflate');
  const bytes = new Uint8Array(await file.arrayBuffer());
  // Only the one entry is inflated: a zip of anything else costs nothing more.
  const entries = await new Promise<Record<string, Uint8Array> | undefined>((resolve) =>
    unzip(bytes, { filter: (f) => SESSION.test(f.name) && f.originalSize <= 4 * 1024 * 1024 }, (err, out) => resolve(err ? undefined : out)),
  );
  const entry = entries && Object.values(entries)[0];
  if (!entry) return { kind: 'state', decoded: { ok: false, error: { kind: 'invalid', path: 'session.smtplab.json', message: 'This .zip is not an SMTP Lab export: it holds no session.smtplab.json.' } } };
  return { kind: 'state', decoded: decodeShareJson(new TextDecoder().decode(entry)) };
}
