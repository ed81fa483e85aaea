import "../../styles/documents.scss";
import { useState } from "react";
import type { Attachment } from "#shared/documents/document.ts";
import { downloadDocument } from "../../api/documents.ts";
import { ErrorMessage } from "../govuk/ErrorMessage.tsx";
import { ScrollableTable } from "../govuk/ScrollableTable.tsx";
import { formatFileSize } from "./file-size.ts";

/**
 * The files attached to a record, each downloadable through a one-minute link from `downloadPath` (not
 * yet when the record itself is still being written); with `onRemove`, each can be taken off the record.
 * Once the record is submitted each file shows the SHA-256 it was sealed with, so the sender and the
 * readers can both prove which bytes were submitted.
 */
export function AttachmentList({
  attachments,
  downloadPath,
  onRemove,
  caption = "Supporting documents",
}: {
  attachments: Attachment[];
  downloadPath?: (documentId: string) => string;
  onRemove?: (documentId: string) => void;
  caption?: string;
}) {
  const [error, setError] = useState<string | undefined>();
  const sealed = attachments.some((a) => a.sha256);
  if (attachments.length === 0) return <p className="govuk-body">No documents attached.</p>;
  const download = (path: string) =>
    void downloadDocument(path).catch(() => setError("The document could not be downloaded. Try again."));
  return (
    <>
      {error ? <ErrorMessage id="attachments-error">{error}</ErrorMessage> : null}
      <ScrollableTable label={caption}>
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                File
              </th>
              <th scope="col" className="govuk-table__header">
                Size
              </th>
              {sealed ? (
                <th scope="col" className="govuk-table__header">
                  SHA-256 when submitted
                </th>
              ) : null}
              {onRemove ? (
                <th scope="col" className="govuk-table__header">
                  <span className="govuk-visually-hidden">Action</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {attachments.map((a) => (
              <tr className="govuk-table__row" key={a.documentId}>
                <td className="govuk-table__cell">
                  {downloadPath ? (
                    <button
                      type="button"
                      className="app-link-button govuk-link"
                      onClick={() => download(downloadPath(a.documentId))}
                    >
                      {a.fileName}
                      <span className="govuk-visually-hidden"> (download)</span>
                    </button>
                  ) : (
                    a.fileName
                  )}
                </td>
                <td className="govuk-table__cell">{formatFileSize(a.size)}</td>
                {sealed ? (
                  <td className="govuk-table__cell">
                    {a.sha256 ? (
                      <code className="app-sha256" data-testid={`sha256-${a.documentId}`}>
                        {a.sha256}
                      </code>
                    ) : (
                      "Not submitted yet"
                    )}
                  </td>
                ) : null}
                {onRemove ? (
                  <td className="govuk-table__cell">
                    <button
                      type="button"
                      className="app-link-button govuk-link"
                      onClick={() => onRemove(a.documentId)}
                    >
                      Remove<span className="govuk-visually-hidden"> {a.fileName}</span>
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollableTable>
    </>
  );
}
