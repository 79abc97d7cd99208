// Challenge data from outside (a .json file, a link), checked field by
// field with the lesson validator's own checkers: every problem comes back
// with the path of its field ("goal.of[1].code", "score.kind"), nothing is
// thrown, and only data that passes is typed as a Challenge.
import { TOPICS } from '../curriculum/topics';
import { HOSTS } from '../../net/index';
import { questionsField, scenarioStep, startField, validateCheck } from '../validate';
import { err, isObject, list, num, str, strings, type Ctx, type ValidationError } from '../validate-fields';
import { SCORE_KINDS, type Challenge } from './types';

export type ValidatedChallenge = { ok: true; challenge: Challenge; errors: [] } | { ok: false; errors: ValidationError[] };

function outsideField(ctx: Ctx, data: Record<string, unknown>): void {
  const o = data.outside;
  if (o === undefined) return;
  if (!isObject(o)) return err(ctx, 'outside', 'must be { playground?, answers? }');
  const asked = Array.isArray(data.questions) ? data.questions.map((q) => (isObject(q) ? q.id : undefined)) : [];
  list(ctx, o, 'answers', 'outside.', false, (a, at) => {
    if (!isObject(a)) return err(ctx, at, 'must be { question, answer }');
    str(ctx, a, 'question', `${at}.`, true);
    str(ctx, a, 'answer', `${at}.`, true);
    if (typeof a.question === 'string' && !asked.includes(a.question)) err(ctx, `${at}.question`, `answers no question of the challenge: ${a.question}`);
  });
  list(ctx, o, 'playground', 'outside.', false, (p, at) => {
    if (!isObject(p)) return err(ctx, at, 'must be { explorer, input, output, charset?, direction? }');
    for (const k of ['explorer', 'input', 'output']) str(ctx, p, k, `${at}.`, k === 'explorer');
    str(ctx, p, 'charset', `${at}.`, false);
    if (p.direction !== undefined && p.direction !== 'decode' && p.direction !== 'encode') err(ctx, `${at}.direction`, 'must be decode or encode');
  });
}

export function validateChallenge(data: unknown): ValidatedChallenge {
  const ctx: Ctx = { errors: [] };
  if (!isObject(data)) return { ok: false, errors: [{ path: '', message: 'a challenge must be a JSON object' }] };
  for (const k of ['id', 'title', 'task', 'parNote']) str(ctx, data, k, '', true);
  if (typeof data.id === 'string' && !/^[a-z0-9][a-z0-9-]{0,63}$/.test(data.id)) err(ctx, 'id', 'must be lower-case letters, digits and hyphens');
  num(ctx, data, 'revision', '', true);
  num(ctx, data, 'par', '', true);
  if (typeof data.par === 'number' && !Number.isInteger(data.par)) err(ctx, 'par', 'must be a whole number: scores are counts');
  num(ctx, data, 'withinSeconds', '', false);
  strings(ctx, data, 'rules', '', true);
  strings(ctx, data, 'withheldCommands', '', false);
  if (Array.isArray(data.withheldCommands)) data.withheldCommands.forEach((c, i) => typeof c === 'string' && !/^[A-Za-z0-9._+-]{1,64}$/.test(c) && err(ctx, `withheldCommands[${i}]`, 'must be a command name (letters, digits, . _ + -)'));
  strings(ctx, data, 'withheldPanels', '', false);
  strings(ctx, data, 'topics', '', false);
  if (Array.isArray(data.topics)) data.topics.forEach((t, i) => typeof t === 'string' && !Object.hasOwn(TOPICS, t) && err(ctx, `topics[${i}]`, `is not a topic of the course: ${t}`));
  if (data.goal === undefined) err(ctx, 'goal', 'is required');
  else ctx.errors.push(...validateCheck(data.goal, 'goal').slice(0, Math.max(0, 100 - ctx.errors.length)));
  startField(ctx, data.start);
  const score = data.score;
  if (!isObject(score)) err(ctx, 'score', `is required: { kind: ${SCORE_KINDS.join(' | ')}, host? }`);
  else {
    if (!(SCORE_KINDS as readonly unknown[]).includes(score.kind)) err(ctx, 'score.kind', `must be one of ${SCORE_KINDS.join(', ')}`);
    str(ctx, score, 'host', 'score.', false);
    if (typeof score.host === 'string' && !(Object.values(HOSTS) as string[]).includes(score.host)) err(ctx, 'score.host', 'must name a host of the world');
  }
  list(ctx, data, 'solution', '', true, (s, at) => scenarioStep(ctx, s, at));
  questionsField(ctx, data, '');
  outsideField(ctx, data);
  return ctx.errors.length ? { ok: false, errors: ctx.errors } : { ok: true, challenge: data as unknown as Challenge, errors: [] };
}
