// `npm run mta -- [options]`: the loopback MTA from the command line.
import { helpText, parseOptions } from './options';
import { startMta } from './server';

const parsed = parseOptions(process.argv.slice(2));
if (parsed.kind === 'help') {
  process.stdout.write(helpText());
  process.exit(0);
}
if (parsed.kind === 'error') {
  process.stderr.write(`mta: ${parsed.message}\n\n${helpText()}`);
  process.exit(2);
}

const { options } = parsed;
const mta = await startMta(options);
process.stdout.write(
  `SMTP Lab loopback MTA listening on ${options.host}:${mta.port}` +
    `${options.hostname ? ` as ${options.hostname}` : ''}, spool ${options.spool} (Ctrl-C to stop)\n`,
);

let stopping = false;
function stop(signal: string): void {
  if (stopping) {
    // A second Ctrl-C means "now": whatever was not yet answered with 250 stays with its client.
    process.stderr.write(`${signal} again: exiting without waiting\n`);
    process.exit(1);
  }
  stopping = true;
  process.stdout.write(`${signal}: no new connections; finishing deliveries and closing sessions\n`);
  mta.close().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`mta: ${(error as Error).message}\n`);
      process.exit(1);
    },
  );
}
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
