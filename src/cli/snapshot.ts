/**
 * The command as a V8 startup snapshot: src/dev/build-cli.ts bundles this file and runs it once with
 * `node --build-snapshot`, after it has loaded the parser and read one sentence, and writes the heap
 * to dist/cli/mastery-detect.blob. `node --snapshot-blob mastery-detect.blob ARGS` then starts with
 * the parser already set up, instead of building compromise's lexicon and the rules' match-nets on
 * every call, which is most of a call's time (the launcher, bin.ts, starts it that way).
 */
import { startupSnapshot } from 'node:v8';
import { loadParser } from './parser';
import { runHere } from './process-io';

void loadParser().then((parser) => {
  const text = 'I screwed this up. I suck.';
  for (const finding of parser.detect(text, {})) parser.reframe(text, finding);
});

startupSnapshot.setDeserializeMainFunction(() => {
  // A snapshot's process.argv has no script name: [node, ...arguments].
  void runHere(process.argv.slice(1)).then((status) => {
    process.exitCode = status;
  });
});
