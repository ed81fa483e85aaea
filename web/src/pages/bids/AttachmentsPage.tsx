import { useState } from "react";
import type { Attachment } from "#shared/documents/document.ts";
import { AttachmentList } from "../../components/documents/AttachmentList.tsx";
import { FileUpload } from "../../components/documents/FileUpload.tsx";
import { BackLink, ButtonLink, NotificationBanner } from "../../components/govuk/index.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { useFormErrors } from "../../forms/form-errors.ts";
import { bidDocumentPath, bidPath } from "./bid-sections.ts";
import { Closed } from "./OfferPage.tsx";
import { type BidPageData, useSaveBid, WithBid } from "./with-bid.tsx";

const title = "Supporting documents";

function AttachmentsForm({ opportunity, bid }: BidPageData) {
  const save = useSaveBid(opportunity.id);
  const { errors, showError } = useFormErrors({});
  const [flash, setFlash] = useState<string | undefined>();
  const attachments = bid?.content.attachments ?? [];

  // Each upload or removal is saved on the bid at once, so nothing uploaded is lost if the page is left.
  const attach = async (attachment: Attachment) => {
    await save(bid, (content) => ({ ...content, attachments: [...content.attachments, attachment] }));
    setFlash(`${attachment.fileName} has been uploaded`);
  };
  const remove = (documentId: string) => {
    const removed = attachments.find((a) => a.documentId === documentId);
    save(bid, (content) => ({
      ...content,
      attachments: content.attachments.filter((a) => a.documentId !== documentId),
    }))
      .then(() => setFlash(`${removed?.fileName ?? "The document"} has been removed`))
      .catch(showError);
  };

  return (
    <>
      <BackLink href={bidPath(opportunity.id)} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {flash ? <NotificationBanner type="success" heading={flash} /> : null}
          <FormErrorSummary errors={errors} />
          <PageHeading caption={opportunity.title}>{title}</PageHeading>
          <p className="govuk-body">
            Attach any policies, accreditations or evidence that support your answers. You can attach up to 20
            files.
          </p>
          <AttachmentList
            attachments={attachments}
            downloadPath={(documentId) =>
              bidDocumentPath(opportunity.id, bid?.organisationId ?? "", documentId)
            }
            onRemove={remove}
            caption="Attached to your bid"
          />
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
