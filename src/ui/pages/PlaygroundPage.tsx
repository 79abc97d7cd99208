// The Playground: an overview and one explorer per URL
// (#/playground/base64, …/quoted-printable, …/encoded-words, …/mime, …/received).
// A shared state or an export opens on it as anywhere (Open file, or a
// drop on the page); an .eml is read in the MIME explorer.
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { playgroundStore, type ExplorerId } from '../../store/playgroundStore';
import { useRoute } from '../shell/useRoute';
import { playgroundHash } from '../shell/routes';
import { EXPLORERS, explorerInfo } from '../playground/explorers';
import { PlaygroundOverview } from '../playground/PlaygroundOverview';
import { CodecExplorer } from '../playground/CodecExplorer';
import { MimeExplorer } from '../playground/MimeExplorer';
import { ReceivedExplorer } from '../playground/ReceivedExplorer';
import { useUrlSync } from '../playground/useUrlSync';
import { offerMessage } from '../playground/offeredMessage';
import { ShareButton } from '../share/ShareButton';
import { OpenFileButton } from '../share/OpenFileButton';
import { SharedPlaygroundBanner } from '../share/SharedPlaygroundBanner';
import { useFileDrop } from '../share/useFileDrop';
import '../playground/playground.css';
import '../share/share.css';

export function PlaygroundPage() {
  const route = useRoute();
  const id = EXPLORERS.find((e) => e.id === route.rest[0])?.id;
  const drop = useFileDrop(offerMessage);
  return (
    <div className={drop.over ? 'pg drop-over' : 'pg'} {...drop.handlers}>
      <nav className="pg-tabs" aria-label="Explorers">
        <a href={playgroundHash()} aria-current={id === undefined ? 'page' : undefined}>
          Overview
        </a>
        {EXPLORERS.map((e) => (
          <a key={e.id} href={playgroundHash(e.id)} aria-current={e.id === id ? 'page' : undefined}>
            {e.title}
          </a>
        ))}
      </nav>
      <SharedPlaygroundBanner explorer={id} />
      {id === undefined ? <PlaygroundOverview tools={<OpenFile />} /> : <Explorer key={id} id={id} query={route.query} />}
    </div>
  );
}

/** A shared state or an export opens as anywhere; an .eml is read in the MIME explorer. */
function OpenFile() {
  return <OpenFileButton onMessage={offerMessage} className="pg-button" />;
}

function Explorer({ id, query }: { id: ExplorerId; query: URLSearchParams }) {
  const info = explorerInfo(id);
  // A shared state opened or set aside: the explorer starts over, so a file it held (picked, not in the store) gives way.
  const opened = useStore(playgroundStore, (s) => s.opened);
  useUrlSync(id, query);
  useEffect(() => {
    document.title = `${info.title} · Playground · SMTP Lab`;
  }, [info.title]);
  return (
    <section className="pg-page" aria-labelledby="pg-title">
      <header className="pg-head">
        <h1 id="pg-title">{info.title}</h1>
        <p>
          {info.summary} <span className="pg-rfc">{info.rfc}</span>
        </p>
        <div className="pg-share">
          <ShareButton make={() => import('../../store/sharePlayground').then((m) => m.explorerShare(id))} name={`smtp-lab-${id}`} className="pg-button" />
          <OpenFile />
        </div>
      </header>
      {id === 'mime' ? <MimeExplorer key={opened} /> : id === 'received' ? <ReceivedExplorer key={opened} /> : <CodecExplorer key={opened} codec={id} />}
    </section>
  );
}
