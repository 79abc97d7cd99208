// #/playground: what each explorer is for, one click away.
import { useEffect, type ReactNode } from 'react';
import { playgroundHash } from '../shell/routes';
import { EXPLORERS } from './explorers';

/** `tools`: the page's Open file. */
export function PlaygroundOverview({ tools }: { tools?: ReactNode }) {
  useEffect(() => {
    document.title = 'Playground · SMTP Lab';
  }, []);
  return (
    <section className="pg-page pg-overview" aria-labelledby="pg-title">
      <header className="pg-head">
        <h1 id="pg-title">Playground</h1>
        <p>
          Paste base64, quoted-printable, RFC 2047 encoded-words such as <code>=?UTF-8?B?Q2Fmw6k=?=</code>, or a whole{' '}
          <code>.eml</code>, and see every step of the decoding linked to the bytes it came from. Nothing a message
          contains ever runs here.
        </p>
        {tools && <div className="pg-share">{tools}</div>}
      </header>
      <ul className="pg-cards">
        {EXPLORERS.map((e) => (
          <li key={e.id}>
            <a className="pg-card" href={playgroundHash(e.id)}>
              <span className="pg-card-title">{e.title}</span>
              <code className="pg-card-sample">{e.sample}</code>
              <span className="pg-card-summary">{e.summary}</span>
              <span className="pg-rfc">{e.rfc}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
