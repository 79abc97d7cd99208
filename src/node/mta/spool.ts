// Where the loopback MTA's effects land on disk: one mbox per local user,
// and SPOOL/outgoing/ for mail it would relay. A reply of 250 after DATA
// promises the mail is stored (RFC 5321 §4.2.5), so every write here is
// synced before it returns.
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Envelope } from '../../core/smtp/types';
import { mboxEntry } from '../../core/mbox/index';

/** Serialises appends per mailbox within this process, so cutting back a failed append never cuts another. */
const queues = new Map<string, Promise<unknown>>();

function serially<T>(key: string, job: () => Promise<T>): Promise<T> {
  const run = (queues.get(key) ?? Promise.resolve()).then(job, job);
  const settled = run.catch(() => undefined);
  queues.set(key, settled);
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key);
  });
  return run;
}

/** Mailbox names come from the policy, but a file name must never climb out of the spool. */
function safeName(mailbox: string): string {
  const name = mailbox.replace(/[^A-Za-z0-9._+-]/g, '_');
  return name === '' || name === '.' || name === '..' ? `_${name}` : name;
}

/**
 * CR LF to LF: a mailbox file is in the local text convention throughout
 * (RFC 4155 §2), separator, message and blank line alike, as Postfix's
 * local(8) writes mbox. Lossless: the engine refuses bare CR and bare LF in
 * DATA, so every LF here was a CR LF and a reader can restore the wire form.
 */
export function unixLines(content: Uint8Array): Uint8Array {
  const out = new Uint8Array(content.length);
  let o = 0;
  let from = 0;
  for (let lf = content.indexOf(10); lf >= 0; lf = content.indexOf(10, lf + 1)) {
    const end = lf > 0 && content[lf - 1] === 13 ? lf - 1 : lf;
    out.set(content.subarray(from, end), o);
    o += end - from;
    out[o++] = 10;
    from = lf + 1;
  }
  out.set(content.subarray(from), o);
  return out.subarray(0, o + content.length - from);
}

/**
 * Appends one mbox entry to SPOOL/<mailbox>.
 *
 * Why one write on an O_APPEND descriptor, then fsync: the whole entry is
 * built in memory first, so the kernel gets it in a single write(2), and
 * O_APPEND makes the seek-to-end and the write one step, so no other
 * appender (another MTA process, a local delivery agent) can interleave.
 * Copy-and-rename would be fully atomic but costs the whole mailbox per
 * message; this costs one message. If the write comes back short or fails
 * (disk full), the file is cut back to its old length before the error is
 * reported, so the mailbox never keeps half a message; fsync before
 * returning makes the 250 mean "on disk". The one window left is SIGKILL
 * in the middle of a multi-page write(2), which Linux may end early.
 */
export function appendToMailbox(spool: string, mailbox: string, sender: string, now: number, content: Uint8Array): Promise<void> {
  const path = join(spool, safeName(mailbox));
  const entry = mboxEntry(sender, now, unixLines(content));
  return serially(path, async () => {
    const file = await open(path, 'a', 0o600);
    try {
      // write(2) either fails having written nothing or returns how much it wrote.
      const { bytesWritten } = await file.write(entry, 0, entry.length);
      if (bytesWritten !== entry.length) {
        await file.truncate((await file.stat()).size - bytesWritten);
        // A regular file takes a short write only when its disk is full.
        throw Object.assign(new Error(`short write to ${path}: ${bytesWritten} of ${entry.length} bytes`), { code: 'ENOSPC' });
      }
      await file.sync();
    } finally {
      await file.close();
    }
  });
}

/**
 * Writes a file whole under a temporary name, syncs it, then renames it into
 * place (rename(2) is atomic). On any failure (a full disk) the temporary
 * file is removed: nothing is left behind for nobody to clean up.
 */
async function writeAtomically(path: string, data: Uint8Array | string): Promise<void> {
  const temp = `${path}.tmp`;
  const file = await open(temp, 'wx', 0o600);
  try {
    try {
      await file.writeFile(data);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * Queues mail for relay as SPOOL/outgoing/<id>.eml and <id>.json, where id
 * is the queue id the client was told in "250 … queued as <id>". The .eml
 * is written first, so whoever sees the envelope file can trust the
 * message beside it is complete; if the envelope cannot be written, the
 * message goes too, so a failed relay leaves nothing.
 */
export async function queueForRelay(
  spool: string,
  id: string,
  envelope: Envelope,
  content: Uint8Array,
  now: number,
  client: { address: string },
): Promise<string> {
  if (!/^[A-Za-z0-9]+$/.test(id)) throw new Error(`not a queue id: ${JSON.stringify(id)}`);
  const dir = join(spool, 'outgoing');
  await mkdir(dir, { recursive: true });
  const eml = join(dir, `${id}.eml`);
  await writeAtomically(eml, content);
  const record = { id, receivedAt: new Date(now).toISOString(), client: client.address, envelope };
  try {
    await writeAtomically(join(dir, `${id}.json`), `${JSON.stringify(record, null, 2)}\n`);
  } catch (error) {
    await rm(eml, { force: true });
    throw error;
  }
  return id;
}
