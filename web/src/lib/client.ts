// The GraphQL client (urql core) and a small Preact hook around it.
import {
  Client,
  cacheExchange,
  fetchExchange,
  type AnyVariables,
  type CombinedError,
  type TypedDocumentNode,
} from "@urql/core";
import type { TypedDocumentString } from "../gql/graphql";
import { useEffect, useMemo, useState } from "preact/hooks";
import { t } from "../i18n";
import { apiKey, onApiKeyChange } from "./auth";

function makeClient(): Client {
  return new Client({
    url: "/graphql",
    exchanges: [cacheExchange, fetchExchange],
    preferGetMethod: false,
    fetchOptions: () => {
      const token = apiKey();
      return token ? { headers: { authorization: `Bearer ${token}` } } : {};
    },
  });
}

// A new key (or none) gets a new client, so nothing cached for another key is shown; the
// version tells mounted queries to ask again.
let client = makeClient();
let keyVersion = 0;
const keyListeners = new Set<(version: number) => void>();
onApiKeyChange(() => {
  client = makeClient();
  keyVersion += 1;
  keyListeners.forEach((listener) => listener(keyVersion));
});

function useKeyVersion(): number {
  const [version, setVersion] = useState(keyVersion);
  useEffect(() => {
    keyListeners.add(setVersion);
    return () => void keyListeners.delete(setVersion);
  }, []);
  return version;
}

/** An operation of src/graphql/operations.ts: its text, typed with its data and variables. */
export type Operation<D, V> = TypedDocumentString<D, V>;

/** urql reads the text (a string object) as a string, and parses it once. */
function text<D, V extends AnyVariables>(document: Operation<D, V>): TypedDocumentNode<D, V> {
  return document.toString() as unknown as TypedDocumentNode<D, V>;
}

export interface QueryState<D> {
  data: D | undefined;
  error: string | undefined;
  /** True until the data shown is the answer for the current variables. */
  fetching: boolean;
}

interface Answer<D> extends QueryState<D> {
  /** The variables the data answers (JSON). */
  key: string;
}

// Arguments that name a node: an error on one of them means the address names nothing.
const ID_ARGUMENTS = /^(id|centerId|fromId|toId|organizationId|projectId|clusterId|input\.projectId|topicIds?|input\.topicIds)\b/;

/**
 * A message for people, in the reader's language, for a failed request: chosen by the
 * error's code (the API's own English text and request details are never shown, except the
 * reference of an unexpected error, which support can look up in the logs).
 */
export function errorMessage(error: CombinedError): string {
  const first = error.graphQLErrors[0];
  if (!first) return error.networkError ? t("errors.unreachable") : t("errors.noData");
  const code = first.extensions?.code;
  if (refused(error)) return t("errors.unauthenticated");
  switch (code) {
    case "GRAPH_UNAVAILABLE":
      return t("errors.unavailable");
    case "RATE_LIMITED":
      return t("errors.rateLimited");
    case "QUERY_TOO_COMPLEX":
      return t("errors.tooLarge");
    case "BAD_USER_INPUT":
      if (first.message.startsWith("query:")) return t("errors.tooLong");
      if (first.message.startsWith("input.callTopic:")) return t("errors.unknownCall");
      if (/^input\.brief: .* says which organisations/.test(first.message)) return t("errors.briefOnlyWho");
      if (/^input\.(organizationIds|topicIds):/.test(first.message)) return t("errors.unknownChosen");
      return ID_ARGUMENTS.test(first.message) ? t("errors.notFound") : t("errors.badInput");
    default: {
      const reference = /request id ([0-9a-f]+)/.exec(first.message)?.[1];
      return reference ? t("errors.unexpected", { reference }) : t("errors.unexpectedNoReference");
    }
  }
}

export interface QueryOptions {
  /** Skip the query (e.g. until the user typed something). */
  pause?: boolean;
  /** Change it to fetch again from the service, past the cache (after a write). */
  refresh?: number;
}

/** Runs a query while the component is mounted and again when the variables change. */
export function useQuery<D, V extends AnyVariables>(
  document: Operation<D, V>,
  variables: V,
  { pause = false, refresh = 0 }: QueryOptions = {},
): QueryState<D> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<Answer<D>>({
    data: undefined,
    error: undefined,
    fetching: !pause,
    key: "",
  });
  const stableVariables = useMemo(() => variables, [key]);
  const version = useKeyVersion();
  useEffect(() => {
    if (pause) {
      setState({ data: undefined, error: undefined, fetching: false, key });
      return undefined;
    }
    setState((previous) => ({ ...previous, fetching: true }));
    const policy = refresh > 0 ? "network-only" : "cache-first";
    const subscription = client.query(text(document), stableVariables, { requestPolicy: policy }).subscribe((result) => {
      setState({
        data: result.data,
        error: result.error ? errorMessage(result.error) : undefined,
        fetching: false,
        key,
      });
    });
    return () => subscription.unsubscribe();
  }, [document, stableVariables, pause, refresh, version]);
  // Between a change of variables and the effect that fetches, the old answer is stale too.
  return { data: state.data, error: state.error, fetching: state.fetching || state.key !== key };
}

/** Runs a query once, outside a component (pickers, CSV export, mutations' follow-ups). */
/** A failed request's message for people; `refused`: the access key sent was refused. */
export class RequestError extends Error {
  constructor(
    message: string,
    readonly refused: boolean,
  ) {
    super(message);
  }
}

function refused(error: CombinedError): boolean {
  return error.graphQLErrors.some((e) => e.extensions?.code === "UNAUTHENTICATED");
}

export async function fetchQuery<D, V extends AnyVariables>(
  document: Operation<D, V>,
  variables: V,
): Promise<D> {
  const result = await client.query(text(document), variables, { requestPolicy: "network-only" });
  if (result.error) throw new RequestError(errorMessage(result.error), refused(result.error));
  if (!result.data) throw new Error(t("errors.noData"));
  return result.data;
}

/** Runs a mutation; errors of the request (not of the write) become exceptions. */
export async function mutate<D, V extends AnyVariables>(
  document: Operation<D, V>,
  variables: V,
): Promise<D> {
  const result = await client.mutation(text(document), variables);
  if (result.error) throw new Error(errorMessage(result.error));
  if (!result.data) throw new Error(t("errors.noData"));
  return result.data;
}
