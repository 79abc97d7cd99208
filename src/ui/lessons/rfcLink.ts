// "RFC 5321 §4.1.1.1" → the RFC editor's page for that section, so the
// reference links to the text it cites. A citation that is not an RFC's
// gives no link.
export function rfcUrl(citation: string): string | undefined {
  const m = /RFC\s*(\d{3,5})(?:\s*§\s*([\dA-Za-z.]+?))?\.?$/.exec(citation.trim());
  if (!m) return undefined;
  const section = m[2] ? `#section-${m[2]}` : '';
  return `https://www.rfc-editor.org/rfc/rfc${m[1]}.html${section}`;
}
