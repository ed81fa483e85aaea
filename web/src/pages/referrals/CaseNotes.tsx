import { useQueryClient } from "@tanstack/react-query";
import { noteInputSchema } from "#shared/referrals/delivery.ts";
import type { Referral } from "#shared/referrals/referral.ts";
import { addCaseNote, useCaseNotes } from "../../api/referrals.ts";
import { Button } from "../../components/govuk/index.ts";
import { Loading } from "../../components/page/Loading.tsx";
import { formatDateTime } from "../../format/format.ts";
import { FormTextarea } from "../../forms/fields.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";

const fields = { text: "#note-text" };

function AddCaseNote({ referral }: { referral: Referral }) {
  const queryClient = useQueryClient();
  const note = useGovForm({
    schema: noteInputSchema,
    defaultValues: { text: "" },
    fields,
    resetAfterSubmit: true,
  });
  const onSubmit = note.submit(async ({ text }) => {
    await addCaseNote(referral.id, text);
    await queryClient.invalidateQueries({ queryKey: ["referrals", "one", referral.id] });
  });
  return (
    <GovForm form={note} onSubmit={onSubmit} aria-label="Add a case note">
      <FormErrorSummary errors={note.errors} />
      <FormTextarea name="text" id="note-text" label="Add a case note" rows={3} />
      <Button type="submit" variant="secondary" disabled={note.busy}>
        Add case note
      </Button>
    </GovForm>
  );
}

/** Case notes both sides can read and add to. */
export function CaseNotes({ referral }: { referral: Referral }) {
  const notes = useCaseNotes(referral.id);
  return (
    <>
      <h2 className="govuk-heading-m">Case notes</h2>
      {notes.isPending ? (
        <Loading what="case notes" />
      ) : notes.data?.items.length ? (
        <ul className="govuk-list">
          {notes.data.items.map((n) => (
            <li key={n.id} className="govuk-!-margin-bottom-4">
              <p className="govuk-body govuk-!-margin-bottom-1">{n.text}</p>
              <span className="govuk-hint">
                {n.author.name} ({n.author.organisationName}), {formatDateTime(n.at)}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">No case notes yet.</p>
      )}
      {referral.status !== "draft" ? <AddCaseNote referral={referral} /> : null}
    </>
  );
}
