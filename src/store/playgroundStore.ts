// What the learner typed into each explorer, and how they asked to see it.
// Persisted so a reload never loses input; the views put small inputs in the
// URL too, so a link reproduces the view.
import { createStore } from 'zustand/vanilla';
import { persist, createJSONStorage, type StateStorage } from 'zustand/middleware';
import { forgiving, safeLocalStorage } from './storage';
import { isRecord, isString, oneOf, own, readSaved, type Check } from './savedState';
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

export type PlaygroundState = {
  inputs: Record<ExplorerId, ExplorerInput>;
  builder: BuilderFields;
  stamp: StampForm;
  setText(id: ExplorerId, text: string): void;
  setDirection(id: ExplorerId, direction: Direction): void;
  setCharset(id: ExplorerId, charset: string): void;
  setWordEncoding(id: ExplorerId, wordEncoding: 'B' | 'Q'): void;
  setSample(id: ExplorerId, sample: string | undefined): void;
  /** Applies a shared link's settings in one go. */
  applyLink(id: ExplorerId, link: Partial<ExplorerInput>): void;
  setBuilder(fields: Partial<BuilderFields>): void;
  setStamp(fields: Partial<StampForm>): void;
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

// What a saved Playground may hold back: every field its own type, else
// dropped alone and reported (issue 11 §3.6); a number where the text should
// be would throw in the explorer at first render.
const INPUT_CHECKS: { [K in keyof ExplorerInput]-?: Check<ExplorerInput[K]> } = {
  text: isString,
  direction: oneOf(['decode', 'encode'] as const),
  charset: isString,
  wordEncoding: oneOf(['B', 'Q'] as const),
  sample: isString,
};
const BUILDER_CHECKS: { [K in keyof BuilderFields]: Check<string> } = { from: isString, to: isString, cc: isString, subject: isString, text: isString, html: isString };
const STAMP_CHECKS: { [K in keyof StampForm]: Check<string> } = { from: isString, fromInfo: isString, by: isString, with: isString, id: isString, for: isString };
type SavedParts = { inputs: Record<string, unknown>; builder: Record<string, unknown>; stamp: Record<string, unknown> };

function readSavedPlayground(persisted: unknown, current: PlaygroundState): PlaygroundState {
  const saved = readSaved<SavedParts>('playground', persisted, { inputs: isRecord, builder: isRecord, stamp: isRecord });
  const inputs = { ...current.inputs };
  for (const id of EXPLORER_IDS) inputs[id] = { ...inputs[id], ...readSaved<ExplorerInput>('playground', own(saved.inputs, id), INPUT_CHECKS, id) };
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

export function createPlaygroundStore(storage?: StateStorage) {
  return createStore<PlaygroundState>()(
    persist(
      (set) => {
        const patch = (id: ExplorerId, change: Partial<ExplorerInput>) =>
          set((s) => ({ inputs: { ...s.inputs, [id]: { ...s.inputs[id], ...change } } }));
        return {
          inputs: initialInputs(),
          builder: EMPTY_BUILDER,
          stamp: EMPTY_STAMP,
          setText: (id, text) => patch(id, { text, sample: undefined }),
          setDirection: (id, direction) => patch(id, { direction }),
          setCharset: (id, charset) => patch(id, { charset }),
          setWordEncoding: (id, wordEncoding) => patch(id, { wordEncoding }),
          setSample: (id, sample) => patch(id, { sample }),
          applyLink: (id, link) => patch(id, link),
          setBuilder: (fields) => set((s) => ({ builder: { ...s.builder, ...fields } })),
          setStamp: (fields) => set((s) => ({ stamp: { ...s.stamp, ...fields } })),
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
        partialize: (s) => ({
          inputs: Object.fromEntries(
            EXPLORER_IDS.map((id) => {
              const input = s.inputs[id];
              return [id, input.text.length > PERSIST_LIMIT ? { ...input, text: '' } : input];
            }),
          ),
          builder: s.builder,
          stamp: s.stamp,
        }),
        merge: readSavedPlayground,
      },
    ),
  );
}

export type PlaygroundStore = ReturnType<typeof createPlaygroundStore>;

/** The app's one playground store. */
export const playgroundStore = createPlaygroundStore();
