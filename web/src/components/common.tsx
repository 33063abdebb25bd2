// Small building blocks every page uses: states, links, badges, a "more" button.
import type { ComponentChildren } from "preact";
import { countryName, kindLabel, orgName } from "../lib/format";
import { nodePath } from "../lib/links";

export function Loading({ what }: { what: string }) {
  return (
    <p class="state loading" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

export function ErrorNote({ message }: { message: string }) {
  return (
    <p class="state error" role="alert">
      {message}
    </p>
  );
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <p class="state empty">{children}</p>;
}

/** Loading, error and empty states around a piece of data. */
export function Status(props: {
  what: string;
  fetching: boolean;
  error: string | undefined;
  empty?: boolean;
  emptyText?: string;
  children?: ComponentChildren;
}) {
  if (props.error) return <ErrorNote message={props.error} />;
  if (props.fetching && props.empty !== false) return <Loading what={props.what} />;
  if (props.empty) return <Empty>{props.emptyText ?? `No ${props.what}.`}</Empty>;
  // While newer data loads, the old stays on screen, marked busy.
  return <div aria-busy={props.fetching ? "true" : "false"}>{props.children}</div>;
}

export function KindBadge({ kind }: { kind: string | null | undefined }) {
  return <span class={`badge kind-${(kind ?? "unknown").toLowerCase()}`}>{kindLabel(kind)}</span>;
}

interface OrgLike {
  id: string;
  displayName?: string | null;
  name?: string | null;
  shortName?: string | null;
  kind?: string | null;
  country?: string | null;
  city?: string | null;
}

export function OrgLink({ org }: { org: OrgLike }) {
  return <a href={nodePath("Organization", org.id)}>{orgName(org)}</a>;
}

/** An organisation in a list: its name as a link, kind, place. */
export function OrgLine({ org, children }: { org: OrgLike; children?: ComponentChildren }) {
  const place = [org.city, countryName(org.country)].filter(Boolean).join(", ");
  return (
    <>
      <OrgLink org={org} /> <KindBadge kind={org.kind} />
      {place && <span class="muted"> · {place}</span>}
      {children}
    </>
  );
}

/** "Show more" under a paged list: the next page from the API, by cursor. */
export function MoreButton(props: { shown: number; total: number; hasMore: boolean; onClick: () => void; busy?: boolean }) {
  if (!props.hasMore) return null;
  return (
    <p class="more">
      <button type="button" onClick={props.onClick} disabled={props.busy}>
        {props.busy ? "Loading…" : `Show more (${props.shown} of ${props.total})`}
      </button>
    </p>
  );
}

export function Section(props: { id?: string; title: string; children: ComponentChildren; actions?: ComponentChildren }) {
  const headingId = props.id ? `${props.id}-title` : undefined;
  return (
    <section class="panel" id={props.id} aria-labelledby={headingId}>
      <div class="panel-head">
        <h2 id={headingId}>{props.title}</h2>
        {props.actions}
      </div>
      {props.children}
    </section>
  );
}
