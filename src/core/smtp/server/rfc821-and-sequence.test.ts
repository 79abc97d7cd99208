// An RFC 821-only server says so and knows no ESMTP parameter (issue 10
// §3.3); the replies after a refused MAIL agree with Postfix's and say what
// is missing (issue 10 §3.6).
import { describe, expect, it } from 'vitest';
import { openSession } from './session';
import { PEER, NOW, policyWith, talk } from './test-support/talk';

const OLD = { extensions: { esmtp: false } };

describe('an RFC 821-only server', () => {
  it('does not say ESMTP in its banner', () => {
    const greeting = new TextDecoder().decode(openSession(policyWith({ ...OLD, greeting: 'ESMTP Postfix (SMTP Lab)' }), PEER, NOW).output);
    expect(greeting).toBe('220 mx.bob.example Postfix (SMTP Lab)\r\n');
    const modern = new TextDecoder().decode(openSession(policyWith({ greeting: 'ESMTP Postfix (SMTP Lab)' }), PEER, NOW).output);
    expect(modern).toBe('220 mx.bob.example ESMTP Postfix (SMTP Lab)\r\n');
  });

  for (const param of ['BODY=8BITMIME', 'SIZE=100', 'AUTH=<>']) {
    it(`refuses MAIL FROM with ${param} as a parameter it does not know (555)`, () => {
      const c = talk(['HELO client.alice.example', `MAIL FROM:<alice@alice.example> ${param}`], { policy: OLD });
      expect(c.output).toMatch(new RegExp(`\\r\\n555 Unsupported option: ${param.split('=')[0]}\\r\\n$`));
    });
  }

  it('still takes a plain MAIL FROM', () => {
    expect(talk(['HELO client.alice.example', 'MAIL FROM:<alice@alice.example>'], { policy: OLD }).codes).toEqual([250, 250]);
  });
});

describe('after a refused MAIL', () => {
  // Postfix 3.7.11 answers exactly these texts (tried against its smtpd).
  it('answers RCPT "need MAIL" and DATA "need RCPT", explaining that MAIL comes first', () => {
    const c = talk(['EHLO client.alice.example', 'MAIL FROM:<alice@>', 'RCPT TO:<bob@bob.example>', 'DATA']);
    expect(c.output.split('\r\n').slice(-4, -1)).toEqual([
      '501 5.1.7 <alice@>: Bad sender address syntax',
      '503 5.5.1 Error: need MAIL command',
      '503 5.5.1 Error: need RCPT command',
    ]);
    const data = c.steps.at(-1)!.records.find((r) => r.from === 'server')!;
    expect(data.explanation.meaning).toMatch(/MAIL FROM must come first/);
  });

  it('explains DATA after MAIL without RCPT as the missing RCPT only', () => {
    const c = talk(['EHLO client.alice.example', 'MAIL FROM:<alice@alice.example>', 'DATA']);
    expect(c.steps.at(-1)!.records.find((r) => r.from === 'server')!.explanation.meaning).not.toMatch(/MAIL FROM must come first/);
  });
});
