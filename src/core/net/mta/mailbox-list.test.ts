import { describe, expect, it } from 'vitest';
import { openScenario, playScenario, runStep, scenarioById } from '../../scenarios/index';
import { HOSTS } from '../world/index';
import { listedMailboxes } from './mailbox-list';

const where = (user: string, tl: { world: Parameters<typeof listedMailboxes>[0] }) => listedMailboxes(tl.world).filter((m) => m.user === user).map((m) => m.host);

describe('which mailboxes are listed', () => {
  it('bob and carol only on the mailhost, alice only on her MTA: the MXs pass their mail on', () => {
    const tl = openScenario(scenarioById('four-mta-journey')!);
    expect(where('bob', tl)).toEqual([HOSTS.mailhost]);
    expect(where('carol', tl)).toEqual([HOSTS.mailhost]);
    expect(where('alice', tl)).toEqual([HOSTS.aliceMta]);
    expect(listedMailboxes(tl.world).find((m) => m.host === HOSTS.mailhost && m.user === 'bob')).toEqual({ host: HOSTS.mailhost, user: 'bob', messages: 0 });
  });

  it('counts the messages once mail is there', () => {
    const tl = playScenario(scenarioById('four-mta-journey')!);
    expect(listedMailboxes(tl.world).find((m) => m.user === 'bob')!.messages).toBe(1);
  });

  it('a user added on a host without an MTA is not listed; after apt install postfix they are', () => {
    const fresh = openScenario(scenarioById('fresh-install')!);
    const before = runStep(fresh, { type: 'type', host: HOSTS.ws, lines: ['sudo useradd dave'] });
    expect(where('dave', before)).toEqual([]);
    const after = runStep(fresh, { type: 'type', host: HOSTS.ws, lines: ['sudo apt install postfix', 'sudo useradd dave'] });
    expect(where('dave', after)).toEqual([HOSTS.ws]);
  });
});
