// Writes for cluster managers: add a member, end a membership, record a measurement. Each form
// shows the API's answer in words: success (saying when the organisation was already a
// member), or the error once, next to the field that caused it.
import { useId, useState } from "preact/hooks";
import type { ComponentChildren } from "preact";
import type { MembershipStanding } from "../gql/graphql";
import { AddMembershipDocument as AddMembershipMutation, EndMembershipDocument as EndMembershipMutation, RecordMeasurementDocument as RecordMeasurementMutation } from "../gql/graphql";
import { t } from "../i18n";
import { mutate } from "../lib/client";
import { findOrganizations } from "../lib/finders";
import { date as day, metricLabel, number } from "../lib/format";
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

const today = () => new Date().toISOString().slice(0, 10);

export function AddMemberForm({ clusterId, onDone }: { clusterId: string; onDone: () => void }) {
  const [org, setOrg] = useState<Option>();
  // A member joins today unless the manager says otherwise: an empty date would count it as
  // a member of every year of the scorecard.
  const [since, setSince] = useState(today);
  const [role, setRole] = useState("");
  const [outcome, setOutcome] = useState<Outcome>({});
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
      <OrgChoice chosen={org} onPick={setOrg} outcome={outcome} label={t("manage.organisation")} />
      <Field label={t("manage.since")} outcome={outcome} field="since">
        {(describedBy) => <input type="date" value={since} aria-describedby={describedBy} onInput={(e) => setSince(e.currentTarget.value)} />}
      </Field>
      <Field label={t("manage.role")} outcome={outcome} field="role">
        {(describedBy) => <input value={role} maxLength={100} aria-describedby={describedBy} onInput={(e) => setRole(e.currentTarget.value)} />}
      </Field>
      <button type="submit">{t("manage.add")}</button>
      <FormStatus outcome={outcome} fields={["organizationId", "since", "role"]} />
    </form>
  );
}

export function EndMembershipForm({ clusterId, onDone }: { clusterId: string; onDone: () => void }) {
  const [org, setOrg] = useState<Option>();
  const [until, setUntil] = useState(today());
  const [outcome, setOutcome] = useState<Outcome>({});
  const headingId = useId();
  const submit = (event: Event) => {
    event.preventDefault();
    if (!org) return setOutcome({ error: t("manage.chooseFirst"), field: "organizationId" });
    void run(
      async () => {
        const data = await mutate(EndMembershipMutation, { input: { organizationId: org.id, clusterId, until } });
        return outcomeOf(data.endMembership, t("manage.ended", { name: org.label, date: day(until) }), t("manage.notMember"));
      },
      setOutcome,
      onDone,
    );
  };
  return (
    <form class="write" aria-labelledby={headingId} onSubmit={submit}>
      <h3 id={headingId}>{t("manage.endTitle")}</h3>
      <OrgChoice chosen={org} onPick={setOrg} outcome={outcome} label={t("manage.member")} />
      <Field label={t("manage.lastDay")} outcome={outcome} field="until">
        {(describedBy) => <input type="date" required value={until} aria-describedby={describedBy} onInput={(e) => setUntil(e.currentTarget.value)} />}
      </Field>
      <button type="submit">{t("manage.end")}</button>
      <FormStatus outcome={outcome} fields={["organizationId", "until"]} />
    </form>
  );
}

export function RecordMeasurementForm(props: {
  objectives: { id: string; metric: string | null; unit: string | null }[];
  onDone: () => void;
}) {
  const [objectiveId, setObjectiveId] = useState(props.objectives[0]?.id ?? "");
  const [date, setDate] = useState(today());
  const [value, setValue] = useState("");
  const [note, setNote] = useState("");
  const [outcome, setOutcome] = useState<Outcome>({});
  const headingId = useId();
  const submit = (event: Event) => {
    event.preventDefault();
    // A decimal comma is what French and German readers type.
    const figure = Number(value.trim().replace(",", "."));
    if (value.trim() === "" || !Number.isFinite(figure)) {
      return setOutcome({ error: t("manage.enterNumber"), field: "value" });
    }
    void run(
      async () => {
        const data = await mutate(RecordMeasurementMutation, {
          input: { objectiveId, date, value: figure, note: note || null },
        });
        return outcomeOf(data.recordMeasurement, t("manage.recorded", { value: number(figure), date: day(date) }));
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
          <select value={objectiveId} aria-describedby={describedBy} onChange={(e) => setObjectiveId(e.currentTarget.value)}>
            {props.objectives.map((o) => (
              <option key={o.id} value={o.id}>
                {metricLabel(o.metric, o.id)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("manage.date")} outcome={outcome} field="date">
        {(describedBy) => <input type="date" required value={date} aria-describedby={describedBy} onInput={(e) => setDate(e.currentTarget.value)} />}
      </Field>
      <Field label={t("manage.value")} outcome={outcome} field="value">
        {(describedBy) => <input inputMode="decimal" value={value} aria-describedby={describedBy} onInput={(e) => setValue(e.currentTarget.value)} />}
      </Field>
      <Field label={t("manage.note")} outcome={outcome} field="note">
        {(describedBy) => <input value={note} maxLength={1000} aria-describedby={describedBy} onInput={(e) => setNote(e.currentTarget.value)} />}
      </Field>
      <button type="submit">{t("manage.record")}</button>
      <FormStatus outcome={outcome} fields={["objectiveId", "date", "value", "note"]} />
    </form>
  );
}
