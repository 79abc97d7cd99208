// What the learner typed into each explorer, and how they asked to see it.
// Persisted so a reload never loses input; the views put small inputs in the
// URL too, so a link reproduces the view.
import { createStore } from 'zustand/vanilla';
import { persist, createJSONStorage, type StateStorage } from 'zustand/middleware';
import { forgiving, safeLocalStorage, safeSessionStorage } from './storage';
import { isRecord, own, readSaved } from './savedState';
import { BUILDER_CHECKS, explorerState, INPUT_CHECKS, STAMP_CHECKS } from './playgroundSaved';
import { keepVisitInSession } from './playgroundSession';
import { AUTO_CHARSET } from '../core';

export type ExplorerId = 'base64' | 'quoted-printable' | 'encoded-words' | 'mime' | 'received';
export const EXPLORER_IDS: readonly ExplorerId[] = ['base64', 'quoted-printable', 'encoded-words', 'mime', 'received'];

export type Direction = 'decode' | 'encode';

export type ExplorerInput = {
  text: string;
  direction: Direction;
  /** Charset for the decoded side (display when decoding, bytes when encoding). */
  charset: string;
  /** RFC 2047 §4: B or Q, for encoding encoded-words. */
  wordEncoding: 'B' | 'Q';
  /** A sample from public/samples/ shown instead of the text (MIME explorer). */
  sample?: string;
};

export type BuilderFields = {
  from: string;
  to: string;
  cc: string;
  subject: string;
  text: string;
  html: string;
};

/** The Received explorer's Encode form: a relay's stamp (RFC 5321 §4.4). */
export type StampForm = { from: string; fromInfo: string; by: string; with: string; id: string; for: string };

const EMPTY_STAMP: StampForm = {
  from: 'mail.alice.example',
  fromInfo: 'mail.alice.example [192.0.2.10]',
  by: 'mx.bob.example',
  with: 'ESMTPS',
  id: '4C1D9B20',
  for: 'bob@bob.example',
};

/**
 * A message file open in the MIME explorer, shown in place of its text:
 * picked or dropped (a Blob, which the worker reads itself) or opened from a
 * shared state (its bytes). Kept while the tab lives, never saved: a file
 * may be megabytes, and localStorage holds text.
 */
export type MessageFile = { name: string; size: number; data: Blob | Uint8Array };

/** One explorer as it stands: its input, the MIME builder's or the Received stamp's form, and the MIME explorer's file. */
export type ExplorerState = { input: ExplorerInput; builder?: BuilderFields; stamp?: StampForm; file?: MessageFile };

/**
 * A shared explorer on screen beside the person's own (issue 15 §1), as the
 * Simulator's visit: `inputs` (and the form) show the shared state, the
 * person's own is set aside whole in `own`, and it is `own` that is saved,
 * so a link or file never overwrites their work; `keepOwnWork` puts it back.
 * Editing the shared state adopts it: a student who changes the teacher's
 * example expects to keep what they typed, so from the first edit what is
 * shown is theirs and saved (the banner says so before and after), and
 * `own` stays only so that `keepOwnWork` can still bring their earlier
 * input back, until they dismiss it.
 */
export type PlaygroundVisit = {
  explorer: ExplorerId;
  own: ExplorerState;
  /** "Shown exactly as shared", or what differs. */
  message: string;
  exact: boolean;
  adopted: boolean;
};

export type PlaygroundState = {
  inputs: Record<ExplorerId, ExplorerInput>;
  builder: BuilderFields;
  stamp: StampForm;
  /** The message file the MIME explorer shows, if one was opened since its text or sample was last set. */
  file?: MessageFile;
  /** A shared explorer on screen, the person's own set aside; absent when all is their own. */
  visiting?: PlaygroundVisit;
  /** Counts shared states opened and set aside: a view holding state of its own (a selected part, a loaded sample) starts over when it changes. */
  opened: number;
  setText(id: ExplorerId, text: string): void;
  setDirection(id: ExplorerId, direction: Direction): void;
  setCharset(id: ExplorerId, charset: string): void;
  setWordEncoding(id: ExplorerId, wordEncoding: 'B' | 'Q'): void;
  setSample(id: ExplorerId, sample: string | undefined): void;
  /** Shows a message file in the MIME explorer, in place of its text or sample. */
  setFile(file: MessageFile): void;
  /**
   * Applies the explorer's own link (`?in=…`, the page's address) in one
   * go. View settings apply at once, as does an input equal to the one
   * shown or the person's own (the page's own URL on a reload) or a sample
   * in place of a sample; another input opens beside the person's own, as
   * a shared state does: a link pasted from a slide never overwrites their work.
   */
  applyLink(id: ExplorerId, link: Partial<ExplorerInput>): void;
  setBuilder(fields: Partial<BuilderFields>): void;
  setStamp(fields: Partial<StampForm>): void;
  /** Shows a shared explorer beside the person's own (one visit at a time: an earlier one's own work goes back first). */
  openShared(explorer: ExplorerId, shown: ExplorerState, note: Pick<PlaygroundVisit, 'message' | 'exact'>): void;
  /** Back to the person's own explorer, as it was set aside. */
  keepOwnWork(): void;
  /** The adopted shared state stays the person's own; their earlier input is let go. */
  forgetEarlier(): void;
};

/** Inputs above this many characters are not persisted: localStorage holds ~5 MB. */
export const PERSIST_LIMIT = 1_000_000;

const SEEDS: Record<ExplorerId, string> = {
  base64: 'VXNlcm5hbWU6',
  'quoted-printable': 'Caf=E9 cr=E8me br=FBl=E9e',
  'encoded-words': 'Subject: =?UTF-8?B?Q2Fmw6k=?= =?ISO-8859-1?Q?cr=E8me_br=FBl=E9e?=',
  mime: '',
  received: '',
};

const CHARSET_DEFAULT: Record<ExplorerId, string> = {
  base64: AUTO_CHARSET,
  'quoted-printable': AUTO_CHARSET,
  // Encoded-words name their charset; encoding writes UTF-8 ones.
  'encoded-words': 'utf-8',
  mime: 'utf-8',
  received: 'utf-8',
};
/** The defaults before Auto (version 1): a saved input still on one of them moves to Auto. */
const OLD_DEFAULT: Partial<Record<ExplorerId, string>> = { base64: 'utf-8', 'quoted-printable': 'iso-8859-1' };

function initialInput(id: ExplorerId): ExplorerInput {
  // Auto: UTF-8 when the bytes are valid UTF-8, else windows-1252, so the seed's =E9 and a pasted =C3=A9 both read é.
  const input: ExplorerInput = { text: SEEDS[id], direction: 'decode', charset: CHARSET_DEFAULT[id], wordEncoding: 'Q' };
  // A first visit to the MIME explorer opens a message at once.
  if (id === 'mime') input.sample = 'multipart-mixed-attachment.eml';
  return input;
}

const EMPTY_BUILDER: BuilderFields = {
  from: 'Alice <alice@alice.example>',
  to: 'Bob <bob@bob.example>',
  cc: '',
  subject: 'Café at noon?',
  text: 'Hi Bob,\n\nCafé at noon? I attach the menu.\n\nAlice\n',
  html: '',
};

type SavedParts = { inputs: Record<string, unknown>; builder: Record<string, unknown>; stamp: Record<string, unknown> };

function readSavedPlayground(persisted: unknown, current: PlaygroundState): PlaygroundState {
  const saved = readSaved<SavedParts>('playground', persisted, { inputs: isRecord, builder: isRecord, stamp: isRecord });
  const inputs = { ...current.inputs };
  for (const id of EXPLORER_IDS) {
    const input = own(saved.inputs, id);
    // A saved input with no sample had none (JSON leaves an undefined out): the first visit's must not come back over the person's text.
    const none = isRecord(input) && own(input, 'sample') === undefined;
    inputs[id] = { ...inputs[id], ...(none && { sample: undefined }), ...readSaved<ExplorerInput>('playground', input, INPUT_CHECKS, id) };
  }
  return {
    ...current,
    inputs,
    builder: { ...current.builder, ...readSaved<BuilderFields>('playground', saved.builder, BUILDER_CHECKS, 'builder') },
    stamp: { ...current.stamp, ...readSaved<StampForm>('playground', saved.stamp, STAMP_CHECKS, 'stamp') },
  };
}

function initialInputs(): Record<ExplorerId, ExplorerInput> {
  return Object.fromEntries(EXPLORER_IDS.map((id) => [id, initialInput(id)])) as Record<ExplorerId, ExplorerInput>;
}

export type Explorers = Pick<PlaygroundState, 'inputs' | 'builder' | 'stamp' | 'file'>;

/** An explorer as a first visit shows it: what a shared state's missing fields are read against. */
export function freshExplorer(id: ExplorerId): ExplorerState {
  return { input: initialInput(id), ...(id === 'mime' && { builder: EMPTY_BUILDER }), ...(id === 'received' && { stamp: EMPTY_STAMP }) };
}

function withExplorer(s: Explorers, id: ExplorerId, e: ExplorerState): Explorers {
  return { inputs: { ...s.inputs, [id]: e.input }, builder: e.builder ?? s.builder, stamp: e.stamp ?? s.stamp, file: id === 'mime' ? e.file : s.file };
}

/** The person's own work: what is on screen, with a visited explorer's own state in place of the shared one until they adopt it. */
export function ownWork(s: Explorers & Pick<PlaygroundState, 'visiting'>): Explorers {
  const v = s.visiting;
  return v && !v.adopted ? withExplorer(s, v.explorer, v.own) : s;
}

/** The first edit of a shared explorer makes it the person's own (see PlaygroundVisit). */
function adopting(s: PlaygroundState, id: ExplorerId): Partial<PlaygroundState> {
  return s.visiting?.explorer === id && !s.visiting.adopted ? { visiting: { ...s.visiting, adopted: true } } : {};
}

/** An explorer's own link opened beside the person's input: it comes with no version or form to compare, so it is shown as it reads. */
const FROM_LINK = { message: 'Opened from a link to this explorer.', exact: true };

/**
 * The input an explorer's own link stands for: the fields it carries, the
 * rest as a first visit has them (the page writes none left at that value),
 * and no sample under a text it carries.
 */
function linkedInput(id: ExplorerId, link: Partial<ExplorerInput>): ExplorerInput {
  return { ...initialInput(id), ...(link.text !== undefined && { sample: undefined }), ...link };
}

/**
 * Whether showing `asked` in place of `e` hides nothing the person made,
 * whatever the view's settings: a sample for a sample (built in, one click
 * away; the text under it stays), or the same text. A file, or a text in
 * place of another or under a sample, is theirs.
 */
const losesNothing = (e: ExplorerState, asked: ExplorerInput) =>
  !e.file && (e.input.sample !== undefined ? asked.sample !== undefined : asked.sample === undefined && e.input.text === asked.text);

/** `storage`: the person's work (localStorage); `session`: this tab's shared explorer (sessionStorage). */
export function createPlaygroundStore(storage?: StateStorage, session?: StateStorage) {
  const store = createStore<PlaygroundState>()(
    persist(
      (set, get) => {
        // A text or a sample set in the MIME explorer takes the place of its file.
        const patch = (id: ExplorerId, change: Partial<ExplorerInput>, edit = true) =>
          set((s) => ({
            inputs: { ...s.inputs, [id]: { ...s.inputs[id], ...change } },
            ...(id === 'mime' && ('text' in change || 'sample' in change) && { file: undefined }),
            ...(edit && adopting(s, id)),
          }));
        return {
          inputs: initialInputs(),
          builder: EMPTY_BUILDER,
          stamp: EMPTY_STAMP,
          opened: 0,
          setText: (id, text) => patch(id, { text, sample: undefined }),
          setDirection: (id, direction) => patch(id, { direction }),
          setCharset: (id, charset) => patch(id, { charset }),
          setWordEncoding: (id, wordEncoding) => patch(id, { wordEncoding }),
          setSample: (id, sample) => patch(id, { sample }),
          setFile: (file) => set((s) => ({ file, inputs: { ...s.inputs, mime: { ...s.inputs.mime, sample: undefined } }, ...adopting(s, 'mime') })),
          applyLink: (id, link) => {
            const s = get();
            const asked = linkedInput(id, link);
            if ((link.text === undefined && link.sample === undefined) || losesNothing(explorerState(s, id), asked)) return patch(id, link, false);
            const own = explorerState(ownWork(s), id);
            // The own input differs from the one shown only while a shared one is shown here: back to it.
            if (losesNothing(own, asked)) {
              s.keepOwnWork();
              return patch(id, link, false);
            }
            // The link says nothing of the forms: the person's own stay (their file is set aside with their input).
            const { file: _aside, ...form } = own;
            s.openShared(id, { ...form, input: asked }, FROM_LINK);
          },
          setBuilder: (fields) => set((s) => ({ builder: { ...s.builder, ...fields }, ...adopting(s, 'mime') })),
          setStamp: (fields) => set((s) => ({ stamp: { ...s.stamp, ...fields }, ...adopting(s, 'received') })),
          openShared: (explorer, shown, note) =>
            set((s) => {
              const own = ownWork(s);
              return { ...withExplorer(own, explorer, shown), visiting: { explorer, own: explorerState(own, explorer), ...note, adopted: false }, opened: s.opened + 1 };
            }),
          keepOwnWork: () =>
            set((s) => (s.visiting ? { ...withExplorer(s, s.visiting.explorer, s.visiting.own), visiting: undefined, opened: s.opened + 1 } : {})),
          forgetEarlier: () => set((s) => (s.visiting?.adopted ? { visiting: undefined } : {})),
        };
      },
      {
        name: 'smtp-lab.playground',
        version: 2,
        migrate: (persisted, version) => {
          const saved = (persisted ?? {}) as Partial<Pick<PlaygroundState, 'inputs'>>;
          if (version < 2 && saved.inputs && typeof saved.inputs === 'object') {
            for (const [id, old] of Object.entries(OLD_DEFAULT)) {
              const input = saved.inputs[id as ExplorerId] as Partial<ExplorerInput> | undefined;
              if (input && typeof input === 'object' && input.charset === old) input.charset = AUTO_CHARSET;
            }
          }
          return saved as PlaygroundState;
        },
        storage: createJSONStorage(() => (storage ? forgiving(storage) : safeLocalStorage())),
        // A shared explorer on screen: the person's own, set aside, is what is saved.
        partialize: (state) => {
          const s = ownWork(state);
          return {
            inputs: Object.fromEntries(
              EXPLORER_IDS.map((id) => {
                const input = s.inputs[id];
                return [id, input.text.length > PERSIST_LIMIT ? { ...input, text: '' } : input];
              }),
            ),
            builder: s.builder,
            stamp: s.stamp,
          };
        },
        merge: readSavedPlayground,
      },
    ),
  );
  keepVisitInSession(store, session ? forgiving(session) : safeSessionStorage(), EXPLORER_IDS, PERSIST_LIMIT);
  return store;
}

export type PlaygroundStore = ReturnType<typeof createPlaygroundStore>;

/** The app's one playground store. */
export const playgroundStore = createPlaygroundStore();
