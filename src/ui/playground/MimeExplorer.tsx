// The MIME message explorer. Decode: paste, drop, pick or load a sample .eml
// and walk its part tree linked to the raw bytes. Encode: the builder.
import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { findPart, partAt } from '../../store/playgroundMime';
import { playgroundStore, type MessageFile } from '../../store/playgroundStore';
import { DirectionSwitch } from './DirectionSwitch';
import { FilePicker } from './FilePicker';
import { InputArea } from './InputArea';
import { SamplesList } from './SamplesList';
import { MimeTree } from './MimeTree';
import { RawSource } from './RawSource';
import { HeadersTable } from './HeadersTable';
import { PartPreview } from './PartPreview';
import { ErrorList } from './ErrorList';
import { MessageBuilder } from './MessageBuilder';
import { Busy } from './Busy';
import { loadSample } from './samples';
import { useMessageView } from './useMessageView';
import { warmWorker } from '../workers/client';
import { formatSize } from './size';
import { SendToSimulator } from './SendToSimulator';
import { openMessageFile } from './offeredMessage';

export function MimeExplorer() {
  const input = useStore(playgroundStore, (s) => s.inputs.mime);
  const actions = playgroundStore.getState();
  return (
    <div className="pg-explorer">
      <div className="pg-controls">
        <DirectionSwitch name="mime" value={input.direction} onChange={(d) => actions.setDirection('mime', d)} />
        <span className="pg-hint">{input.direction === 'decode' ? 'Open a message and walk its parts.' : 'Build a message from fields and files.'}</span>
      </div>
      {input.direction === 'decode' ? <MessageReader /> : <MessageBuilder />}
    </div>
  );
}

function MessageReader() {
  const input = useStore(playgroundStore, (s) => s.inputs.mime);
  const actions = playgroundStore.getState();
  // A file opened (picked, dropped, shared) is the store's, so Share sends what is read here.
  const file = useStore(playgroundStore, (s) => s.file);
  const [sample, setSample] = useState<MessageFile>();
  const [selected, setSelected] = useState('');
  useEffect(warmWorker, []);

  useEffect(() => {
    if (!input.sample || sample?.name === input.sample) return;
    let live = true;
    const name = input.sample;
    loadSample(name).then((bytes) => live && bytes && setSample({ name, size: bytes.length, data: bytes }), () => undefined);
    return () => {
      live = false;
    };
  }, [input.sample, sample?.name]);

  const typed = useMemo(() => (input.text ? new TextEncoder().encode(input.text) : undefined), [input.text]);
  const loaded = file ?? (input.sample ? (sample?.name === input.sample ? sample : undefined) : undefined);
  const data = loaded ? loaded.data : input.sample ? undefined : typed;
  const { view, busy, failure } = useMessageView(data);
  // A new message, not the same one with its errors checked, resets the selection.
  useEffect(() => setSelected(''), [view?.root]);
  const part = view ? (findPart(view.root, selected) ?? view.root) : undefined;

  // A sample or a text set takes the file's place (the store lets it go).
  const pickSample = (name: string) => actions.setSample('mime', name);
  const editAsText = () => {
    if (!view) return;
    actions.setText('mime', new TextDecoder('utf-8').decode(view.source));
  };

  return (
    <>
      <SamplesList current={file ? undefined : input.sample} onPick={pickSample} />
      <div className="pg-sides">
        <div className="pg-side">
          <div className="pg-side-head">
            <label htmlFor="mime-input">Input</label>
            <span className="pg-side-kind">a whole message (.eml)</span>
          </div>
          {loaded || input.sample ? (
            <div className="pg-loaded">
              <p>
                <b>{loaded?.name ?? input.sample}</b> {loaded ? `· ${formatSize(loaded.size)}` : '· loading…'}
              </p>
              <div className="pg-row">
                <button type="button" className="pg-button" onClick={editAsText} disabled={!loaded || !view}>
                  Edit as text
                </button>
                <button type="button" className="pg-link" onClick={() => actions.setText('mime', '')}>
                  Clear
                </button>
              </div>
            </div>
          ) : (
            <InputArea id="mime-input" value={input.text} onChange={(t) => actions.setText('mime', t)} highlights={[]} onSelect={() => undefined}
              placeholder="Paste a whole message here: headers, a blank line, the body" />
          )}
          <FilePicker label="Open an .eml…" accept=".eml,message/rfc822,text/plain" onPick={openMessageFile}>
            or drop one here
          </FilePicker>
        </div>
        <div className="pg-side">
          <div className="pg-side-head">
            <span className="pg-side-title">Output</span>
            <span className="pg-side-kind">{view ? `${view.count} part${view.count === 1 ? '' : 's'}` : 'the MIME tree'}</span>
          </div>
          <div className="pg-output pg-tree-box" role="region" aria-label="Output" aria-busy={busy}>
            <Busy active={busy} label={`Parsing ${formatSize(loaded?.size ?? typed?.length ?? 0)} in a background worker…`} />
            {failure && <p className="pg-failure">The worker failed: {failure}</p>}
            {view ? <MimeTree root={view.root} selected={part?.path ?? ''} onSelect={setSelected} /> : !busy && <p className="pg-hint">Pick a sample, paste a message or open an .eml file.</p>}
          </div>
          {view && !view.checked && <p className="pg-hint" role="status">Decoding the bodies to check them…</p>}
          {view && <ErrorList id="mime-errors" errors={view.errors} onFocus={(e) => e && setSelected(partAt(view.root, e.offset).path)} />}
          {view && <SendToSimulator message={view.source} name={loaded?.name} />}
        </div>
      </div>
      {view && part && (
        <div className="pg-detail">
          {/* A part of a decoded message/rfc822 indexes its decoded bytes; the error list points into the message's own. */}
          <RawSource source={part.source ?? view.source} part={part} errors={part.source ? [] : view.errors} />
          <div className="pg-detail-side">
            <HeadersTable headers={part.headers} />
            <PartPreview source={part.source ?? view.source} part={part} />
          </div>
        </div>
      )}
    </>
  );
}
