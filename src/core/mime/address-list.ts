// Splitting an address header (To, Cc, Bcc, From, Sender) into its mailboxes
// (RFC 5322 §3.4): commas separate mailboxes only outside quoted strings,
// comments and angle brackets; a group ("Team: a@x, b@y;") stands for its
// members; comments are dropped (§3.2.2), quoted strings kept whole.
// Lenient like the rest of the parser: unbalanced quotes or brackets end
// with the text, never with an error.

/** The mailboxes of an address-list as written, without comments: ['Bob <bob@bob.example>', 'carol@bob.example']. */
export function addressList(value: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  let angle = false;
  let comment = 0;
  const close = () => {
    if (current.trim()) out.push(current.trim());
    current = '';
  };
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '\\' && (quoted || comment > 0)) {
      // quoted-pair (§3.2.1): the next character is literal.
      if (quoted) current += c + (value[i + 1] ?? '');
      i++;
    } else if (comment > 0) {
      if (c === '(') comment++;
      else if (c === ')') comment--;
    } else if (quoted) {
      current += c;
      if (c === '"') quoted = false;
    } else if (c === '(') {
      comment = 1;
    } else {
      if (c === '"') quoted = true;
      else if (c === '<') angle = true;
      else if (c === '>') angle = false;
      if (angle || !(c === ',' || c === ':' || c === ';')) current += c;
      else if (c === ':') current = ''; // a group's display name (§3.4): not an address
      else close();
    }
  }
  close();
  return out;
}
