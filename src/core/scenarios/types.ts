// A scenario is data (the Learn Git Branching way): a title, a goal in one
// sentence, the world it starts from (the default topology with changes),
// and the steps it plays. The same engine runs scenarios and free play.
import type { Faults } from '../net/index';
import type { WorldInput } from '../net/index';
import type { ServerPolicy } from '../smtp/policy';
import type { DnsRecord } from '../net/index';
import type { Moment } from './moments';

export type ScenarioStep =
  /** Lines typed at a host's shell; after each, the world plays until nothing more happens (as a person waits for the reply). */
  | { type: 'type'; host: string; lines: string[] }
  /** Any other input: the compose form, a change of faults. */
  | { type: 'input'; input: WorldInput }
  /** Play until the world is idle. */
  | { type: 'play' };

export type WorldChanges = {
  faults?: Record<string, Partial<Faults>>;
  policies?: Record<string, Partial<ServerPolicy>>;
  records?: DnsRecord[];
  /** Hosts as a fresh Linux install: no MTA and no submission server, so `mail` has nobody to hand mail to until Postfix is installed. */
  fresh?: string[];
};

export type Scenario = {
  id: string;
  title: string;
  /** What the learner should see, in one sentence. */
  goal: string;
  /** The host whose terminal the Simulator shows first. */
  focus: string;
  world: WorldChanges;
  steps: ScenarioStep[];
  /** Teaching moments, one of them main (every preset scenario has 3–5; free play none). */
  moments?: Moment[];
  /**
   * For a story told between MTAs: a command typed at `host` (usually the focus) before
   * the steps, such as `tail -f /var/log/mail.log`, so the terminal shows the
   * queue, the retry and the bounce as an administrator would.
   */
  terminal?: { host: string; command: string };
};
