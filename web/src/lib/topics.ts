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

interface Held {
  weight?: number | null;
  topic?: { id: string; broader?: { id: string } | null } | null;
}

/** An organisation's competences without the broader topics that only repeat a narrower one:
 * "Calls HORIZON-INFRA… (2 projects)" beside "Calls HORIZON-INFRA-DEV… (2 projects)" says
 * nothing the second does not. A broader topic with more projects than its listed narrower
 * ones stays. */
export function withoutEchoes<C extends Held>(items: C[]): C[] {
  const echoed = new Set(
    items.flatMap((item) => {
      const broader = item.topic?.broader?.id;
      const same = items.find((other) => other.topic?.id === broader && other.weight === item.weight);
      return same && item.weight != null ? [broader] : [];
    }),
  );
  return items.filter((item) => !echoed.has(item.topic?.id));
}

// How many of an organisation's subjects are offered as one-click topics.
const MAIN_SUBJECTS = 4;

/** An organisation's main subjects, strongest first: its fields of science and thematic areas
 * without the broader ones that only repeat a narrower one, nor the six roots of the fields
 * ("engineering and technology", "natural sciences"...), too broad to choose partners by. */
export function mainSubjects<C extends Held & { topic?: { topicKind?: string } | null }>(items: C[]): C[] {
  const roots = (item: C) => item.topic?.topicKind === "FIELD_OF_SCIENCE" && !item.topic.broader;
  return withoutEchoes(items)
    .filter((item) => item.topic && !roots(item))
    .slice(0, MAIN_SUBJECTS);
}

// Fewer projects than this tagged with a topic: its pages offer to look for its name in the
// projects' texts (the consortium builder asks it in words, a topic's page links the search).
export const FEW_PROJECTS = 10;
