/**
 * Which editor a field belongs to, and how to hand it a rewrite.
 *
 * Editors are told apart only by the markers they put on their own editable root. The content
 * script never reaches into a page's JavaScript objects (it runs in an isolated world, and a page's
 * editor instance is none of its business): a marker only decides which way to try first, and what
 * the editor then does to its text decides whether it worked (see index.ts).
 */
import type { Field } from '../fields';

/** The ways text can be handed to an editor. */
export type Path =
  /**
   * A cancelable `beforeinput` of type insertReplacementText, with the text in a DataTransfer and
   * the span as its target range: what the browser's spell checker sends. Model-driven editors
   * (Slate, Lexical, Quill 2, CKEditor 5) apply it to their own model and cancel it.
   */
  | 'beforeinput'
  /**
   * A paste of the text as text/plain: editors that keep their own undo history (TinyMCE, roosterjs)
   * put it through their clipboard pipeline, which records one undo step for it.
   */
  | 'paste'
  /** `execCommand('insertText')`: the browser edits and keeps its undo stack; the editor reads the DOM back. */
  | 'execCommand'
  /** Textareas and inputs where execCommand is refused: set the value, then tell the page with `input`. */
  | 'direct';

export type EditorName = 'textarea' | 'slate' | 'lexical' | 'prosemirror' | 'quill' | 'draft' | 'ckeditor' | 'tinymce' | 'contenteditable';

export interface EditorProfile {
  name: EditorName;
  /** The ways to try, in order, until the field holds the rewrite. */
  paths: readonly Path[];
  /**
   * The editor's history merges an edit made within this many milliseconds of the previous one
   * into the same undo step. A rewrite asked for sooner after the last keystroke waits out the rest,
   * so that one undo takes back the rewrite and nothing the user typed.
   */
  undoMergeMs: number;
}

const TEXTAREA: EditorProfile = { name: 'textarea', paths: ['execCommand', 'direct'], undoMergeMs: 0 };

/**
 * Any other editable region. A model-driven editor takes the beforeinput; one with its own undo
 * history takes the paste; where nobody handles either (a synthetic event does nothing by itself),
 * the browser edits and the page reads the DOM.
 */
const CONTENTEDITABLE: EditorProfile = { name: 'contenteditable', paths: ['beforeinput', 'paste', 'execCommand'], undoMergeMs: 0 };

/** Known editors, by the marker on their editable root. First match wins. */
const KNOWN: ReadonlyArray<{ marker: string; profile: EditorProfile }> = [
  // Slate renders from its model only: an edit it did not make itself shows until its next render,
  // then vanishes (and undo empties the editor). Never execCommand.
  { marker: '[data-slate-editor]', profile: { name: 'slate', paths: ['beforeinput', 'paste'], undoMergeMs: 0 } },
  { marker: '[data-lexical-editor]', profile: { name: 'lexical', paths: ['beforeinput', 'execCommand', 'paste'], undoMergeMs: 0 } },
  // CKEditor 5 re-renders from its model and drops DOM edits it did not make. Never execCommand.
  { marker: '.ck-editor__editable', profile: { name: 'ckeditor', paths: ['beforeinput', 'paste'], undoMergeMs: 0 } },
  // Quill 2 handles the beforeinput; its history merges changes within 1 s (its `delay` option).
  { marker: '.ql-editor', profile: { name: 'quill', paths: ['beforeinput', 'execCommand', 'paste'], undoMergeMs: 1000 } },
  // ProseMirror (and Tiptap) read the DOM back; prosemirror-history merges adjacent edits within 500 ms.
  { marker: '.ProseMirror', profile: { name: 'prosemirror', paths: ['execCommand', 'paste'], undoMergeMs: 500 } },
  // Draft.js reads the DOM back and knows nothing of native beforeinput (React's onBeforeInput is another event).
  {
    marker: '.public-DraftEditor-content, :has(> [data-contents])',
    profile: { name: 'draft', paths: ['execCommand', 'paste'], undoMergeMs: 0 },
  },
  // TinyMCE (body#tinymce in its iframe, or an inline editor) keeps its own undo levels: a browser
  // edit is not one of them, and undo then goes back to before the user's typing.
  { marker: '.mce-content-body', profile: { name: 'tinymce', paths: ['paste'], undoMergeMs: 0 } },
];

/** The editor a field belongs to, from the field's own root only. */
export function recogniseEditor(field: Field): EditorProfile {
  if (field.kind === 'plain') return TEXTAREA;
  for (const { marker, profile } of KNOWN) {
    try {
      if (field.el.matches(marker)) return profile;
    } catch {
      // A selector this browser cannot parse (:has in an old engine): not this editor, as far as we can tell.
    }
  }
  return CONTENTEDITABLE;
}
