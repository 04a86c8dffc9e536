// Corrections: what a person decided about the machine's annotations of one article.
// Stored beside the article in ARTICLE.EXT.lens.json (schemas/corrections.schema.json); pure data,
// never code. Offsets are UTF-16 code units, half-open, into the article text like the rest of the engine.

import type { DateType, EntityType, QuoteKind } from '../kinds';

/** Version of the corrections file format this build reads and writes. */
export const CORRECTIONS_VERSION = 1;

/** Characters of context kept before and after the exact text (text-quote selector). */
export const SELECTOR_CONTEXT = 32;

/** The text-quote selector (W3C Web Annotation style): the exact text with context either side. */
export interface TextSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/** What a record is about: a quote, a name (one mention of an entity) or a date. */
export type TargetKind = 'quote' | 'mention' | 'date';

export interface Target {
  kind: TargetKind;
  start: number;
  end: number;
  selector: TextSelector;
}

/**
 * Who is the speaker. `name` is an entity of the article (its canonical name or an alias) or free
 * text ("a senior official"). `words` are optional: the words in the text naming the speaker
 * (kept from an import, or "he" from the machine); without them the speaker's words are the
 * entity's nearest mention before the quote.
 */
export interface SpeakerRef {
  name: string;
  words?: { start: number; end: number; exact: string } | null;
}

/** Scope of a type or not-a-name decision kept in the article's file; "all articles" goes to names.json. */
export type NameScope = 'mention' | 'article';

export type Decision =
  // on a quote (target.kind 'quote')
  | { action: 'set-speaker'; speaker: SpeakerRef }
  | { action: 'unattributed' }
  | { action: 'not-a-quote' }
  | { action: 'set-kind'; kind: QuoteKind }
  /** A span that is a quote; speaker undefined = found by the rules, null = no speaker. */
  | { action: 'mark-quote'; kind?: QuoteKind; speaker?: SpeakerRef | null }
  // on a name (target.kind 'mention')
  | { action: 'set-type'; type: EntityType; scope: NameScope }
  | { action: 'not-a-name'; scope: NameScope }
  /** Merge this mention's entity (scope 'article') or this mention alone ('mention') into the entity named `name`. */
  | { action: 'same-as'; name: string; scope?: NameScope }
  /** Split this mention off its entity into an entity of its own. */
  | { action: 'not-same-as' }
  | { action: 'set-roles'; roles: string[] }
  /** A span that is a name of this type; joins an entity of the same type and name when there is one. */
  | { action: 'mark-entity'; type: EntityType; name?: string }
  // on a date (target.kind 'date')
  | { action: 'set-value'; value: string | null }
  | { action: 'not-a-date' }
  | { action: 'mark-date'; type?: DateType; value: string | null }
  /**
   * A person reviewed this machine annotation and agrees: it is kept as it is now even if a later
   * engine version changes its mind. The payload is the annotation as confirmed.
   * quote: kind + speaker; mention: type + name (entity's canonical name); date: type + value.
   */
  | {
      action: 'confirm';
      kind?: QuoteKind;
      speaker?: SpeakerRef | null;
      type?: EntityType | DateType;
      name?: string;
      value?: string | null;
    };

export type Action = Decision['action'];

/** The machine's answer a record replaced (null: the machine had nothing there). Free-form, for people and agreement. */
export type MachineAnswer = {
  kind?: QuoteKind;
  speaker?: string | null;
  type?: string;
  name?: string;
  value?: string | null;
  roles?: string[];
} | null;

export interface CorrectionRecord {
  /** Unique within the file (random, e.g. "c-3f9a1b2c"); merge-on-write matches records by id. */
  id: string;
  target: Target;
  decision: Decision;
  machine: MachineAnswer;
  /** git user.name, else the OS user name. */
  by: string;
  /** ISO 8601 time of the decision. */
  at: string;
}

export interface CorrectionsFile {
  $schema?: string;
  version: number;
  records: CorrectionRecord[];
}

/** Workspace-wide names list ("in all articles"), .news-lens/names.json at the workspace folder root. */
export interface NameEntry {
  /** Exact surface form (case-sensitive) matched against an entity's name and aliases. */
  name: string;
  /** The type it always has, or null: never a name. */
  type: EntityType | null;
  by: string;
  at: string;
}

export interface NamesFile {
  $schema?: string;
  version: number;
  names: NameEntry[];
}

/** Provenance of an annotation in the corrected analysis (hovers say who and when). */
export interface CorrectionRef {
  id: string;
  action: Action;
  by: string;
  at: string;
}

/** A record that could not be placed in the current text; it stays in the file. */
export interface Unplaced {
  record: CorrectionRecord;
  reason: string;
}

/** What analyze() takes to honour corrections. */
export interface CorrectionsInput {
  records: CorrectionRecord[];
  names?: NameEntry[];
}
