// What the Mailboxes panel's `Pin` buttons call while the level builder is
// open. The builder registers itself here, so the panel (on every page with
// a workspace) does not load the builder and the lessons with it.
export type MailboxPins = { mailbox(host: string, user: string): void; message(host: string, user: string, index: number): void };

let pins: MailboxPins | undefined;

export function setMailboxPins(next: MailboxPins | undefined): void {
  pins = next;
}

export const mailboxPins = (): MailboxPins | undefined => pins;
