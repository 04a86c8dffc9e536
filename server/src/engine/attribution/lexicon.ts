// Word classes the attribution rules need. Open-class lists (reporting verbs, source nouns) are
// data files; the closed grammatical classes (auxiliaries, determiners, prepositions) are small
// enough to live here.
import cueData from '../../data/cue-verbs.json';
import nounData from '../../data/source-nouns.json';

/** Inflected form (lowercase) → lemma. */
export const CUE_FORMS = new Map<string, string>();
for (const [lemma, forms] of Object.entries(cueData.verbs as Record<string, string[]>)) {
  for (const f of forms) CUE_FORMS.set(f, lemma);
}
export const STRONG_CUES = new Set<string>(cueData.strong);

export const SOURCE_NOUNS = new Set<string>([...nounData.people, ...nounData.groups, ...nounData.publications]);
export const PERSON_NOUNS = new Set<string>(nounData.people);

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Between a subject and its reporting verb: "has said", "also told", "did not say". */
export const AUX = words(`has have had having was were is are be been being am did does do will would could can
  may might should must shall also later then once previously repeatedly publicly privately recently earlier
  often not never just even still reportedly again first finally further simply only quickly always already
  subsequently initially similarly likewise too herself himself themselves itself itself personally flatly
  openly angrily bluntly famously memorably separately sharply explicitly directly indeed n't ’s 's`);

export const DETERMINERS = words(`the a an this these those another one two three four five six seven eight
  nine ten some many several few most all both each every any no his her their its our my your whose other
  such more fewer multiple numerous various certain`);

export const PERSONAL_PRONOUNS = words('he she they we i you it');
export const RELATIVE_PRONOUNS = words('who which');

/** Words that end a noun phrase when scanning through it. */
export const NP_STOP = words(`that which who whom whose what when where while why how if whether because since as
  than though although unless until after before during in on at to from by with without into onto upon about
  against between among through throughout over under above below near across along around behind beyond
  toward towards via per and or but nor so yet for of not is are was were be been being has have had do does
  did will would could can may might should must shall said says say told tells added asked according also
  there here it its it's this these those then now just very too later earlier today yesterday tomorrow
  tonight ago last next`);

/** Prepositions that may join a head noun to its complement inside a source NP ("spokesman for X"). */
export const NP_LINKS = words('of for at from with in');
/** Adjectives that take such a complement ("people familiar with the matter", "close to"). */
export const LINKING_ADJ = words('familiar close');

/** Sentence-initial words that are not part of a name ("But Lavrov", "And Kerry"). */
export const LEADING_FUNCTION = words(`But And Or So Yet Still Also However Meanwhile Then Now Later Earlier
  Instead Indeed Further Furthermore Moreover Nevertheless Nonetheless Separately Similarly Likewise Thus
  Hence Besides Finally First Second Third Again Asked When While As After Before Since Although Though If
  Because Even Only In On At For From With By To Of Into During Under Over Without Despite The A An This
  That These Those There Here It He She They We I You His Her Their Its Our My Your According`);

/** Words that open an appositive or relative clause after a name and comma. */
export const APPOSITIVE_START = words(`a an the who whose which his her their its one now formerly also himself
  herself itself themselves currently then once both each whom`);

/** Titles and role words that precede a name ("Sen. Lindsey Graham" → "Lindsey Graham"). */
export const TITLES = words(`Mr. Mrs. Ms. Miss Mx. Dr. Prof. Professor Sen. Senator Rep. Representative Gov.
  Governor Lt. Gen. General Adm. Admiral Col. Colonel Maj. Major Capt. Captain Sgt. Sergeant Cpl. Pvt. Cmdr.
  President Vice Secretary Minister Prime Foreign Defense Defence Finance Interior Justice Chancellor Premier
  Mayor Judge Chief Attorney Speaker Leader Majority Minority Chairman Chairwoman Chair Director Ambassador
  Envoy Commissioner Spokesman Spokeswoman Spokesperson Press Deputy Assistant Associate Executive Managing
  King Queen Prince Princess Pope Rev. Reverend Father Sister Brother Rabbi Imam Sheikh Sir Lord Lady Dame
  Sheriff Coach Pastor Bishop Cardinal Archbishop Democrat Republican Democratic GOP Independent Candidate
  Nominee Presidential Former Ret. Retired Army Navy Air Marine Officer Inspector Superintendent Detective
  Congressman Congresswoman Councilman Councilwoman Delegate Assemblyman Assemblywoman Justice Solicitor
  Ayatollah Emir Sultan Crown State House Senate Senior White Chancellor Mullah Gen Dr Mr Mrs Ms`);

/** Capitalised words that mark an organisation or place, not a person. */
export const ORG_WORDS = words(`Department Agency Committee Council Ministry Office Party Times Post News Journal
  Press Tribune Herald Daily Network Institute University College School Court Congress Senate House Assembly
  Parliament Government Administration Union Nations States Republic Kingdom Association Foundation Center
  Centre Bank Fund Corporation Corp. Inc. Co. Company Group Commission Board Bureau Service Services Force
  Forces Army Navy Council Campaign Organization Organisation Federation League Church Hospital Police
  Reuters AP AFP CNN NBC ABC CBS Fox BBC MSNBC Politico Breitbart Tass Interfax RIA Xinhua Twitter Facebook
  Street Avenue City County Island Islands Coast Gulf Sea River Mountains Valley International Airport`);

/** Personal pronouns by gender, for "he"/"she" agreement. */
export const MALE_TITLES = words('Mr. Mr Sir King Prince Father Brother Lord Spokesman Congressman Councilman Assemblyman Sheikh');
export const FEMALE_TITLES = words('Mrs. Ms. Miss Mrs Ms Queen Princess Sister Lady Dame Spokeswoman Congresswoman Councilwoman Assemblywoman');

export const isCapitalized = (w: string) => /^[\p{Lu}]/u.test(w) || /^(al|el|bin|ibn|van|von|de|da|di|du|le|la|ben|abu|mc|mac)-\p{Lu}/u.test(w);
/** Lowercase name particles inside a name ("Bashar al-Assad", "Ludwig van Beethoven"). */
export const NAME_PARTICLES = words('al el bin ibn van von de da di du le la der den del ben abu');
