// Reading and writing the corrections file and the workspace names file as text: JSON parsing with the
// line of any error, JSON Schema validation (ajv), the version check, and a stable, diff-friendly layout.
// No file system here (see server/src/corrections/store.ts).
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { parseDocument, isNode } from 'yaml';
import correctionsSchema from './schema/corrections.schema.json';
import namesSchema from './schema/names.schema.json';
import { CORRECTIONS_VERSION, type CorrectionRecord, type CorrectionsFile, type NamesFile } from './types';

/** Why a corrections or names file cannot be used; line and column are 1-based. */
export interface CorrectionsError {
  message: string;
  line?: number;
  column?: number;
}

export type Parsed<T> = { file: T } | { error: CorrectionsError };

let validators: { corrections: ValidateFunction; names: ValidateFunction } | null = null;
/** Compiled on first use: most analyses have no corrections file. */
function validate(): { corrections: ValidateFunction; names: ValidateFunction } {
  if (!validators) {
    const ajv = new Ajv({ allErrors: false, strict: false });
    validators = { corrections: ajv.compile(correctionsSchema), names: ajv.compile(namesSchema) };
  }
  return validators;
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: Math.min(offset, text.length) - lineStart + 1 };
}

/** JSON.parse with the line and column of a syntax error (V8 gives only a character position, if any). */
export function parseJson(text: string): { value: unknown } | { error: CorrectionsError } {
  try {
    return { value: JSON.parse(text) };
  } catch (err) {
    const raw = (err as Error).message;
    let at: number | null = null;
    const pos = /at position (\d+)/.exec(raw);
    if (pos) at = Number(pos[1]);
    else if (/end of JSON input/i.test(raw)) at = text.length;
    else at = syntaxErrorOffset(text);
    const message = `not valid JSON: ${raw
      .replace(/ in JSON at position \d+.*$/s, '')
      .replace(/, (?:\.\.\.)?".*" is not valid JSON$/s, '')
      .replace(/^"[\s\S]*" is not valid JSON$/, 'unexpected text')
      .replace(/\s*\(line \d+ column \d+\)$/, '')}`;
    if (at === null) return { error: { message } };
    return { error: { message, ...lineColumn(text, at) } };
  }
}

/** Whether JSON.parse fails on `prefix` only because it stops early (or does not fail). */
function endsEarly(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return true;
  } catch (err) {
    const m = (err as Error).message;
    const pos = /at position (\d+)/.exec(m);
    return /end of JSON input/i.test(m) || (pos !== null && Number(pos[1]) >= prefix.length);
  }
}

/**
 * Offset of the character that makes `text` invalid JSON, for V8 messages that give none ("Unexpected
 * token '}', … is not valid JSON"): every prefix before that character only ends early, every longer one
 * fails for another reason, so a binary search over prefix lengths finds it in about log2(n) parses.
 */
export function syntaxErrorOffset(text: string): number | null {
  let lo = 0;
  let hi = text.length;
  if (endsEarly(text)) return null;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (endsEarly(text.slice(0, mid + 1))) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Line of the value at a JSON pointer path ("/records/3/decision"), found with the yaml parser's source ranges. */
function lineOf(text: string, pointer: string): { line: number; column: number } | null {
  try {
    const doc = parseDocument(text, { keepSourceTokens: false });
    const path = pointer
      .split('/')
      .slice(1)
      .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
      .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return lineColumn(text, node.range[0]);
    }
  } catch {
    // the line is a courtesy; the message stands without it
  }
  return null;
}

function schemaMessage(err: ErrorObject): string {
  const where = err.instancePath || '(top level)';
  if (err.keyword === 'additionalProperties') return `${where}: unknown field "${(err.params as { additionalProperty: string }).additionalProperty}"`;
  if (err.keyword === 'required') return `${where}: missing field "${(err.params as { missingProperty: string }).missingProperty}"`;
  if (err.keyword === 'enum') return `${where}: must be one of ${(err.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  if (err.keyword === 'oneOf' && /decision$/.test(where)) return `${where}: not a known decision (check "action" and its fields)`;
  return `${where} ${err.message ?? 'is invalid'}`;
}

function check<T>(text: string, what: string, validator: ValidateFunction, extra?: (value: T) => CorrectionsError | null): Parsed<T> {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return { error: { message: `${what} is empty (expected a JSON object with "version")`, line: 1, column: 1 } };
  const parsed = parseJson(text);
  if ('error' in parsed) return parsed;
  const value = parsed.value as { version?: unknown } | null;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { error: { message: `${what} must be a JSON object`, line: 1, column: 1 } };
  // The version first: a newer file may have another shape, and it must not be called invalid.
  if (typeof value.version === 'number' && value.version > CORRECTIONS_VERSION) {
    return {
      error: {
        message: `written by a newer version of News Lens (file version ${value.version}; this version reads ${CORRECTIONS_VERSION}); update News Lens — the file is left as it is`,
        ...(lineOf(text, '/version') ?? {}),
      },
    };
  }
  if (!validator(value)) {
    const err = validator.errors![0];
    return { error: { message: `${what} does not match its schema: ${schemaMessage(err)}`, ...(lineOf(text, err.instancePath) ?? {}) } };
  }
  const problem = extra?.(value as T);
  if (problem) return { error: problem };
  return { file: value as T };
}

function duplicateIds(text: string, file: CorrectionsFile): CorrectionsError | null {
  const seen = new Set<string>();
  for (let i = 0; i < file.records.length; i++) {
    const r = file.records[i];
    if (seen.has(r.id)) return { message: `two records have the id "${r.id}"`, ...(lineOf(text, `/records/${i}`) ?? {}) };
    seen.add(r.id);
    if (r.target.end <= r.target.start) return { message: `record "${r.id}": target end (${r.target.end}) must be after start (${r.target.start})`, ...(lineOf(text, `/records/${i}/target`) ?? {}) };
    if (r.target.selector.exact.length !== r.target.end - r.target.start) {
      return { message: `record "${r.id}": selector.exact has ${r.target.selector.exact.length} characters but the span has ${r.target.end - r.target.start}`, ...(lineOf(text, `/records/${i}/target`) ?? {}) };
    }
  }
  return null;
}

export function parseCorrections(text: string): Parsed<CorrectionsFile> {
  return check<CorrectionsFile>(text, 'corrections file', validate().corrections, (f) => duplicateIds(text, f));
}

export function parseNames(text: string): Parsed<NamesFile> {
  return check<NamesFile>(text, 'names file', validate().names);
}

// ---------------------------------------------------------------------------------------------
// Layout: keys in a fixed order, each record on a few lines, so `git diff` shows one decision per hunk.

const j = (v: unknown) => JSON.stringify(v);

export function normalizeRecord(r: CorrectionRecord): CorrectionRecord {
  const { action, ...rest } = r.decision as { action: string } & Record<string, unknown>;
  return {
    id: r.id,
    target: {
      kind: r.target.kind,
      start: r.target.start,
      end: r.target.end,
      selector: { exact: r.target.selector.exact, prefix: r.target.selector.prefix, suffix: r.target.selector.suffix },
    },
    decision: { action, ...rest } as CorrectionRecord['decision'],
    machine: r.machine,
    by: r.by,
    at: r.at,
  };
}

export function serializeCorrections(file: CorrectionsFile): string {
  const records = file.records.map((raw) => {
    const r = normalizeRecord(raw);
    return [
      '    {',
      `      "id": ${j(r.id)},`,
      `      "target": ${j(r.target)},`,
      `      "decision": ${j(r.decision)},`,
      `      "machine": ${j(r.machine)},`,
      `      "by": ${j(r.by)},`,
      `      "at": ${j(r.at)}`,
      '    }',
    ].join('\n');
  });
  const head = file.$schema ? `  "$schema": ${j(file.$schema)},\n` : '';
  return `{\n${head}  "version": ${CORRECTIONS_VERSION},\n  "records": [${records.length ? '\n' + records.join(',\n') + '\n  ' : ''}]\n}\n`;
}

export function serializeNames(file: NamesFile): string {
  const names = file.names.map((n) => `    ${j({ name: n.name, type: n.type, by: n.by, at: n.at })}`);
  const head = file.$schema ? `  "$schema": ${j(file.$schema)},\n` : '';
  return `{\n${head}  "version": ${CORRECTIONS_VERSION},\n  "names": [${names.length ? '\n' + names.join(',\n') + '\n  ' : ''}]\n}\n`;
}
