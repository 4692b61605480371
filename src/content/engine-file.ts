/**
 * Where the build puts the engine's page side (src/content/engine/, see vite.config.ts): one
 * self-contained ES module, listed as a web-accessible resource reachable only through the
 * per-session dynamic URL.
 */
export const ENGINE_FILE = 'content-engine.js';
