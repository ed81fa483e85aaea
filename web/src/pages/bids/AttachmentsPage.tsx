import { useMemo, useState } from "react";
import { saveBidSchema } from "#shared/bids/bid.ts";
import type { Attachment } from "#shared/documents/document.ts";
import { AttachmentList } from "../../components/documents/AttachmentList.tsx";
import { FileUpload } from "../../components/documents/FileUpload.tsx";
import { ButtonLink, NotificationBanner } from "../../components/govuk/index.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { FormField } from "../../forms/fields.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";
import { saveBidRequest } from "./bid-request.ts";
import { bidDocumentPath, bidPath } from "./bid-sections.ts";
import { Closed } from "./Closed.tsx";
import { type BidPageData, useSaveBid, WithBid } from "./with-bid.tsx";

const title = "Supporting documents";
const links = { "content.attachments": "#document" };

interface AttachmentValues {
  attachments: Attachment[];
}

function AttachmentsForm({ opportunity, bid }: BidPageData) {
  const save = useSaveBid(opportunity.id);
  const [flash, setFlash] = useState<string | undefined>();
  // The list is the form's one field; each upload or removal sends it at once (the file itself went up on
  // its own call), so nothing uploaded is lost if the page is left.
  const form = useGovForm({
    schema: saveBidSchema,
    defaultValues: { attachments: bid?.content.attachments ?? [] } as AttachmentValues,
    toRequest: useMemo(
      () =>
        ({ attachments }: AttachmentValues) =>
          saveBidRequest(bid, (content) => ({ ...content, attachments })),
      [bid],
    ),
    fields: links,
  });
  const send = async (attachments: Attachment[], done: string) => {
    const previous = form.form.getValues("attachments");
    let saved = false;
    form.form.setValue("attachments", attachments);
    await form.submit(async (request) => {
      await save(request);
      saved = true;
      setFlash(done);
    })();
    // Refused: the list goes back to what the bid still holds, and the summary says why.
    if (!saved) form.form.setValue("attachments", previous);
  };
  const attachments = form.form.watch("attachments");
  const attach = (attachment: Attachment) =>
    send([...attachments, attachment], `${attachment.fileName} has been uploaded`);
  const remove = (documentId: string) => {
    const removed = attachments.find((a) => a.documentId === documentId);
    void send(
      attachments.filter((a) => a.documentId !== documentId),
      `${removed?.fileName ?? "The document"} has been removed`,
    );
  };

  return (
    <>
      <BackLink href={bidPath(opportunity.id)} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {flash ? <NotificationBanner type="success" heading={flash} /> : null}
          <FormErrorSummary errors={form.errors} />
          <PageHeading caption={opportunity.title}>{title}</PageHeading>
          <p className="govuk-body">
            Attach any policies, accreditations or evidence that support your answers. You can attach up to 20
            files.
          </p>
          <GovForm form={form} onSubmit={async () => {}}>
            <FormField<Attachment[]>
              name="attachments"
              errorPath="content.attachments"
              render={({ value }) => (
                <AttachmentList
                  attachments={value}
                  downloadPath={(documentId) =>
                    bidDocumentPath(opportunity.id, bid?.organisationId ?? "", documentId)
                  }
                  onRemove={remove}
                  caption="Attached to your bid"
                />
              )}
            />
          </GovForm>
          {attachments.length < 20 ? (
            <FileUpload
              id="document"
              owner={{ type: "bid", opportunityId: opportunity.id }}
              label="Upload a file"
              onUploaded={attach}
            />
          ) : null}
          <ButtonLink href={bidPath(opportunity.id)}>Return to your bid</ButtonLink>
        </div>
      </div>
    </>
  );
}

/** `/opportunities/:opportunityId/bid/attachments`: upload, download and remove the bid's documents. */
export function AttachmentsPage() {
  return (
    <WithBid
      title={title}
      render={(data) =>
        data.opportunity.status === "open" ? <AttachmentsForm {...data} /> : <Closed {...data} />
      }
    />
  );
}
