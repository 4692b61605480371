/**
 * Where the build puts the engine module (see vite.config.ts): one self-contained ES module, listed
 * as a web-accessible resource reachable only through the per-session dynamic URL.
 */
export const ENGINE_FILE = 'content-engine.js';
