import type { Strategy } from '../strategies';
import type { RumbleWording, Story } from '../types';

/** Rumble wording by strategy. */
export type RumbleTable = Partial<Record<Strategy, readonly RumbleWording[]>>;

/** The stories told in the first person about the self: what most shared wording is written for. */
export const SELF_STORIES: readonly Story[] = ['verdict', 'contempt', 'not-enough', 'always', 'slip', 'blame', 'hindsight', 'worth'];
/** Stories about something that went wrong. */
export const MISTAKE_STORIES: readonly Story[] = ['verdict', 'always', 'slip', 'blame', 'hindsight'];
