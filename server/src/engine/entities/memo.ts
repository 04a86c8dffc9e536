// Answers remembered for the passes over one document's mentions: each pass reads every mention's key (keyOf) or
// person key again, and the same key string also keeps its hash for the maps it is looked up in. A cache lives
// as long as one call of a pass: nothing is kept between documents.

/** `f` remembering its answers. For pure functions of strings or of token lists that are not changed, whose
 * answers the callers only read. */
export function memo<K, V>(f: (k: K) => V): (k: K) => V {
  const seen = new Map<K, V>();
  return (k) => {
    let v = seen.get(k);
    if (v === undefined) seen.set(k, (v = f(k)));
    return v;
  };
}
