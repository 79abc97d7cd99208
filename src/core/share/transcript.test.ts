import { describe, expect, it } from 'vitest';
import { playScenario, scenarioById } from '../scenarios/index';
import { fourMtaJourney } from '../scenarios/journeys';
import { formatTranscript } from './transcript-text';
import { escapeHtml, PART_COLOURS, transcriptHtml } from './transcript-html';

describe('text transcript', () => {
  it('prints SMTP lines as C: and S:, and other events on one line', () => {
    const tl = playScenario(scenarioById('helo-by-hand')!);
    const text = formatTranscript(tl.log);
    expect(text.split('\n')[0]).toMatch(/^ {3}1 \+ {3}0\.000s ua {7}ws\.alice\.example → ws\.alice\.example {2}alice@ws\.alice\.example:~\$ telnet mx1\.bob\.example 25$/);
    expect(text).toMatch(/tcp {6}ws\.alice\.example → mx1\.bob\.example {2}SYN /);
    expect(text).toContain('       S: 220 mx1.bob.example ESMTP Postfix (SMTP Lab)');
    expect(text).toContain('       C: HELO ws.alice.example');
    expect(text).toContain('delivered to /var/mail/bob');
  });

  it('a range of the log keeps the log’s clock when given its start', () => {
    const log = playScenario(scenarioById('helo-by-hand')!).log;
    const whole = formatTranscript(log).split('\n');
    const part = formatTranscript(log.slice(5, 9), log[0]!.time);
    expect(whole.join('\n')).toContain(part);
    expect(part).not.toMatch(/^ +6 \+ +0\.000s/);
  });
});

describe('HTML transcript', () => {
  const html = transcriptHtml({ ...fourMtaJourney, seed: 1 }, playScenario(fourMtaJourney).log);
  const textOf = (h: string) => h.replace(/<[^>]*>/g, '').replace(/&#(x?)([0-9a-f]+);/gi, (_m, x: string, n: string) => String.fromCharCode(parseInt(n, x ? 16 : 10)));

  it('holds the text transcript, line for line', () => {
    const pre = /<pre[^>]*>([\s\S]*)<\/pre>/.exec(html)![1]!;
    expect(textOf(pre)).toBe(formatTranscript(playScenario(fourMtaJourney).log));
  });

  it('colours the envelope, the header section and the body, inline', () => {
    expect(html).toMatch(new RegExp(`<span style="color:${PART_COLOURS.envelope}">MAIL FROM:`));
    expect(html).toMatch(new RegExp(`<span style="color:${PART_COLOURS.header}">(From|To|Subject|Date|Message-ID|Received):`));
    expect(html).toContain(`<span style="color:${PART_COLOURS.body}">`);
    expect(html).not.toMatch(/<style|<script|class=/);
  });

  it('escapes message content: markup in a body stays text', () => {
    expect(escapeHtml('<img src=x onerror="alert(1)">&\x1b')).toBe('&#60;img src=x onerror=&#34;alert(1)&#34;&#62;&#38;&#x241b;');
    const evil = playScenario({
      ...fourMtaJourney,
      steps: [{ type: 'input', input: { type: 'compose', host: fourMtaJourney.focus, draft: { to: ['bob@bob.example'], subject: '<script>alert(1)</script>', text: '<b onclick="x()">hi</b>' } } }],
    });
    const page = transcriptHtml({ ...fourMtaJourney, seed: 1 }, evil.log);
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('<b onclick');
    expect(page).toContain('&#60;b onclick=&#34;x()&#34;&#62;hi&#60;/b&#62;');
  });
});
