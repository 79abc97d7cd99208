// The app's places. Hash URLs so that `npm run build` output works on any
// static host, at any path, with no rewrite rules.
export type Place = 'simulator' | 'playground' | 'lessons';

export const PLACES: readonly { id: Place; label: string; path: string }[] = [
  { id: 'simulator', label: 'Simulator', path: '#/simulator' },
  { id: 'playground', label: 'Playground', path: '#/playground' },
  { id: 'lessons', label: 'Lessons', path: '#/lessons' },
];

export type Route = { place: Place; rest: string[]; query: URLSearchParams };

export function parseRoute(hash: string): Route {
  const body = hash.replace(/^#\/?/, '');
  const [path = '', search = ''] = body.split('?', 2);
  const [first, ...rest] = path.split('/').filter(Boolean);
  const place = PLACES.find((p) => p.id === first)?.id ?? 'simulator';
  return { place, rest, query: new URLSearchParams(search) };
}

/** `#/playground/<explorer>?<query>`: each explorer has its own URL. */
export function playgroundHash(explorer?: string, query?: URLSearchParams): string {
  const search = query?.toString();
  return `#/playground${explorer ? `/${explorer}` : ''}${search ? `?${search}` : ''}`;
}

/** `#/lessons`, `#/lessons/<id>/<step>` (1-based, as people count steps) or `#/lessons/<id>/done` (the summary). */
export function lessonHash(id?: string, step?: number | 'done'): string {
  return id === undefined ? '#/lessons' : `#/lessons/${encodeURIComponent(id)}/${step ?? 1}`;
}

/** `#/lessons/challenges` (the list, on the Lessons page) or `#/lessons/challenges/<id>` (one challenge in the workspace); no lesson is called `challenges`. */
export const CHALLENGES_PATH = 'challenges';
export function challengeHash(id?: string): string {
  return id === undefined ? `#/lessons/${CHALLENGES_PATH}` : `#/lessons/${CHALLENGES_PATH}/${encodeURIComponent(id)}`;
}

/** Presenter mode's audience window (issue 14): not a place of its own, no header, no navigation. */
export const AUDIENCE_HASH = '#/present/audience';
export const isAudienceHash = (hash: string): boolean => hash.startsWith(AUDIENCE_HASH);

/** `#/lessons/build/<id>`: a lesson of mine in the level builder (issue 16 §2); no lesson is called `build` (built-ins are named in core, mine start with `my-`). */
export const BUILD_PATH = 'build';
export const builderHash = (id: string): string => `#/lessons/${BUILD_PATH}/${encodeURIComponent(id)}`;
/** `#/lessons/import/<format>.<data>~<check>`: a lesson link (core/share/lesson-file.ts); opening it adds the lesson to My lessons. */
export const IMPORT_PATH = 'import';
/** `#/lessons/mine`: the Lessons page at My lessons (whose ids all start with `my-`, so none is called `mine`). */
export const MINE_PATH = 'mine';
