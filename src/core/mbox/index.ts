// The mbox format of /var/mail/<user> (RFC 4155), shared by the simulated
// world, the shell's `mail` and `cat`, and the loopback MTA's spool.
export { asctime, mboxEntry, parseMbox, type MboxEntry, type ParsedMbox } from './mbox';
