// Corrections: a person's decisions about the machine's annotations (issue 9). Pure; the files on disk
// are read and written by server/src/corrections/store.ts.
export * from './types';
export { selectorAt, targetAt } from './selector';
export { newRecord, newRecordId, findRecord, replacedBy, machineAnswer, confirmRecords, entityOfMention, timemlValueError } from './records';
export { parseCorrections, parseNames, serializeCorrections, serializeNames, normalizeRecord, parseJson, lineColumn, type CorrectionsError, type Parsed } from './file';
export { reanchor, shiftThroughEdits, shiftSpan, type TextEdit, type Anchored, type ReanchorStats } from './anchor';
export { applyCorrections, correctQuotes, correctEntities, correctSpeakers, correctDates, markOrigins, newTouched, entityNamed, resolveSpeaker } from './apply';
export { agreementOf, addAgreement, agreementJson, agreementText, score, EMPTY_AGREEMENT, KINDS, type Agreement, type Counts, type Kind, type Scored } from './agreement';
