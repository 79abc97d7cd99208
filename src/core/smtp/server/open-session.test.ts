import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../policy';
import { openSession } from './session';
import { NOW, PEER } from './test-support/talk';

describe('openSession', () => {
  it('greets with 220 and the host name', () => {
    const s = openSession(defaultPolicy, PEER, NOW);
    expect(new TextDecoder().decode(s.output)).toBe('220 mx.bob.example ESMTP SMTP Lab\r\n');
    expect(s.closed).toBe(false);
    expect(s.records).toHaveLength(1);
    expect(s.records[0]!.explanation.rfc).toBe('RFC 5321 §4.3.1');
  });

  it('refuses with 421 4.3.2 and closes when busy', () => {
    const s = openSession(defaultPolicy, PEER, NOW, { refuse: 'busy' });
    expect(new TextDecoder().decode(s.output)).toMatch(/^421 4\.3\.2 mx\.bob\.example /);
    expect(s.closed).toBe(true);
    expect(s.effects).toEqual([{ type: 'close' }]);
  });

  it('gives a state that survives structured cloning', () => {
    const s = openSession(defaultPolicy, PEER, NOW);
    expect(structuredClone(s.state)).toEqual(s.state);
  });
});
