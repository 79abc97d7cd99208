// The MIME message explorer. Decode: paste, drop, pick or load a sample .eml
// and walk its part tree linked to the raw bytes. Encode: the builder.
import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { findPart, partAt } from '../../store/playgroundMime';
import { playgroundStore } from '../../store/playgroundStore';
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
import { outlineFile, useMessageView } from './useMessageView';
import { warmWorker } from '../workers/client';
import { formatSize } from './size';
import { SendToSimulator } from './SendToSimulator';
import { offeredMessage } from './offeredMessage';

/** A sample's bytes, or a picked file the worker reads. */
type Loaded = { name: string; size: number; data: Uint8Array | Blob };

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
  const [file, setFile] = useState<Loaded>();
  const [sample, setSample] = useState<Loaded>();
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

  const pickFile = (f: File) => {
    // The worker starts on the file now, not after the page has drawn its busy state.
    void outlineFile(f);
    setFile({ name: f.name, size: f.size, data: f });
    // A dropped file is not a sample: the URL must not claim one.
    actions.setSample('mime', undefined);
  };
  // An .eml opened elsewhere on the Playground (its page-wide drop, Open file) is read here as if picked.
  const offered = useStore(offeredMessage, (s) => s.file);
  useEffect(() => {
    if (!offered) return;
    offeredMessage.setState({ file: undefined });
    pickFile(offered);
    // Only a new offer matters, not this render's pickFile.
  }, [offered]);

  const pickSample = (name: string) => {
    setFile(undefined);
    actions.setSample('mime', name);
  };
  const editAsText = () => {
    if (!view) return;
    setFile(undefined);
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
                <button type="button" className="pg-link" onClick={() => { setFile(undefined); actions.setText('mime', ''); }}>
                  Clear
                </button>
              </div>
            </div>
          ) : (
            <InputArea id="mime-input" value={input.text} onChange={(t) => actions.setText('mime', t)} highlights={[]} onSelect={() => undefined}
              placeholder="Paste a whole message here: headers, a blank line, the body" />
          )}
          <FilePicker label="Open an .eml…" accept=".eml,message/rfc822,text/plain" onPick={pickFile}>
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
