// Writes for cluster managers: add a member, end a membership, record a measurement. Each form
// shows the API's answer in words: success (saying when the organisation was already a
// member), or the error once, next to the field that caused it.
import { useEffect, useId, useState } from "preact/hooks";
import type { ComponentChildren } from "preact";
import type { MembershipStanding } from "../gql/graphql";
import {
  AddMembershipDocument as AddMembershipMutation,
  CurrentMembersDocument as CurrentMembersQuery,
  EndMembershipDocument as EndMembershipMutation,
  OrganizationNameDocument as OrganizationNameQuery,
  RecordMeasurementDocument as RecordMeasurementMutation,
} from "../gql/graphql";
import { t } from "../i18n";
import { mutate, useQuery } from "../lib/client";
import { findOrganizations } from "../lib/finders";
import { date as day, metricLabel, parseFigure, withUnit } from "../lib/format";
import { Picker, type Option } from "./Picker";

interface Outcome {
  ok?: string;
  error?: string;
  field?: string;
}

interface WriteResult {
  __typename?: string;
  field?: string;
}

const FIELD_MESSAGES = {
  organizationId: "manage.field.organizationId",
  since: "manage.field.since",
  role: "manage.field.role",
  until: "manage.field.until",
  objectiveId: "manage.field.objectiveId",
  date: "manage.field.date",
  value: "manage.field.value",
  note: "manage.field.note",
} as const;

/**
 * Turns a mutation's union result into what the form shows: the success message, or an
 * error in words for people, tied to the field the API names (shown once, next to it).
 */
export function outcomeOf(result: WriteResult, success: string, notFound = t("manage.notFound")): Outcome {
  switch (result.__typename) {
    case "ValidationError": {
      const key = FIELD_MESSAGES[result.field as keyof typeof FIELD_MESSAGES];
      return { error: key ? t(key) : t("manage.field.other"), field: result.field };
    }
    case "NotAuthorized":
      return { error: t("manage.notAuthorized") };
    case "NotFound":
      return { error: notFound };
    default:
      return result.__typename?.endsWith("Success") ? { ok: success } : { error: t("manage.refused") };
  }
}

/** What adding a member did, by where the membership stood before. */
export function addedMessage(name: string, previous: MembershipStanding | null | undefined): string {
  if (previous === "MEMBER") return t("manage.already", { name });
  if (previous === "ACTIVE_IN_DOMAIN") return t("manage.confirmed", { name });
  if (previous === "FORMER") return t("manage.reopened", { name });
  return t("manage.added", { name });
}

function FieldError({ outcome, field, id }: { outcome: Outcome; field: string; id: string }) {
  if (outcome.field !== field || !outcome.error) return null;
  return (
    <p class="field-error" id={id} role="alert">
      {outcome.error}
    </p>
  );
}

function FormStatus({ outcome, fields }: { outcome: Outcome; fields: string[] }) {
  if (outcome.ok) {
    return (
      <p class="state ok" role="status">
        {outcome.ok}
      </p>
    );
  }
  if (outcome.error && !fields.includes(outcome.field ?? "")) {
    return (
      <p class="state error" role="alert">
        {outcome.error}
      </p>
    );
  }
  return null;
}

function Field(props: { label: string; children: (describedBy: string | undefined) => ComponentChildren; outcome: Outcome; field: string }) {
  const errorId = useId();
  const failed = props.outcome.field === props.field && Boolean(props.outcome.error);
  return (
    <div class="field">
      <label>
        {props.label} {props.children(failed ? errorId : undefined)}
      </label>
      <FieldError outcome={props.outcome} field={props.field} id={errorId} />
    </div>
  );
}

function OrgChoice(props: { chosen: Option | undefined; onPick: (o: Option | undefined) => void; outcome: Outcome; label: string }) {
  const errorId = useId();
  return (
    <div class="field">
      {props.chosen ? (
        <p>
          {props.label}
          {t("punctuation.colon")}
          <strong>{props.chosen.label}</strong>{" "}
          <button type="button" class="link" onClick={() => props.onPick(undefined)}>
            {t("manage.change")}
          </button>
        </p>
      ) : (
        <Picker label={props.label} find={findOrganizations} onPick={props.onPick} placeholder={t("picker.typeName")} />
      )}
      <FieldError outcome={props.outcome} field="organizationId" id={errorId} />
    </div>
  );
}

async function run(write: () => Promise<Outcome>, setOutcome: (o: Outcome) => void, onDone: () => void) {
  try {
    const outcome = await write();
    setOutcome(outcome);
    if (outcome.ok) onDone();
  } catch (error) {
    setOutcome({ error: (error as Error).message });
  }
}

// The day where the manager is (toISOString would give the UTC day: just after midnight in
// Luxembourg, yesterday, and the date inputs capped at it would refuse today).
const today = () => {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, "0")).join("-");
};

/** A form's outcome, cleared as soon as one of its values changes (set through `changed`):
 * what was said about the last try no longer holds. */
function useOutcome() {
  const [outcome, setOutcome] = useState<Outcome>({});
  const changed =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setOutcome({});
    };
  return { outcome, setOutcome, changed };
}

/** Adds a member; `chosenId` (a recruiting suggestion's "add as member") comes chosen. */
export function AddMemberForm({ clusterId, chosenId, onDone }: { clusterId: string; chosenId?: string; onDone: () => void }) {
  const [org, setOrg] = useState<Option>();
  const named = useQuery(OrganizationNameQuery, { id: chosenId ?? "" }, { pause: !chosenId });
  const found = named.data?.organization;
  useEffect(() => {
    if (found) setOrg({ id: found.id, label: found.displayName });
  }, [found?.id]);
  // A member joins today unless the manager says otherwise: an empty date would count it as
  // a member of every year of the scorecard.
  const [since, setSince] = useState(today);
  const [role, setRole] = useState("");
  const { outcome, setOutcome, changed } = useOutcome();
  const headingId = useId();
  const submit = (event: Event) => {
    event.preventDefault();
    if (!org) return setOutcome({ error: t("manage.chooseFirst"), field: "organizationId" });
    void run(
      async () => {
        const data = await mutate(AddMembershipMutation, {
          input: { organizationId: org.id, clusterId, since: since || null, role: role || null },
        });
        const result = data.addMembership;
        const previous = result.__typename === "MembershipSuccess" ? result.previousStanding : null;
        return outcomeOf(result, addedMessage(org.label, previous));
      },
      setOutcome,
      onDone,
    );
  };
  return (
    <form class="write" aria-labelledby={headingId} onSubmit={submit}>
      <h3 id={headingId}>{t("manage.addTitle")}</h3>
      <OrgChoice chosen={org} onPick={changed(setOrg)} outcome={outcome} label={t("manage.organisation")} />
      <Field label={t("manage.since")} outcome={outcome} field="since">
        {(describedBy) => <input type="date" required max={today()} value={since} aria-describedby={describedBy} onInput={(e) => changed(setSince)(e.currentTarget.value)} />}
      </Field>
      <Field label={t("manage.role")} outcome={outcome} field="role">
        {(describedBy) => <input value={role} maxLength={100} aria-describedby={describedBy} onInput={(e) => changed(setRole)(e.currentTarget.value)} />}
      </Field>
      <button type="submit">{t("manage.add")}</button>
      <FormStatus outcome={outcome} fields={["organizationId", "since", "role"]} />
    </form>
  );
}

// More current members than this: the manager finds the member by name instead of in a list.
const MEMBERS_LISTED = 100;

export function EndMembershipForm({ clusterId, version, onDone }: { clusterId: string; version: number; onDone: () => void }) {
  const [org, setOrg] = useState<Option>();
  const [until, setUntil] = useState(today());
  const { outcome, setOutcome, changed } = useOutcome();
  const headingId = useId();
  const selectId = useId();
  // asked again after every write of the page (version), so an added member is listed
  const members = useQuery(CurrentMembersQuery, { id: clusterId }, { refresh: version });
  const listed = members.data?.cluster?.members;
  const options = (listed?.edges ?? [])
    .map((edge) => ({ id: edge.node.id, label: edge.node.displayName, city: edge.node.city }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const pick = changed(setOrg);
  const submit = (event: Event) => {
    event.preventDefault();
    if (!org) return setOutcome({ error: t("manage.chooseMember"), field: "organizationId" });
    void run(
      async () => {
        const data = await mutate(EndMembershipMutation, { input: { organizationId: org.id, clusterId, until } });
        return outcomeOf(data.endMembership, t("manage.ended", { name: org.label, date: day(until) }), t("manage.notMember"));
      },
      setOutcome,
      () => {
        setOrg(undefined);
        onDone();
      },
    );
  };
  if (members.error) {
    return (
      <p class="state error" role="alert">
        {members.error}
      </p>
    );
  }
  if (!listed) return null;
  return (
    <form class="write" aria-labelledby={headingId} onSubmit={submit}>
      <h3 id={headingId}>{t("manage.endTitle")}</h3>
      {listed.totalCount === 0 ? (
        <p class="muted">{t("manage.noMembers")}</p>
      ) : listed.totalCount > MEMBERS_LISTED ? (
        <OrgChoice chosen={org} onPick={pick} outcome={outcome} label={t("manage.member")} />
      ) : (
        <div class="field">
          <label for={selectId}>{t("manage.member")}</label>
          <select id={selectId} value={org?.id ?? ""} onChange={(e) => pick(options.find((o) => o.id === e.currentTarget.value))}>
            <option value="">{t("manage.chooseMemberOption")}</option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.city ? `${o.label} (${o.city})` : o.label}
              </option>
            ))}
          </select>
          <FieldError outcome={outcome} field="organizationId" id={`${selectId}-error`} />
        </div>
      )}
      {listed.totalCount > 0 && (
        <>
          <Field label={t("manage.lastDay")} outcome={outcome} field="until">
            {(describedBy) => (
              <input
                type="date"
                required
                value={until}
                aria-describedby={describedBy}
                onInput={(e) => changed(setUntil)(e.currentTarget.value)}
              />
            )}
          </Field>
          <button type="submit">{t("manage.end")}</button>
        </>
      )}
      <FormStatus outcome={outcome} fields={["organizationId", "until"]} />
    </form>
  );
}

export function RecordMeasurementForm(props: {
  objectives: { id: string; metric: string | null; unit: string | null; target: number | null }[];
  onDone: () => void;
}) {
  const [objectiveId, setObjectiveId] = useState(props.objectives[0]?.id ?? "");
  const [date, setDate] = useState(today());
  const [value, setValue] = useState("");
  const [note, setNote] = useState("");
  const { outcome, setOutcome, changed } = useOutcome();
  const headingId = useId();
  const chosen = props.objectives.find((o) => o.id === objectiveId);
  const submit = (event: Event) => {
    event.preventDefault();
    // as the page's language writes figures: "1 200", "1.200" (German), "2,5"
    const figure = parseFigure(value);
    if (figure === null) return setOutcome({ error: t("manage.enterNumber"), field: "value" });
    void run(
      async () => {
        const data = await mutate(RecordMeasurementMutation, {
          input: { objectiveId, date, value: figure, note: note || null },
        });
        const said = { value: withUnit(figure, chosen?.unit), date: day(date), objective: metricLabel(chosen?.metric, objectiveId) };
        return outcomeOf(data.recordMeasurement, t("manage.recorded", said));
      },
      setOutcome,
      props.onDone,
    );
  };
  return (
    <form class="write" aria-labelledby={headingId} onSubmit={submit}>
      <h3 id={headingId}>{t("manage.recordTitle")}</h3>
      <Field label={t("manage.objective")} outcome={outcome} field="objectiveId">
        {(describedBy) => (
          <select value={objectiveId} aria-describedby={describedBy} onChange={(e) => changed(setObjectiveId)(e.currentTarget.value)}>
            {props.objectives.map((o) => (
              <option key={o.id} value={o.id}>
                {metricLabel(o.metric, o.id)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("manage.date")} outcome={outcome} field="date">
        {(describedBy) => <input type="date" required min="1990-01-01" max={today()} value={date} aria-describedby={describedBy} onInput={(e) => changed(setDate)(e.currentTarget.value)} />}
      </Field>
      <Field label={t("manage.value")} outcome={outcome} field="value">
        {(describedBy) => <input inputMode="decimal" value={value} aria-describedby={describedBy} onInput={(e) => changed(setValue)(e.currentTarget.value)} />}
      </Field>
      {chosen?.target != null && <p class="muted small field-hint">{t("manage.valueHint", { target: withUnit(chosen.target, chosen.unit) })}</p>}
      <Field label={t("manage.note")} outcome={outcome} field="note">
        {(describedBy) => <input value={note} maxLength={1000} aria-describedby={describedBy} onInput={(e) => changed(setNote)(e.currentTarget.value)} />}
      </Field>
      <button type="submit">{t("manage.record")}</button>
      <FormStatus outcome={outcome} fields={["objectiveId", "date", "value", "note"]} />
    </form>
  );
}
