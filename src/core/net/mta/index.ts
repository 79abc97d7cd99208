// What an MTA does: the server and client ends of its connections, the
// queue with routing, retries and bounces, and final delivery to mbox.
export { accept, greet, serverReceives } from './server-end';
export { clientClosed, clientConnected, clientReceives, tlsEstablished } from './client-end';
export { attemptDone, onBounce, onQueueRun, routeAnswered, tryNext } from './mta';
export { mailboxBytes, onDeliver, withDeliveredTo } from './mailbox';
export { messageIdOf } from './headers';
export { deliversLocally, listedMailboxes, type MailboxListing } from './mailbox-list';
