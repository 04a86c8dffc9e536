// An invented article for the corrections tests (LSP over stdio and real VS Code): three quotes, one by
// "she" (Linda Osei), one by Brandt, one by Osei; an organization and dates.
export const ARTICLE = `Harbor Board Splits Over Ferry Fares

May 2, 2025

PORTVILLE — The Portville Harbor Board voted on Tuesday to raise ferry fares by 10 percent.

Board chair Linda Osei defended the increase. “We cannot run boats on goodwill,” she said.

Commissioner Tom Brandt, who voted against, was blunt. “This fare hike punishes commuters,” Brandt said.

“The numbers were clear,” Osei added.

The Ferry Riders Alliance said the group would appeal the decision in June.
`;
