import { useEffect, useRef } from 'react';
import { commandText, GREETING, type PredictionStop } from '../../core/lessons/index';
import { guess } from '../../store/lessonsRunner';
import { layoutPrefsStore } from '../../store/layoutPrefs';
import { NARROW, SIDE_WORKSPACE } from '../simulator/Workspace';
import { REPLIES } from '../../core/smtp/index';

const meaningOf = (code: number) => Object.values(REPLIES).find((r) => r.code === code)?.meaning ?? '';

/**
 * "Predict the reply": the command went out, the world waits before the
 * reply; one button a candidate code. Focus comes here when the question
 * appears and goes back to where it was after the guess.
 */
export function Prediction({ stop }: { stop: PredictionStop }) {
  const first = useRef<HTMLButtonElement>(null);
  const back = useRef<Element | null>(null);
  useEffect(() => {
    back.current = document.activeElement;
    // On a phone the lesson is a tab of its own: the question must come into view to be answered.
    if (window.matchMedia(NARROW).matches) layoutPrefsStore.getState().setNarrowTab(SIDE_WORKSPACE, 'side');
    const frame = requestAnimationFrame(() => first.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [stop.replyAt]);
  const choose = (code: number) => {
    guess(code);
    const el = back.current;
    if (el instanceof HTMLElement && el.isConnected) el.focus();
  };
  // The greeting answers no line: the client only opened the connection (RFC 5321 §3.1).
  const line = stop.exchange.command === GREETING ? '(opens the connection)' : stop.exchange.line || commandText(stop.exchange.command);
  return (
    <div role="group" aria-label="Predict the reply" className="lp-predict">
      <h3>Predict the reply</h3>
      <p className="lp-wire">
        <span>C: {line}</span>
        <span>S: ???</span>
      </p>
      <p>What will {stop.exchange.server} answer?</p>
      <div className="lp-choices">
        {stop.candidates.map((code, i) => (
          <button key={code} type="button" ref={i === 0 ? first : undefined} onClick={() => choose(code)} title={meaningOf(code)}>
            {code}
          </button>
        ))}
      </div>
    </div>
  );
}

/** After the guess: the real reply, whether the guess was it, and why; with no guess (the presenter revealed it), the reply alone. */
export function Revealed({ stop, guess: g }: { stop: PredictionStop; guess?: number }) {
  const right = g === stop.reply.code;
  return (
    <div className={`lp-revealed ${g === undefined ? '' : right ? 'is-right' : 'is-wrong'}`}>
      <p>
        {g !== undefined && <strong>{right ? '✓ Right.' : `✗ You said ${g}.`}</strong>} The reply: <code>S: {stop.reply.lines[0] ?? stop.reply.code}</code>
      </p>
      <p>{stop.prediction.why}</p>
    </div>
  );
}
