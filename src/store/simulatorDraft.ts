// From the compose form's fields (plain strings, as typed and as saved) to
// the user agent's draft in core terms. Only the form's own conventions are
// read here: commas between addresses, one `Name: value` per line for the
// extra headers; what the headers mean is core's business.
import type { Draft as CoreDraft } from '../core/net/index';
import type { Draft } from './simulatorCompose';
import { base64Decode } from '../core/codec/base64';

const addresses = (field: string): string[] =>
  field
    .split(/[,;\n]/)
    .map((a) => a.trim())
    .filter(Boolean);

function headers(field: string): { name: string; value: string }[] {
  return field.split('\n').flatMap((line) => {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim();
    return colon > 0 && name ? [{ name, value: line.slice(colon + 1).trim() }] : [];
  });
}

export function coreDraft(d: Draft): CoreDraft {
  return {
    from: d.from.trim(),
    to: addresses(d.to),
    cc: addresses(d.cc),
    bcc: addresses(d.bcc),
    subject: d.subject,
    text: d.body,
    headers: headers(d.extraHeaders),
    attachments: d.attachments.map((a) => ({ filename: a.name, contentType: a.type, content: base64Decode(a.data).bytes })),
  };
}
