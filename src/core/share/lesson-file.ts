// A lesson as a file or a link (issue 16 §2): what the level builder
// exports and `My lessons` imports. The lesson is JSON with each solution
// input in the share form (bytes as base64), wrapped with the format and the
// core that made it. Reading it checks every field (the lesson validator
// names the first wrong ones by path) and never runs anything: a lesson is
// data, and its checks are data too.
import type { ScenarioStep } from '../scenarios/index';
import { validateLesson, type Lesson, type ValidationError } from '../lessons/index';
import { isObject } from '../lessons/validate-fields';
import { packPayload, unpackPayload, MAX_INFLATED, type Deflate, type Inflate } from './codec';
import { sharedInput, worldInput } from './replay';
import { validateSharedInput } from './validate';
import { CORE_VERSION, SHARE_FORMAT } from './version';

export const LESSON_FILE_KIND = 'smtp-lab-lesson';
/** `#/lessons/import/<format>.<data>~<check>`: opening it adds the lesson to My lessons. */
export const LESSON_LINK_PREFIX = '#/lessons/import/';

export type LessonFile = { kind: typeof LESSON_FILE_KIND; v: number; core: string; lesson: unknown };
export type ReadLesson = { ok: true; lesson: Lesson } | { ok: false; errors: ValidationError[] };

type Steps = readonly ScenarioStep[] | undefined;
const mapSteps = (steps: Steps, f: (s: ScenarioStep) => unknown) => steps?.map(f);

/** The lesson as JSON: the same data, solution inputs with their bytes as base64. */
export function lessonFile(lesson: Lesson): LessonFile {
  const json = (s: ScenarioStep) => (s.type === 'input' ? { type: 'input', input: sharedInput(s.input) } : s);
  const prelude = mapSteps(lesson.start.prelude, json);
  const out = {
    ...lesson,
    start: { ...lesson.start, ...(prelude && { prelude }) },
    steps: lesson.steps.map((s) => ({ ...s, solution: mapSteps(s.solution, json) })),
  };
  return { kind: LESSON_FILE_KIND, v: SHARE_FORMAT, core: CORE_VERSION, lesson: out };
}

export const lessonFileText = (lesson: Lesson): string => `${JSON.stringify(lessonFile(lesson), null, 2)}\n`;

/** Solution inputs from their JSON form; each wrong one named by path, the steps left as they were for the validator to judge. */
function fromJsonSteps(v: unknown, path: string, errors: ValidationError[]): unknown {
  if (!Array.isArray(v)) return v;
  return v.map((s, i) => {
    if (!isObject(s) || s.type !== 'input') return s;
    const read = validateSharedInput(s.input, `${path}[${i}].input`);
    if (read.ok) return { type: 'input', input: worldInput(read.value) };
    errors.push({ path: read.path, message: read.message });
    return s;
  });
}

/** A parsed JSON value as a lesson: a lesson file, or a bare lesson object as someone may write by hand; with `draft`, one still being written (the builder's own saves). */
export function readLessonFile(value: unknown, options: { draft?: boolean } = {}): ReadLesson {
  const wrapped = isObject(value) && value.kind === LESSON_FILE_KIND;
  if (wrapped && typeof value.v === 'number' && value.v > SHARE_FORMAT) {
    return { ok: false, errors: [{ path: 'v', message: `made with a newer SMTP Lab (format ${value.v}; this one reads up to ${SHARE_FORMAT}): reload to update` }] };
  }
  const data = wrapped ? value.lesson : value;
  if (!isObject(data)) return { ok: false, errors: [{ path: wrapped ? 'lesson' : '', message: 'a lesson must be a JSON object' }] };
  const errors: ValidationError[] = [];
  const start = isObject(data.start) ? { ...data.start, ...(data.start.prelude !== undefined && { prelude: fromJsonSteps(data.start.prelude, 'start.prelude', errors) }) } : data.start;
  const steps = Array.isArray(data.steps) ? data.steps.map((s, i) => (isObject(s) ? { ...s, solution: fromJsonSteps(s.solution, `steps[${i}].solution`, errors) } : s)) : data.steps;
  const checked = validateLesson({ ...data, start, steps }, options);
  const all = [...errors, ...checked.errors];
  return checked.ok && errors.length === 0 ? checked : { ok: false, errors: all.slice(0, 100) };
}

/** The text of a `.json` file (or a link's payload) as a lesson. */
export function readLessonText(text: string): ReadLesson {
  if (text.length > MAX_INFLATED) return { ok: false, errors: [{ path: '', message: `the file is larger than ${MAX_INFLATED / 1024 / 1024} MB` }] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, errors: [{ path: '', message: 'the file is not JSON: it may have been edited or cut' }] };
  }
  return readLessonFile(value);
}

export async function lessonLink(lesson: Lesson, deflate: Deflate): Promise<string> {
  return `${LESSON_LINK_PREFIX}${await packPayload(lessonFile(lesson), deflate)}`;
}

/** A lesson link (or its hash, or its payload) read back; a bad link says why, as a share link does. */
export async function readLessonLink(text: string, inflate: Inflate): Promise<ReadLesson> {
  const json = await unpackPayload(text, LESSON_LINK_PREFIX, inflate);
  return json.ok ? readLessonText(json.value) : { ok: false, errors: [{ path: '', message: json.error.message }] };
}
