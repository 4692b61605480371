import { constants } from 'node:os';

/** End this process by `signal` as if it had not been caught, like the tools around it. */
export function endBy(signal: NodeJS.Signals): never {
  // Node ignores SIGPIPE from the start; listening and then not listening restores the default action.
  const ignore = () => undefined;
  process.on(signal, ignore);
  process.off(signal, ignore);
  process.kill(process.pid, signal);
  // Only reached where the signal cannot end us: 128 + its number, which is what a shell would report.
  process.exit(128 + (constants.signals[signal] ?? 0));
}
