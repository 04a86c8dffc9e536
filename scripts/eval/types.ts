// Shared shapes for the accuracy instrument: gold documents from each corpus and the
// predictions of a system (News Lens or the baseline) reduced to what the scorers compare.

/** A half-open [start, end) span in UTF-16 code units of the document text. */
export interface Range {
  start: number;
  end: number;
}

export interface GoldQuote extends Range {
  /** The Content span's pieces (brat discontinuous spans give several); start/end cover them all. */
  parts: Range[];
  text: string;
  /** The attribution's Source span pieces, or null for an attribution without a source. */
  source: Range[] | null;
  sourceText: string | null;
}

export type NerType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface GoldEntity extends Range {
  type: NerType;
  text: string;
}

/** A GUM named mention: matched by overlap with its proper-noun tokens (`parts`) and type. */
export interface GoldName extends Range {
  type: 'PER' | 'ORG' | 'LOC' | 'OTHER';
  /** GUM's own entity type (person, organization, place, event, object, abstract…). */
  etype: string;
  parts: Range[];
  text: string;
}

export interface GoldTimex extends Range {
  text: string;
  /** TimeML type as written (DATE, TIME, DURATION, SET). */
  type: string;
  value: string;
}

export interface GoldDoc {
  id: string;
  text: string;
  /** Publication date YYYY-MM-DD, when known. */
  published: string | null;
  quotes?: GoldQuote[];
  entities?: GoldEntity[];
  timexes?: GoldTimex[];
  /** GUM named mentions (head match). */
  names?: GoldName[];
  /** Spans where predictions are neither credited nor penalised (e.g. the creation-time line). */
  ignore?: Range[];
}

export interface PredQuote extends Range {
  kind: 'direct' | 'partial' | 'scare';
  speaker: (Range & { text: string }) | null;
}

export interface PredEntity extends Range {
  type: 'PER' | 'ORG' | 'LOC' | 'OTHER';
}

export interface PredDate extends Range {
  value: string | null;
}

export interface Predictions {
  quotes?: PredQuote[];
  entities?: PredEntity[];
  dates?: PredDate[];
}

/** A system turns a document into predictions for one task. */
export type Task = 'quotes' | 'ner' | 'dates';
export type System = (doc: GoldDoc, task: Task) => Predictions;
