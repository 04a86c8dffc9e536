// Word lists that several rule families look up, built once per thread (each Set costs a few ms to build).
import firstNames from '../data/first-names.json';
import commonWords from '../data/common-words.json';

/** Given names (sources in data/first-names.json). */
export const firstNameSet = new Set<string>(firstNames.names);
/** Common English words, lower-case (SCOWL; data/common-words.json). */
export const commonSet = new Set<string>(commonWords.words);
