// A wrong attempt for each lesson, as a learner makes it: the step fails,
// at the right clause, with the sentence that says what went wrong.
import { describe, expect, it } from 'vitest';
import { compose, faults, typed, WS, MX1, RELAY } from './common';
import { lessonById } from './index';
import { replay } from '../builder/replay-lesson';
import type { ScenarioStep } from '../../scenarios/index';

function failing(lesson: string, step: string, attempt: ScenarioStep[], also: Record<string, ScenarioStep[]> = {}) {
  const played = replay(lessonById(lesson)!, { [step]: attempt, ...also });
  const p = played.find((x) => x.step.id === step)!;
  expect(p.verdict.met).toBe(false);
  return p.verdict.firstUnmet!;
}

const letter = ['From: Alice <alice@alice.example>', 'To: Bob <bob@bob.example>', 'Subject: Typed by hand', '', 'Hello Bob,'];

describe('wrong attempts fail the right clause with the right sentence', () => {
  it('tcp-conversation: the wrong port is reset, so no SYN-ACK comes', () => {
    const u = failing('tcp-conversation', 'connect', [typed(WS, 'telnet mx1.bob.example 26')]);
    expect(u.sentence).toBe('mx1.bob.example answers SYN-ACK');
    expect(u.why).toMatch(/^not yet; the last tcp event was “RST .*” at event (\d+)$/);
    expect(u.near).toBe(Number(/at event (\d+)$/.exec(u.why!)![1]));
  });

  it('session-by-hand: RCPT TO a user who does not exist gets 550 5.1.1', () => {
    const u = failing('session-by-hand', 'envelope', [typed(WS, 'MAIL FROM:<alice@alice.example>', 'RCPT TO:<nobody@bob.example>')]);
    expect(u.sentence).toBe('mx1.bob.example answers RCPT TO “<bob@bob.example>” with 250');
    expect(u.why).toMatch(/^RCPT TO <nobody@bob\.example> got 550 5\.1\.1 at event \d+$/);
    expect(u.near).toBeGreaterThan(0);
  });

  it('session-by-hand: forgetting the lone dot leaves the message waiting', () => {
    const u = failing('session-by-hand', 'data', [typed(WS, 'DATA', ...letter, 'QUIT')]);
    expect(u.sentence).toBe('after the lone dot, mx1.bob.example accepts the message with 250');
    expect(u.why).toMatch(/^the message \(ended by the lone dot\) sent at event \d+ has no reply yet$/);
  });

  it('mx-records: with mx1 still up, nothing times out', () => {
    const u = failing('mx-records', 'fail-over', [compose({ to: ['bob@bob.example'], subject: 'x', text: 'x\n' })], { 'take-down': [] });
    expect(u.sentence).toBe('nothing answers: the relay times out');
  });

  it('envelope-headers-body: RCPT TO the President is a relay, and refused', () => {
    const u = failing('envelope-headers-body', 'by-hand', [typed(WS, 'telnet mx1.bob.example 25', 'HELO ws.alice.example', 'MAIL FROM:<alice@alice.example>', 'RCPT TO:<president@whitehouse.example>')]);
    expect(u.sentence).toBe('mx1.bob.example answers RCPT TO “<carol@bob.example>” with 250');
    expect(u.why).toMatch(/^RCPT TO <president@whitehouse\.example> got 554 5\.7\.1 at event \d+$/);
  });

  it('stamps-on-the-way: without the X-Lesson header', () => {
    const u = failing('stamps-on-the-way', 'user-agent-headers', [compose({ to: ['bob@bob.example'], subject: 'Stamps', text: 'x\n' })]);
    expect(u.sentence).toBe('Bob’s copy has your X-Lesson: and the user agent’s own headers');
    expect(u.why).toMatch(/^\/var\/mail\/bob on mailhost\.bob\.example holds 1 message; in the last one \(event \d+\) it has no X-Lesson: header$/);
  });

  it('relay-and-auth: a wrong password gets 535 5.7.8', () => {
    const u = failing('relay-and-auth', 'log-in', [typed(WS, 'YWxpY2U=', 'd3Jvbmc=')]);
    expect(u.sentence).toBe('mx1.bob.example accepts the login with 235 2.7.0');
    expect(u.why).toMatch(/^an answer to the AUTH challenge got 535 5\.7\.8 at event \d+$/);
  });

  it('reverse-dns: telling the truth at once never meets the refusal', () => {
    const u = failing('reverse-dns', 'strict', [typed(WS, 'telnet mx2.bob.example 25', 'HELO ws.alice.example', 'QUIT')]);
    expect(u.sentence).toBe('mx2.bob.example answers HELO “liar.example” with 550 5.7.25');
    expect(u.why).toMatch(/^HELO ws\.alice\.example got 250 at event \d+$/);
  });

  it('vrfy-expn: without switching the policy, VRFY still answers', () => {
    const u = failing('vrfy-expn', 'cannot-verify', [typed(WS, 'telnet mx1.bob.example 25', 'EHLO ws.alice.example', 'VRFY bob', 'QUIT')]);
    expect(u.sentence).toBe('mx1.bob.example has vrfy set to "cannot-verify"');
    expect(u.why).toBe('mx1.bob.example has vrfy "answer"');
  });

  it('esmtp: a size under the limit is accepted, not refused', () => {
    const u = failing('esmtp', 'size', [typed(WS, 'MAIL FROM:<alice@alice.example> SIZE=100')]);
    expect(u.why).toMatch(/^MAIL FROM <alice@alice\.example> SIZE=100 got 250 2\.1\.0 at event \d+$/);
  });

  it('rules-of-the-wire: a single dot is taken away, so .hidden never arrives', () => {
    const u = failing('rules-of-the-wire', 'dot-stuffing', [typed(WS, 'MAIL FROM:<alice@alice.example>', 'RCPT TO:<bob@bob.example>', 'DATA', 'Subject: Dots', '', '.hidden', '.')]);
    expect(u.sentence).toBe('Bob’s copy has the line .hidden, one dot removed');
    expect(u.why).toMatch(/in the last one \(event \d+\) its body does not have that$/);
  });

  it('mime-and-encodings: without the attachment there is no base64 PDF', () => {
    const u = failing('mime-and-encodings', 'multipart', [compose({ to: ['bob@bob.example'], subject: 'Café', text: 'Hi\n', html: '<p>Hi</p>' })]);
    expect(u.sentence).toMatch(/^Bob gets multipart\/mixed/);
    expect(u.why).toMatch(/its parts are multipart\/alternative/);
  });

  it('what-encryption-hides: STARTTLS on the relay only is not enough', () => {
    const u = failing('what-encryption-hides', 'starttls', [faults(RELAY, { starttls: true }), compose({ to: ['bob@bob.example'], subject: 'Over STARTTLS', text: 'x\n' })]);
    expect(u.sentence).toBe(`${MX1} has starttls set to true`);
    expect(u.why).toBe(`${MX1} has starttls false`);
  });
});
