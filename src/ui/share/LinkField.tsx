// A link made to be passed on (Share on a page, Share link in the level
// builder): in a field labelled Link, selected when it takes focus, and
// copied to the clipboard where the browser allows; or why it could not be made.
export type MadeLink = { kind: 'link'; url: string; copied: boolean } | { kind: 'failed' };

/** The link copied to the clipboard, which may be refused (no permission, an insecure origin): the field still holds it. */
export async function copyLink(url: string): Promise<MadeLink> {
  const copied = await navigator.clipboard.writeText(url).then(
    () => true,
    () => false,
  );
  return { kind: 'link', url, copied };
}

/** `copied`: what the status says once the link is on the clipboard. */
export function LinkField({ made, copied = 'Link copied to the clipboard.', className }: { made: MadeLink; copied?: string; className?: string }) {
  if (made.kind === 'failed') return <p role="status">The link could not be made; try again.</p>;
  return (
    <>
      <label className={className}>
        {/* Focus moves to the link, selected, so Ctrl-C copies it where the clipboard was refused. */}
        Link <input type="text" readOnly value={made.url} autoFocus onFocus={(e) => e.currentTarget.select()} />
      </label>
      <p role="status">{made.copied ? copied : 'Copy the link from the field (the clipboard was not available).'}</p>
    </>
  );
}
