/**
 * The user's own phrases: typed, checked as they type (customRule), tried live on a sample sentence
 * they can edit, then added to settings.customPhrases.
 */
import { useMemo, useState } from 'preact/hooks';
import { CATALOGUE } from '../../core/catalogue';
import { catalogueNotices, cleanPhrase, customRule, ruleIds, samplePhrase, type CustomPhraseCheck } from '../../core/custom';
import { createDetector } from '../../core/detect';
import type { Finding } from '../../core/types';
import { detectOptionsFrom, MAX_LIST, type Settings } from '../../shared/settings';
import { useDebounced } from '../components';

const SAMPLE_PHRASE = 'I’m such a klutz';

/** The sample sentence for a phrase, until the user writes their own. */
export function sampleFor(phrase: string): string {
  return samplePhrase(phrase.trim() || SAMPLE_PHRASE).text;
}

/** Shared by every check: compiling the catalogue's patterns once is enough. */
let catalogue: ReturnType<typeof createDetector> | null = null;

/** A word for the user when Mastery's own patterns already notice the phrase; null when they do not. */
export function alreadyNoticedWarning(check: CustomPhraseCheck, phrase: string): string | null {
  if (!check.ok) return null;
  catalogue ??= createDetector(CATALOGUE);
  return catalogueNotices(phrase, catalogue)
    ? 'Mastery already notices this with its own patterns. Adding it keeps it noticed whatever the settings above say.'
    : null;
}

export interface Preview {
  /** The sample split around the user's phrase where it matched. */
  parts: Array<{ text: string; mark: boolean }>;
  matched: boolean;
  /** The catalogue already notices this wording in the sample. */
  alreadyNoticed: boolean;
}

/** Run the phrase's rule beside the whole catalogue on the sample, as the page would. */
export function previewMatch(check: CustomPhraseCheck, sample: string, settings: Settings): Preview {
  if (!check.ok) return { parts: [{ text: sample, mark: false }], matched: false, alreadyNoticed: false };
  const findings = createDetector([...CATALOGUE, check.rule]).detect(sample, detectOptionsFrom(settings));
  const mine = findings.filter((f) => f.ruleId === check.rule.id);
  // Where the catalogue already notices the same words, its finding wins the overlap: show that one.
  const shown = mine.length > 0 ? mine : findings;
  return {
    parts: split(sample, shown),
    matched: mine.length > 0,
    alreadyNoticed: mine.length === 0 && findings.length > 0,
  };
}

function split(text: string, findings: readonly Finding[]): Preview['parts'] {
  const parts: Preview['parts'] = [];
  let at = 0;
  for (const f of findings) {
    if (f.start > at) parts.push({ text: text.slice(at, f.start), mark: false });
    parts.push({ text: text.slice(f.start, f.end), mark: true });
    at = f.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false });
  return parts;
}

export function CustomPhrases(props: { settings: Settings; onChange: (change: (s: Settings) => Settings, said: string) => void }) {
  const { settings } = props;
  const [phrase, setPhrase] = useState('');
  const [sample, setSample] = useState(sampleFor(''));
  const [sampleEdited, setSampleEdited] = useState(false);
  const [tried, setTried] = useState(false);

  const taken = useMemo(() => ruleIds(settings.customPhrases), [settings.customPhrases]);
  const check = useMemo(() => customRule(phrase, taken), [phrase, taken]);
  const reason = check.ok ? null : check.reason;
  const shownSample = sampleEdited ? sample : sampleFor(phrase);

  // Compiling the rules takes a few tens of milliseconds: wait for a pause in typing.
  const settledPhrase = useDebounced(phrase, 180);
  const settledSample = useDebounced(shownSample, 180);
  const preview = useMemo(() => previewMatch(customRule(settledPhrase), settledSample, settings), [settledPhrase, settledSample, settings]);
  const previewCurrent = settledPhrase === phrase && settledSample === shownSample;
  const warning = useMemo(() => alreadyNoticedWarning(customRule(settledPhrase, taken), settledPhrase), [settledPhrase, taken]);

  function add(e: Event) {
    e.preventDefault();
    setTried(true);
    if (!check.ok) return;
    if (settings.customPhrases.length >= MAX_LIST) return;
    const clean = cleanPhrase(phrase);
    props.onChange((s) => ({ ...s, customPhrases: [...s.customPhrases, clean] }), `Added “${clean}”. Saved.`);
    setPhrase('');
    setTried(false);
  }

  const showReason = reason !== null && (tried || phrase.trim() !== '');

  return (
    <div class="custom-phrases">
      <form class="inline-form" onSubmit={add} noValidate>
        <label class="field-label" for="new-phrase">
          A phrase Mastery should notice
        </label>
        <div class="row">
          <input
            id="new-phrase"
            class="text-input"
            type="text"
            autocomplete="off"
            spellcheck={false}
            maxLength={200}
            placeholder={SAMPLE_PHRASE}
            value={phrase}
            aria-describedby="new-phrase-hint"
            aria-invalid={showReason ? 'true' : undefined}
            onInput={(e) => setPhrase(e.currentTarget.value)}
          />
          <button type="submit" class="button button-primary">
            Add phrase
          </button>
        </div>
        <p id="new-phrase-hint" class={showReason ? 'hint hint-attention' : 'hint'} aria-live="polite">
          {showReason
            ? reason
            : warning && previewCurrent && phrase.trim() !== ''
              ? warning
              : 'Up to 12 words. Mastery notices it in other tenses and with “I’m” or “I am” too.'}
        </p>
      </form>

      <div class="try-it">
        <label class="field-label" for="sample">
          Try it on a sentence
        </label>
        <textarea
          id="sample"
          class="text-area"
          rows={2}
          maxLength={400}
          value={shownSample}
          onInput={(e) => {
            setSample(e.currentTarget.value);
            setSampleEdited(true);
          }}
        />
        <div class="preview" aria-live="polite" data-testid="phrase-preview" aria-busy={previewCurrent ? undefined : 'true'}>
          {phrase.trim() === '' ? (
            <p class="hint">Type a phrase above to see where Mastery would notice it.</p>
          ) : !check.ok ? null : (
            <>
              <p class="preview-text">
                {preview.parts.map((p, i) =>
                  p.mark ? (
                    <mark key={i} class="mastery-mark">
                      {p.text}
                    </mark>
                  ) : (
                    <span key={i}>{p.text}</span>
                  ),
                )}
              </p>
              <p class="hint">
                {preview.matched
                  ? 'Mastery would notice the highlighted words.'
                  : preview.alreadyNoticed
                    ? 'Mastery already notices the highlighted words with one of its own patterns.'
                    : 'Not in this sentence. Try writing it the way you would say it.'}
              </p>
            </>
          )}
        </div>
      </div>

      <h3 class="subheading">Phrases you added</h3>
      {settings.customPhrases.length > 0 ? (
        <ul class="item-list" aria-label="Your phrases">
          {settings.customPhrases.map((p) => (
            <li key={p}>
              <span class="item-text">{p}</span>
              <button
                type="button"
                class="button button-small button-quiet"
                aria-label={`Remove “${p}”`}
                onClick={() =>
                  props.onChange((s) => ({ ...s, customPhrases: s.customPhrases.filter((x) => x !== p) }), `Removed “${p}”. Saved.`)
                }
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="hint empty">No phrases of your own yet.</p>
      )}
    </div>
  );
}
