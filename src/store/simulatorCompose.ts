// The compose form's draft, kept across a reload so a half-written message
// is never lost. Sending hands the draft to the world (simulator.ts).
import { createStore } from 'zustand/vanilla';
import { createJSONStorage, persist } from 'zustand/middleware';
import { safeLocalStorage } from './storage';
import { arrayOf, isString, own, readSaved, shape, type Check } from './savedState';

export type Draft = {
  from: string;
  to: string;
  cc: string;
  bcc: string;
  subject: string;
  body: string;
  /** User-defined `X-` headers, one `Name: value` per line. */
  extraHeaders: string;
  attachments: readonly { name: string; type: string; /** base64 of the bytes, so the draft stays JSON. */ data: string }[];
};

export const EMPTY_DRAFT: Draft = {
  from: 'alice@alice.example',
  to: 'bob@bob.example',
  cc: '',
  bcc: '',
  subject: '',
  body: '',
  extraHeaders: '',
  attachments: [],
};

const isAttachment = shape<Draft['attachments'][number]>({ name: isString, type: isString, data: isString });

/** The draft as saved: every field a string, attachments as base64. */
export const DRAFT_SHAPE: { [K in keyof Draft]: Check<Draft[K]> } = {
  from: isString,
  to: isString,
  cc: isString,
  bcc: isString,
  subject: isString,
  body: isString,
  extraHeaders: isString,
  attachments: arrayOf(isAttachment),
};

export type ComposeState = {
  draft: Draft;
  edit(change: Partial<Draft>): void;
  clear(): void;
};

export const composeStore = createStore<ComposeState>()(
  persist(
    (set) => ({
      draft: EMPTY_DRAFT,
      edit: (change) => set((s) => ({ draft: { ...s.draft, ...change } })),
      clear: () => set((s) => ({ draft: { ...EMPTY_DRAFT, from: s.draft.from } })),
    }),
    {
      name: 'smtp-lab.compose',
      version: 1,
      storage: createJSONStorage(safeLocalStorage),
      partialize: (s) => ({ draft: s.draft }),
      // Field by field: a broken attachment list does not cost the typed body.
      merge: (saved, current) => ({ ...current, draft: { ...EMPTY_DRAFT, ...readSaved<Draft>('compose', own(saved, 'draft'), DRAFT_SHAPE) } }),
    },
  ),
);
