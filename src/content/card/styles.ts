/**
 * The card's stylesheet as a string, for a constructable sheet or a `<style>` in its shadow root.
 * Vite inlines card.css here, minified in builds.
 */
import css from './card.css?inline';

export const CARD_CSS: string = css;
