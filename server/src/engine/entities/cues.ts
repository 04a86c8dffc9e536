// Context cue words for the entity tagger, written by hand for News Lens: ordinary English words
// around names (function words, verbs of reporting, place and organisation nouns, sports cues).

export const FUNCTION_WORDS = new Set([
  'about', 'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'by', 'with', 'from', 'as', 'is', 'are',
  'vs', 'v', 'into', 'over', 'after', 'up', 'off', 'out', 'be', 'its', 'it', 'if',
]);
export const PERSON_AFTER = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'explained', 'argued', 'noted', 'insisted', 'recalled', 'replied', 'acknowledged', 'wrote', 'tweeted', 'who', 'himself', 'herself', 'testified', 'admitted']);
export const PLACE_BEFORE: Record<string, number> = {
  in: 1, on: 0.4, through: 0.5, near: 1.2, outside: 1, across: 0.8, throughout: 1, around: 0.6, into: 0.8, from: 0.4, to: 0.4, at: 0.6, over: 0.4,
  toward: 0.6, towards: 0.6, via: 0.8, inside: 0.8, northern: 1, southern: 1, eastern: 1, western: 1, central: 0.6,
  capital: 0.8, city: 0.6, town: 0.6, village: 0.8, province: 0.8, region: 0.6, visit: 0.6, visited: 0.8, embassy: 0.2,
};
export const ORG_AFTER = new Set([
  'agency', 'newspaper', 'daily', 'company', 'group', 'firm', 'party', 'club', 'team', 'bank', 'network', 'channel',
  'broadcaster', 'magazine', 'militia', 'organization', 'organisation', 'ministry', 'shares', 'stock', 'spokesman',
  'spokeswoman', 'spokesperson', 'officials', 'executives', 'subsidiary', 'unit', 'board', 'chief', 'inc', 'corp',
]);
export const PLACE_AFTER = new Set(['province', 'city', 'region', 'state', 'county', 'river', 'border', 'capital', 'district', 'coast', 'island', 'village', 'town', 'area', 'valley', 'sea', 'lake', 'lakes', 'islands', 'districts', 'areas', 'peninsula', 'desert', 'neighborhood', 'neighbourhood']);
export const REPORT_VERBS = new Set(['said', 'says', 'added', 'announced', 'reported', 'expects', 'expected', 'posted', 'confirmed', 'denied', 'plans', 'planned', 'hopes', 'hoped', 'thinks', 'believes', 'told', 'warned', 'insisted', 'claimed']);
export const TEAM_BEFORE = new Set(['v', 'vs', 'vs.', 'v.', 'beat', 'defeated', 'beating', 'rivals', 'champions', 'hosts', 'visitors', 'leaders']);
export const TEAM_AFTER = new Set(['v', 'vs', 'vs.', 'v.', 'beat', 'drew', 'defeated', 'trailed', 'coach', 'manager', 'captain', 'striker', 'midfielder', 'defender', 'goalkeeper']);
export const ORG_BEFORE = new Set(['airline', 'carrier', 'maker', 'manufacturer', 'automaker', 'carmaker', 'airframer', 'company', 'firm', 'bank', 'retailer', 'magazine', 'newspaper', 'daily', 'weekly', 'broadcaster', 'network', 'giant', 'conglomerate', 'consortium', 'insurer', 'lender', 'operator', 'producer', 'supplier', 'developer', 'studio', 'label', 'club', 'side', 'outfit', 'party', 'group', 'agency', 'website', 'startup', 'chain', 'brewer', 'miner', 'publisher', 'charity', 'organisation', 'organization', 'channel', 'station', 'tabloid', 'paper', 'rival', 'subsidiary', 'unit', 'firms', 'companies', 'airlines', 'exchange', 'regulator', 'union', 'university', 'club', 'team', 'band']);
export const ORG_STARTS = new Set(['Air', 'Radio', 'Banco', 'Banca', 'Bank', 'Deutsche', 'Credit', 'Crédit', 'Société', 'Societe', 'Royal', 'Club', 'Grupo', 'Groupe', 'Compagnie', 'Aero']);
export const PLACE_NOUNS = new Set(['town', 'city', 'village', 'province', 'region', 'state', 'island', 'port', 'capital', 'suburb', 'suburbs', 'district', 'county', 'outskirts', 'republic', 'streets', 'centre', 'center', 'municipality', 'prefecture', 'governorate', 'areas', 'area', 'coast', 'islands', 'island', 'villages', 'towns', 'cities', 'hill', 'desert', 'diocese', 'parish', 'kingdom', 'duchy', 'shores', 'peninsula', 'valley']);
export const HYPHEN_PLACE = new Set(['based', 'born', 'bred', 'area', 'bound']);
export const HYPHEN_ORG = new Set(['owned', 'run', 'controlled', 'funded', 'backed', 'sponsored', 'listed', 'led', 'brokered']);
export const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', ':', '—', '–', '-', '«']);
export const TIME_WORDS = new Set(['yesterday', 'today', 'tomorrow', 'tonight', 'earlier', 'later', 'last', 'next', 'already', 'perhaps', 'maybe', 'instead', 'again', 'here', 'there', 'thus', 'hence', 'nevertheless', 'nonetheless', 'indeed', 'once', 'twice', 'overall', 'please', 'analysts', 'officials', 'sources', 'critics', 'experts', 'police', 'witnesses', 'residents', 'observers', 'supporters', 'opponents', 'voters', 'investors', 'traders', 'dealers', 'economists', 'diplomats', 'lawmakers', 'members', 'leaders', 'citizens', 'whether', 'although', 'though', 'because', 'unless', 'until', 'where', 'which', 'whose', 'why', 'asked', 'told', 'said', 'says', 'meet', 'meets', 'see', 'watch', 'with', 'without', 'against', 'amid', 'between', 'behind', 'beyond', 'like', 'near', 'per', 'plus', 'than', 'through', 'toward', 'towards', 'upon', 'via', 'within', 'latest', 'breaking', 'exclusive', 'update', 'analysis', 'opinion', 'editorial', 'comment', 'photos', 'video', 'watch', 'read', 'more']);
export const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozens', 'hundreds', 'thousands', 'millions', 'several', 'few', 'many', 'most', 'some', 'neither', 'either', 'any', 'another', 'every', 'each']);
export const LEADING_DROP = new Set(['a', 'an', 'the', 'but', 'and', 'or', 'if', 'when', 'as', 'after', 'before', 'while', 'still', 'also', 'so', 'yet', 'then', 'now', 'meanwhile', 'however', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'former', 'senior', 'top', 'new', 'both', 'some', 'many', 'several', 'all', 'most', 'other', 'under', 'since', 'during', 'despite', 'unlike', 'like', 'dear', 'thanks', 'only', 'even', 'each', 'every', 'more', 'no', 'not', 'among', 'according', 'what', 'why', 'how', 'where', 'who', 'following', 'together', 'although', 'though', 'because', 'whereas', 'whilst', 'unless', 'until', 'without', 'within', 'besides', 'upon', 'including']);
/** Nouns after a possessive that belong to a company or body ("Ford's North American workforce", "Acme's shares"). */
export const ORG_POSSESSED = new Set(['shares', 'stock', 'board', 'executives', 'unit', 'units', 'directors', 'shareholders', 'stockholders', 'headquarters', 'subsidiary', 'subsidiaries', 'division', 'divisions', 'profit', 'profits', 'earnings', 'revenue', 'revenues', 'sales', 'workforce', 'employees', 'staff', 'plant', 'plants', 'factory', 'factories', 'operations', 'production', 'stake', 'takeover', 'merger', 'customers', 'dealerships', 'dealers', 'brand', 'brands', 'products', 'fleet', 'management', 'ceo', 'cfo', 'bondholders', 'creditors', 'members', 'membership', 'website', 'spokesman', 'spokeswoman', 'spokesperson']);
/** Nouns after a possessive that belong to a person ("Kerry's wife", "Holland's lawyer"). */
export const PERSON_POSSESSED = new Set(['wife', 'husband', 'son', 'daughter', 'sons', 'daughters', 'mother', 'father', 'brother', 'sister', 'family', 'widow', 'parents', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'career', 'death', 'funeral', 'birthday', 'memoir', 'memoirs', 'biography', 'girlfriend', 'boyfriend', 'children', 'ex-wife', 'ex-husband', 'grandson', 'granddaughter', 'nephew', 'niece']);
/** Two words before a name that take an organisation ("shares of X", "an analyst at X", "a spokesman for X"). */
export const ORG_BEFORE_PAIRS = new Set([
  'shares of', 'stake in', 'stakes in', 'analyst at', 'analysts at', 'economist at', 'economists at', 'strategist at', 'trader at', 'dealer at',
  'spokesman for', 'spokeswoman for', 'spokesperson for', 'executive of', 'ceo of', 'employees of', 'subsidiary of', 'unit of', 'division of',
  'takeover of', 'acquisition of', 'merger with', 'bid for', 'shareholders of', 'chairman of', 'board of', 'workers at', 'analyst with', 'economist with',
]);
/** Words that approximate a number, never a team before a score ("Around 100 miners"). */
export const APPROX_WORDS = new Set(['around', 'about', 'nearly', 'almost', 'some', 'over', 'under', 'roughly', 'approximately', 'only', 'just', 'more', 'less', 'fewer', 'at', 'up', 'down', 'by']);
/** Facility nouns after a name make the name a place ("Charles de Gaulle airport", "the Pamir mountains"). */
export const FACILITY_AFTER = new Set(['airport', 'airbase', 'stadium', 'sanatorium', 'checkpoint', 'prison', 'jail', 'mountains', 'highway', 'motorway', 'expressway', 'racecourse', 'refugee', 'crossing']);
