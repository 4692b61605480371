/**
 * The detector and the reframer, run in this frame: built from the catalogue and the user's own
 * phrases, rebuilt when those change.
 */
import { CATALOGUE } from '../../core/catalogue';
import { customRules } from '../../core/custom';
import { createDetector, type Detector } from '../../core/detect';
import { reframe } from '../../core/reframe';
import { detectOptionsFrom, type Settings } from '../../shared/settings';
import { scanText } from '../scan';
import type { ReframeSource } from './card-controller';
import type { FindingSource } from './scan-loop';

export interface LocalDetection extends FindingSource, ReframeSource {
  /** Settings changed: rebuild the detector if the user's phrases did. */
  update(settings: Settings): void;
  /** Compile the match nets and warm the parser, so the first real scan pays neither. */
  warm(): void;
}

function build(settings: Settings): Detector {
  return createDetector([...CATALOGUE, ...customRules(settings.customPhrases)]);
}

export function createLocalDetection(initial: Settings): LocalDetection {
  let settings = initial;
  let detector = build(initial);
  let customKey = initial.customPhrases.join('\n');
  return {
    find: (text, slicer, cancelled) => scanText({ text, detector, options: detectOptionsFrom(settings), slicer, cancelled }),
    reframe: (text, finding) => reframe(text, finding),
    update(next) {
      settings = next;
      const key = next.customPhrases.join('\n');
      if (key === customKey) return;
      customKey = key;
      detector = build(next);
    },
    warm() {
      detector.detect('I feel like such an idiot about this.');
    },
  };
}
