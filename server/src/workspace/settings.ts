// The `newsLens.*` settings the server reads (see package.json `contributes.configuration`).
import { DefaultMaxFileSize } from '../protocol';

export interface Settings {
  languages: string[];
  include: string[];
  exclude: string[];
  maxFileSize: number;
  highlight: { quotes: boolean; people: boolean; organizations: boolean; places: boolean; dates: boolean; speakers: boolean; other: boolean };
  inlayHints: { enabled: boolean };
  codeLens: { enabled: boolean };
  diagnostics: { unclosedQuote: boolean; unattributedQuote: boolean; spellingVariants: boolean };
  workspaceIndex: { enabled: boolean };
}

export const defaultSettings: Settings = {
  languages: ['news', 'plaintext'],
  include: ['**/*.news', '**/*.article', '**/*.txt'],
  exclude: ['**/node_modules/**', '**/.git/**'],
  maxFileSize: DefaultMaxFileSize,
  // Other names (products, events, works) are off unless asked for: they are the least sure.
  highlight: { quotes: true, people: true, organizations: true, places: true, dates: true, speakers: true, other: false },
  inlayHints: { enabled: true },
  codeLens: { enabled: true },
  diagnostics: { unclosedQuote: true, unattributedQuote: true, spellingVariants: true },
  workspaceIndex: { enabled: true },
};

/** Merge whatever the client sent (possibly partial or malformed) over the defaults. */
export function readSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const strings = (v: unknown, d: string[]) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : d);
  const bool = (v: unknown, d: boolean) => (typeof v === 'boolean' ? v : d);
  const group = <T extends Record<string, boolean>>(v: unknown, d: T): T => {
    const o = (v && typeof v === 'object' ? v : {}) as Record<string, unknown>;
    const out = { ...d };
    for (const k of Object.keys(d)) (out as Record<string, boolean>)[k] = bool(o[k], d[k]);
    return out;
  };
  const d = defaultSettings;
  return {
    languages: strings(r.languages, d.languages),
    include: strings(r.include, d.include),
    exclude: strings(r.exclude, d.exclude),
    maxFileSize: typeof r.maxFileSize === 'number' && r.maxFileSize > 0 ? r.maxFileSize : d.maxFileSize,
    highlight: group(r.highlight, d.highlight),
    inlayHints: group(r.inlayHints, d.inlayHints),
    codeLens: group(r.codeLens, d.codeLens),
    diagnostics: group(r.diagnostics, d.diagnostics),
    workspaceIndex: group(r.workspaceIndex, d.workspaceIndex),
  };
}
