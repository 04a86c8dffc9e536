// Travel guides name sights and places in the local language: a word for a kind of place in another
// language, opening or closing a name, makes it a place, though the other word looks like a first name or
// a surname.
//   "Anse Bertrand", "Plac Wolności", "Catedral de San Ildefonso", "Wat Arun", "Meidan Emam" → place
//   "Kibbutz Degania", "Piazza Navona", "Playa del Carmen", "Jebel Akhdar", "Calle Ocho"    → place
//   "Kopinga Marae", "Grande Terre", "Potsdamer Platz", "Chandni Chowk", "Hawa Mahal"      → place
// Not: words that are also common surnames or first names ("Costa", "Serra", "Mercado", "Villa", "Khan",
// "Ponte"), English words ("Bad", "Place", "Col"), nor a lone word ("Wat" alone says nothing).
import words from '../../data/foreign-place-words.json';

// Place kinds that open a name: French, Spanish/Portuguese, Italian, German, Polish, Arabic/Persian,
// Southeast Asian, Hebrew.
const STARTS = new Set<string>(words.starts);
// Place kinds that close a name.
const ENDS = new Set<string>(words.ends);

/** True when a name of two or more words opens or closes with another language's word for a kind of place. */
export function isForeignPlaceName(texts: string[]): boolean {
  return texts.length > 1 && (STARTS.has(texts[0]) || ENDS.has(texts[texts.length - 1]));
}
