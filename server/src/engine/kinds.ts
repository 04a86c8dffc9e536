// The kinds of annotation the engine tells apart. A leaf module: types.ts (the data model) and
// corrections/types.ts (what a person decided) both use these, and types.ts also uses the
// corrections types, so keeping these here avoids an import cycle between the two.
export type EntityType = 'person' | 'organization' | 'place' | 'other';

export type QuoteKind = 'direct' | 'partial' | 'scare';

export type DateType = 'date' | 'time' | 'duration' | 'set';
