import { useQueryClient } from "@tanstack/react-query";
import type { Contract } from "#shared/contracts/contract.ts";
import { type ContractIssue, issueStepSchema } from "#shared/contracts/issue.ts";
import { stepIssue } from "../../api/contract-management.ts";
import { Button } from "../../components/govuk/index.ts";
import { FormRadios, FormTextarea } from "../../forms/fields.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";

/** The next step on an open issue: share it (its originator), comment, escalate or (a commissioner) decide. */
export function IssueStepForm({
  contract,
  issue,
  role,
}: {
  contract: Contract;
  issue: ContractIssue;
  role: string;
}) {
  const queryClient = useQueryClient();
  const id = `issue-${issue.number}`;
  const originator = issue.originator.role === role;
  const items = [
    ...(issue.status === "raised" && originator
      ? [{ value: "share", text: "Share the report with the other party" }]
      : []),
    { value: "comment", text: "Add a comment" },
    ...(issue.status === "shared" && issue.level !== "executive"
      ? [{ value: "escalate", text: "Escalate to the next level" }]
      : []),
    ...(issue.status === "shared" && role === "commissioner"
      ? [{ value: "decide", text: "Record this level's decision (closes the issue)" }]
      : []),
  ];
  const form = useGovForm({
    schema: issueStepSchema,
    defaultValues: { step: "", text: "" },
    toRequest: (v: { step: string; text: string }) => ({
      step: v.step || undefined,
      ...(v.text.trim() ? { text: v.text } : {}),
      version: issue.version,
    }),
    fields: { step: `#${id}-step`, text: `#${id}-text` },
    resetAfterSubmit: true,
  });
  const onSubmit = form.submit(async (body) => {
    await stepIssue(contract.id, issue.id, body);
    await queryClient.invalidateQueries({ queryKey: ["contracts", contract.id] });
    await queryClient.invalidateQueries({ queryKey: ["contract-issues"] });
  });
  return (
    <GovForm form={form} onSubmit={onSubmit} aria-label={`Next step on issue ${issue.number}`}>
      <FormErrorSummary errors={form.errors} />
      <FormRadios name="step" idPrefix={`${id}-step`} legend="Next step" legendSize="s" small items={items} />
      <FormTextarea
        name="text"
        id={`${id}-text`}
        label="Comment or reasons"
        hint="Not needed to share the report"
        rows={3}
      />
      <Button type="submit" variant="secondary" disabled={form.busy}>
        Record the step
      </Button>
    </GovForm>
  );
}
