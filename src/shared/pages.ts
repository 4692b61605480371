/** Mastery's own pages, at the paths the build writes them to. */

/** Opened once when Mastery is installed, and from the popup. */
export const WELCOME_PATH = 'src/ui/welcome/index.html';
