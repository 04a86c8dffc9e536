// Invented news articles, generated from a seed, for tests and benchmarks that need many different texts
// (the streaming and queue tests, the scale bench). Every name, place and quote here is made up.
import { random } from './random';

const FIRST = ['Maria', 'Tom', 'Aisha', 'Daniel', 'Priya', 'Olu', 'Greta', 'Luis', 'Hannah', 'Kenji', 'Fatima', 'Pavel', 'Nora', 'Samuel', 'Ines'];
const LAST = ['Keller', 'Okafor', 'Lindqvist', 'Moreau', 'Hassan', 'Tanaka', 'Brennan', 'Alvarez', 'Novak', 'Ferreira', 'Whitlock', 'Ansari', 'Dube', 'Castell'];
const ROLES = ['Mayor', 'union leader', 'Health Minister', 'council spokeswoman', 'port director', 'Senator', 'police chief', 'school board chair'];
const PLACES = ['Rotterdam', 'Harwick', 'Lowell Bay', 'Stenford', 'Port Elmo', 'Kirkvale', 'Dunmore', 'Ashby'];
const ORGS = ['the Harbour Workers Union', 'Kirkvale City Council', 'the Regional Transit Authority', 'Elmo Shipping Co.', 'the State Health Department', 'Northfield University'];
const TOPICS = ['the budget', 'the strike', 'the new bridge', 'the water supply', 'the school closures', 'the vaccine trial', 'the harbour dredging'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'last week', 'next month', 'on March 4'];
const CUES = ['said', 'told reporters', 'added', 'warned', 'said in a statement', 'wrote'];
const QUOTES = [
  'We have been at the table for eleven months and nothing has moved',
  'This is the most important decision the council will take this year',
  'Nobody here wants a long dispute, but we will not accept these terms',
  'The numbers simply do not add up',
  'We expect the first results before the end of the summer',
  'Families deserve a clear answer, and they deserve it now',
  'It is too early to say what caused the delay',
];

/** A short article (about 150–300 words): headline, dateline, quotes with named and pronoun speakers. */
export function inventArticle(seed: number): string {
  const r = random(seed + 1);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const a = { first: pick(FIRST), last: pick(LAST), role: pick(ROLES) };
  const b = { first: pick(FIRST), last: pick(LAST), role: pick(ROLES) };
  const place = pick(PLACES);
  const org = pick(ORGS);
  const topic = pick(TOPICS);
  const paragraphs = [
    `${place} officials split over ${topic}`,
    `${place.toUpperCase()} - ${a.role} ${a.first} ${a.last} said on ${pick(DAYS)} that talks with ${org} over ${topic} had reached a critical point (report ${seed}).`,
    `"${pick(QUOTES)}," ${a.last} ${pick(CUES)}.`,
    `${b.role} ${b.first} ${b.last}, who has followed ${topic} since ${2000 + (seed % 25)}, disagreed. "${pick(QUOTES)}," ${b.last} said. "${pick(QUOTES)}."`,
    `${org} did not respond to a request for comment ${pick(DAYS)}. A spokesman for the group said ${Math.floor(r() * 900) + 100} members would vote ${pick(DAYS)}.`,
    `"${pick(QUOTES)}," she ${pick(CUES)}, adding that ${topic} would be discussed again at a meeting in ${pick(PLACES)}.`,
  ];
  const extra = Math.floor(r() * 3);
  for (let i = 0; i < extra; i++) paragraphs.push(`According to ${pick(ORGS)}, ${topic} has cost ${place} about $${Math.floor(r() * 90) + 10} million so far, ${pick(FIRST)} ${pick(LAST)} ${pick(CUES)}.`);
  return paragraphs.join('\n\n') + '\n';
}
