// Writes for cluster managers: add a member, end a membership, record a measurement. Each form
// shows the API's answer: success, or the error next to the field that caused it.
import { useId, useState } from "preact/hooks";
import type { ComponentChildren } from "preact";
import { AddMembershipMutation, EndMembershipMutation, RecordMeasurementMutation } from "../graphql/operations";
import { mutate } from "../lib/client";
import { findOrganizations } from "../lib/finders";
import { Picker, type Option } from "./Picker";

interface Outcome {
  ok?: string;
  error?: string;
  field?: string;
}

interface WriteResult {
  __typename?: string;
  message?: string;
  field?: string;
}

/** Turns a mutation's union result into what the form shows. */
export function outcomeOf(result: WriteResult, success: string): Outcome {
  if (result.__typename?.endsWith("Success")) return { ok: success };
  return { error: result.message ?? "The write was refused.", field: result.field };
}

function FieldError({ outcome, field }: { outcome: Outcome; field: string }) {
  if (outcome.field !== field || !outcome.error) return null;
  return (
    <p class="field-error" role="alert">
      {outcome.error}
    </p>
  );
}

function FormStatus({ outcome, fields }: { outcome: Outcome; fields: string[] }) {
  if (outcome.ok) return <p class="state ok" role="status">{outcome.ok}</p>;
  if (outcome.error && !fields.includes(outcome.field ?? "")) {
    return (
      <p class="state error" role="alert">
        {outcome.error}
      </p>
    );
  }
  return null;
}

function Field(props: { label: string; children: ComponentChildren; outcome: Outcome; field: string }) {
  return (
    <div class="field">
      <label>
        {props.label} {props.children}
      </label>
      <FieldError outcome={props.outcome} field={props.field} />
    </div>
  );
}

function OrgChoice(props: { chosen: Option | undefined; onPick: (o: Option | undefined) => void; outcome: Outcome; label: string }) {
  return (
    <div class="field">
      {props.chosen ? (
        <p>
          {props.label}: <strong>{props.chosen.label}</strong>{" "}
          <button type="button" class="link" onClick={() => props.onPick(undefined)}>
            change
          </button>
        </p>
      ) : (
        <Picker label={props.label} find={findOrganizations} onPick={props.onPick} placeholder="type a name" />
      )}
      <FieldError outcome={props.outcome} field="organizationId" />
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

export function AddMemberForm({ clusterId, onDone }: { clusterId: string; onDone: () => void }) {
  const [org, setOrg] = useState<Option>();
  const [since, setSince] = useState("");
  const [role, setRole] = useState("");
  const [outcome, setOutcome] = useState<Outcome>({});
  const headingId = useId();
  const submit = (event: Event) => {
    event.preventDefault();
    if (!org) return setOutcome({ error: "Choose an organisation first.", field: "organizationId" });
    void run(
      async () => {
        const data = await mutate(AddMembershipMutation, {
          input: { organizationId: org.id, clusterId, since: since || null, role: role || null },
        });
        return outcomeOf(data.addMembership, `${org.label} is now a member.`);
      },
      setOutcome,
      onDone,
    );
  };
  return (
    <form class="write" aria-labelledby={headingId} onSubmit={submit}>
      <h3 id={headingId}>Add a member</h3>
      <OrgChoice chosen={org} onPick={setOrg} outcome={outcome} label="Organisation" />
      <Field label="Member since" outcome={outcome} field="since">
        <input type="date" value={since} onInput={(e) => setSince(e.currentTarget.value)} />
      </Field>
      <Field label="Role (optional)" outcome={outcome} field="role">
        <input value={role} maxLength={100} onInput={(e) => setRole(e.currentTarget.value)} />
      </Field>
      <button type="submit">Add member</button>
      <FormStatus outcome={outcome} fields={["organizationId", "since", "role"]} />
    </form>
  );
}

export function EndMembershipForm({ clusterId, onDone }: { clusterId: string; onDone: () => void }) {
  const [org, setOrg] = useState<Option>();
  const [until, setUntil] = useState(new Date().toISOString().slice(0, 10));
  const [outcome, setOutcome] = useState<Outcome>({});
  const headingId = useId();
  const submit = (event: Event) => {
    event.preventDefault();
    if (!org) return setOutcome({ error: "Choose an organisation first.", field: "organizationId" });
    void run(
      async () => {
        const data = await mutate(EndMembershipMutation, { input: { organizationId: org.id, clusterId, until } });
        return outcomeOf(data.endMembership, `${org.label}: membership ends on ${until}.`);
      },
      setOutcome,
      onDone,
    );
  };
  return (
    <form class="write" aria-labelledby={headingId} onSubmit={submit}>
      <h3 id={headingId}>End a membership</h3>
      <OrgChoice chosen={org} onPick={setOrg} outcome={outcome} label="Member" />
      <Field label="Last day" outcome={outcome} field="until">
        <input type="date" required value={until} onInput={(e) => setUntil(e.currentTarget.value)} />
      </Field>
      <button type="submit">End membership</button>
      <FormStatus outcome={outcome} fields={["organizationId", "until"]} />
    </form>
  );
}

export function RecordMeasurementForm(props: {
  objectives: { id: string; metric: string | null; unit: string | null }[];
  onDone: () => void;
}) {
  const [objectiveId, setObjectiveId] = useState(props.objectives[0]?.id ?? "");
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10));
  const [value, setValue] = useState("");
  const [note, setNote] = useState("");
  const [outcome, setOutcome] = useState<Outcome>({});
  const headingId = useId();
  const submit = (event: Event) => {
    event.preventDefault();
    const number = Number(value);
    if (value.trim() === "" || !Number.isFinite(number)) {
      return setOutcome({ error: "Enter a number.", field: "value" });
    }
    void run(
      async () => {
        const data = await mutate(RecordMeasurementMutation, {
          input: { objectiveId, date, value: number, note: note || null },
        });
        return outcomeOf(data.recordMeasurement, `Recorded ${number} on ${date}.`);
      },
      setOutcome,
      props.onDone,
    );
  };
  return (
    <form class="write" aria-labelledby={headingId} onSubmit={submit}>
      <h3 id={headingId}>Record a measurement</h3>
      <Field label="Objective" outcome={outcome} field="objectiveId">
        <select value={objectiveId} onChange={(e) => setObjectiveId(e.currentTarget.value)}>
          {props.objectives.map((o) => (
            <option key={o.id} value={o.id}>
              {o.metric ?? o.id}
              {o.unit ? ` (${o.unit})` : ""}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Date" outcome={outcome} field="date">
        <input type="date" required value={date} onInput={(e) => setDate(e.currentTarget.value)} />
      </Field>
      <Field label="Value" outcome={outcome} field="value">
        <input inputMode="decimal" value={value} onInput={(e) => setValue(e.currentTarget.value)} />
      </Field>
      <Field label="Note (optional)" outcome={outcome} field="note">
        <input value={note} maxLength={1000} onInput={(e) => setNote(e.currentTarget.value)} />
      </Field>
      <button type="submit">Record</button>
      <FormStatus outcome={outcome} fields={["objectiveId", "date", "value", "note"]} />
    </form>
  );
}
