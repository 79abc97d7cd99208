// `npm run sim -- --list` and `npm run sim -- SCENARIO [--seed N] [--json | --html]`:
// plays a scenario in Node and prints its transcript, the event log as JSON
// lines, or the coloured transcript as a page for slides, so that
// instructors can quote it and tests can diff it.
import { eventJson } from '../../core/net/index';
import { playScenario, scenarioById, SCENARIOS } from '../../core/scenarios/index';
import { transcriptText } from '../../core/share/transcript-text';
import { transcriptHtml } from '../../core/share/transcript-html';

const USAGE = `usage: npm run sim -- --list
       npm run sim -- SCENARIO [--seed N] [--json | --html]`;

function main(args: string[]): number {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  if (args.includes('--list')) {
    const width = SCENARIOS.reduce((max, s) => Math.max(max, s.id.length), 0);
    for (const s of SCENARIOS) console.log(`${s.id.padEnd(width)}  ${s.title}`);
    return 0;
  }
  let seed = 1;
  let json = false;
  let html = false;
  let id: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') json = true;
    else if (a === '--html') html = true;
    else if (a === '--seed') {
      const v = args[++i];
      if (v === undefined || !/^\d+$/.test(v)) {
        console.error(`sim: --seed needs a non-negative integer\n${USAGE}`);
        return 2;
      }
      seed = Number(v);
    } else if (a.startsWith('-')) {
      console.error(`sim: unknown option ${a}\n${USAGE}`);
      return 2;
    } else id = a;
  }
  const scenario = id === undefined ? undefined : scenarioById(id);
  if (!scenario) {
    console.error(id === undefined ? USAGE : `sim: no scenario "${id}"; --list shows them`);
    return 2;
  }
  const tl = playScenario(scenario, seed);
  if (json) for (const e of tl.log) console.log(eventJson(e));
  else if (html) process.stdout.write(transcriptHtml({ ...scenario, seed }, tl.log));
  else console.log(transcriptText({ ...scenario, seed }, tl.log));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
