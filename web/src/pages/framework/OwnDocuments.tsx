import { useQueryClient } from "@tanstack/react-query";
import type { Attachment } from "#shared/documents/document.ts";
import {
  frameworkDocumentInputSchema,
  frameworkDocumentKinds,
  frameworkDocumentNames,
} from "#shared/framework/documents.ts";
import {
  frameworkDocumentKeys,
  putFrameworkDocument,
  useFrameworkDocuments,
} from "../../api/framework-documents.ts";
import { AttachmentList } from "../../components/documents/AttachmentList.tsx";
import { FileUpload } from "../../components/documents/FileUpload.tsx";
import { Button, InsetText, Table, Tag } from "../../components/govuk/index.ts";
import { settle } from "../../components/page/query-state.tsx";
import { formatDate } from "../../format/format.ts";
import { FormDateInput, FormField, FormRadios } from "../../forms/fields.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { partsToIsoDate } from "../../forms/parse.ts";
import type { DateParts } from "../../components/govuk/fields.ts";
import { useGovForm } from "../../forms/use-gov-form.ts";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";

interface DocumentValues {
  kind: string | undefined;
  expiresOn: DateParts;
  attachments: Attachment[];
}
const fields = ["kind", "expiresOn", "attachment"] as const;

/** A supplier's expiring framework documents, and the form to upload one or its replacement. */
export function OwnDocuments({ organisationId }: { organisationId: string }) {
  const queryClient = useQueryClient();
  const documents = settle(useFrameworkDocuments(organisationId));
  const form = useGovForm({
    schema: frameworkDocumentInputSchema,
    toRequest: ({ kind, expiresOn, attachments }: DocumentValues) => ({
      kind,
      expiresOn: partsToIsoDate(expiresOn) ?? "",
      attachment: attachments[0],
    }),
    defaultValues: { kind: undefined, expiresOn: {}, attachments: [] } as DocumentValues,
    fields,
  });
  const onSubmit = form.submit(async (request) => {
    await putFrameworkDocument(organisationId, request);
    await queryClient.invalidateQueries({ queryKey: frameworkDocumentKeys.own(organisationId) });
    form.form.reset();
  });
  return (
    <>
      <h2 className="govuk-heading-m">Framework documents</h2>
      {!documents.ready ? (
        documents.view
      ) : documents.data[0].items.length === 0 ? (
        <InsetText>You have not uploaded an insurance certificate or safeguarding policy yet.</InsetText>
      ) : (
        <Table
          caption="Your framework documents"
          captionSize="s"
          firstCellIsHeader
          columns={[
            { key: "document", header: "Document" },
            { key: "file", header: "File" },
            { key: "expires", header: "Expires" },
          ]}
          rows={documents.data[0].items.map((d) => ({
            id: d.kind,
            cells: {
              document: frameworkDocumentNames[d.kind],
              file: d.attachment.fileName,
              expires: (
                <>
                  {formatDate(d.expiresOn)} {d.lapsed ? <Tag colour="red">Lapsed</Tag> : null}
                </>
              ),
            },
          }))}
        />
      )}
      <h3 className="govuk-heading-s">Upload a document or its replacement</h3>
      <FormErrorSummary errors={form.errors} />
      <GovForm form={form} onSubmit={onSubmit}>
        <FormRadios
          name="kind"
          legend="Which document is it?"
          items={frameworkDocumentKinds.map((k) => ({ value: k, text: frameworkDocumentNames[k] }))}
        />
        <FormDateInput
          name="expiresOn"
          legend="When does it expire, or is it due for review?"
          hint="For example, 27 3 2027"
        />
        <FormField<Attachment[]>
          name="attachments"
          errorPath="attachment"
          render={({ value, onChange }) => (
            <>
              <AttachmentList
                attachments={value}
                onRemove={() => onChange([])}
                caption="The file to upload"
              />
              <FileUpload
                id="attachment"
                owner={{ type: "framework-document" }}
                label="Upload the file"
                onUploaded={(attachment) => onChange([attachment])}
              />
            </>
          )}
        />
        <Button type="submit">Save the document</Button>
      </GovForm>
    </>
  );
}
