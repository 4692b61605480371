/**
 * The part of web-ext's Node API (`webExt.cmd`) that the build tools and tests use. web-ext ships
 * no type declarations; these follow its lib/cmd/lint.js and lib/cmd/build.js.
 */
declare module 'web-ext' {
  /** One finding of addons-linter, the linter Mozilla's add-on store runs. */
  export interface LintMessage {
    _type: 'error' | 'warning' | 'notice';
    code: string;
    message: string;
    description: string;
    file?: string;
    line?: number;
    column?: number;
  }

  export interface LintResult {
    count: number;
    summary: { errors: number; notices: number; warnings: number };
    metadata: Record<string, unknown>;
    errors: LintMessage[];
    notices: LintMessage[];
    warnings: LintMessage[];
  }

  export interface LintParams {
    sourceDir: string;
    artifactsDir?: string;
    /** 'json' and 'text' also print the report; 'none' only returns it. */
    output?: 'json' | 'text' | 'none';
    /** Leave out checks that apply only to add-ons hosted on Mozilla's store. */
    selfHosted?: boolean;
    warningsAsErrors?: boolean;
    ignoreFiles?: string[];
    pretty?: boolean;
    verbose?: boolean;
  }

  export interface BuildParams {
    sourceDir: string;
    artifactsDir: string;
    /** A file name ending in .zip or .xpi; `{name}`-style placeholders read the manifest. */
    filename?: string;
    overwriteDest?: boolean;
    ignoreFiles?: string[];
  }

  interface WebExt {
    cmd: {
      /** `shouldExitProgram: false` keeps the linter from calling process.exit. */
      lint(params: LintParams, options: { shouldExitProgram: false }): Promise<LintResult>;
      build(params: BuildParams, options?: { showReadyMessage?: boolean }): Promise<{ extensionPath: string }>;
    };
  }

  const webExt: WebExt;
  export default webExt;
}

declare module 'web-ext/util/logger' {
  /** Where web-ext's log lines go; while capturing, they are held back instead of printed. */
  export const consoleStream: {
    startCapturing(): void;
    /** Stops capturing and drops what was held back. */
    stopCapturing(): void;
  };
}
