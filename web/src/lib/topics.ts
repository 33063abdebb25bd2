// The topic hierarchy as the API gives it: `broader` nested a few levels deep.
export interface Ancestor {
  id: string;
  name: string | null;
  code: string | null;
  kind: string;
  broader?: Ancestor | { id: string } | null;
}

/** The broader topics, top first; `more` when the chain goes on past what was asked. */
export function ancestors(topic: { broader?: Ancestor | null }): { chain: Ancestor[]; more: boolean } {
  const chain: Ancestor[] = [];
  let next: Ancestor | { id: string } | null | undefined = topic.broader;
  while (next && "kind" in next) {
    chain.unshift(next);
    next = next.broader;
  }
  return { chain, more: Boolean(next) };
}
