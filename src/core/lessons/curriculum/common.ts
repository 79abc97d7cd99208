// Shorthands the lesson files share: host names and the shapes of steps
// they play. Data builders only; no lesson logic lives here.
import { HOSTS } from '../../net/index';
import type { ScenarioStep } from '../../scenarios/index';
import type { Draft } from '../../net/index';
import type { Faults } from '../../net/index';

export const WS = HOSTS.ws;
export const MX1 = HOSTS.mx1;
export const MX2 = HOSTS.mx2;
export const MAILHOST = HOSTS.mailhost;
export const ALICE_MTA = HOSTS.aliceMta;
export const RELAY = HOSTS.aliceRelay;

export const typed = (host: string, ...lines: string[]): ScenarioStep => ({ type: 'type', host, lines });
export const compose = (draft: Draft, host: string = WS): ScenarioStep => ({ type: 'input', input: { type: 'compose', host, draft } });
export const faults = (host: string, change: Partial<Faults>): ScenarioStep => ({ type: 'input', input: { type: 'faults', host, faults: change } });

/** A short letter typed after DATA, ended by the lone dot (RFC 5321 §4.1.1.4). */
export const letter = (subject: string, ...body: string[]): string[] => ['From: Alice <alice@alice.example>', 'To: Bob <bob@bob.example>', `Subject: ${subject}`, '', ...body, '.'];

/** The exact input as the last hint shows it, one line a row. */
export const exact = (...lines: string[]) => ({ text: lines.join('\n'), exact: true as const });
