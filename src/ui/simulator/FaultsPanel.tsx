import type { Faults, VrfyPolicy } from '../../core/net/index';
import { simulatorStore } from '../../store/simulator';
import { useSimulator } from './useSimulator';

type Toggle = { key: keyof Faults & ('down' | 'greylist' | 'rfc821Only' | 'no8bitmime' | 'relayDenied' | 'reverseDnsMismatch' | 'starttls' | 'encryptBody'); label: string; hint: string };

// The switches a person can throw on a host, as data: one line each.
const TOGGLES: readonly Toggle[] = [
  { key: 'down', label: 'Down', hint: 'the host never answers: connections time out' },
  { key: 'greylist', label: 'Greylisting', hint: '451 4.7.1 to the first try of each sender and recipient' },
  { key: 'relayDenied', label: 'Refuse relaying', hint: '554 5.7.1 to mail for other domains' },
  { key: 'rfc821Only', label: 'RFC 821 only', hint: '500 to EHLO: clients fall back to HELO' },
  { key: 'no8bitmime', label: 'No 8BITMIME', hint: '8-bit content must be converted before it is sent here' },
  { key: 'starttls', label: 'STARTTLS', hint: 'offer TLS; an eavesdropper then sees only ciphertext' },
  { key: 'encryptBody', label: 'Encrypt bodies (PGP)', hint: 'mail composed here travels with an armoured body' },
  { key: 'reverseDnsMismatch', label: 'Reverse DNS mismatch', hint: 'the PTR record names another host' },
];

const VRFY: readonly { value: VrfyPolicy; label: string }[] = [
  { value: 'answer', label: 'answer' },
  { value: 'cannot-verify', label: '252 cannot verify' },
  { value: 'disabled', label: '502 not implemented' },
];

/** The selected host's faults and policies; each change is an input to the world, kept in the log. */
export function FaultsPanel() {
  const host = useSimulator((s) => s.selectedHost);
  const faults = useSimulator((s) => s.world.hosts[s.selectedHost]?.faults);
  if (!faults) return null;
  const set = (change: Partial<Faults>) => simulatorStore.getState().setFaults(host, change);

  return (
    <fieldset className="faults">
      <legend>
        Faults and policies of <code>{host}</code>
      </legend>
      {TOGGLES.map((t) => (
        <label key={t.key} className="fault">
          <input type="checkbox" checked={faults[t.key]} onChange={(e) => set({ [t.key]: e.target.checked })} />
          <span>
            {t.label} <small className="muted">{t.hint}</small>
          </span>
        </label>
      ))}
      <label className="fault">
        <span>VRFY and EXPN</span>
        <select value={faults.vrfy} onChange={(e) => set({ vrfy: e.target.value as VrfyPolicy })}>
          {VRFY.map((v) => (
            <option key={v.value} value={v.value}>
              {v.label}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
