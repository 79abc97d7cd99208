import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../policy';
import { openSession, stepSession } from './session';
import { converse, NOW, PEER } from './test-support/talk';

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

  it('gives a state that survives structured cloning, mid-DATA and mid-AUTH too', () => {
    const s = openSession(defaultPolicy, PEER, NOW);
    expect(structuredClone(s.state)).toEqual(s.state);
    const data = converse(['EHLO c.example\r\nMAIL FROM:<a@a.example>\r\nRCPT TO:<bob@bob.example>\r\nDATA\r\nhalf a li', 'ne\r\nmore']);
    expect(data.state.mode).toBe('data');
    expect(structuredClone(data.state)).toEqual(data.state);
    const auth = converse(['EHLO c.example\r\nAUTH LOGIN\r\nYWxpY2U=\r\n']);
    expect(auth.state.mode).toBe('auth');
    expect(structuredClone(auth.state)).toEqual(auth.state);
  });

  it('never changes the state it was given', () => {
    const before = converse(['EHLO c.example\r\nMAIL FROM:<a@a.example>\r\nRCPT TO:<bob@bob.example>\r\nDATA\r\nline one\r\n']).state;
    const copy = structuredClone(before);
    stepSession(before, { type: 'bytes', bytes: new TextEncoder().encode('line two\r\n.\r\nQUIT\r\n'), now: NOW });
    expect(before).toEqual(copy);
  });
});
