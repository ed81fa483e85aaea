import "../../styles/documents.scss";
import "../../styles/forms.scss";
import { useState } from "react";
import type { Attachment, DocumentOwner } from "#shared/documents/document.ts";
import { ApiError } from "../../api/api-error.ts";
import { fileProblem, uploadDocument } from "../../api/documents.ts";
import { Button } from "../govuk/index.ts";
import { Field } from "../govuk/Field.tsx";
import { LiveStatus } from "../page/LiveStatus.tsx";

/** What the status region says while uploading: in quarter steps, so a screen reader is not flooded. */
const progressStatus = (fileName: string | undefined, percent: number) =>
  `Uploading ${fileName ?? "the file"}: ${Math.floor(percent / 25) * 25}% uploaded`;

/**
 * A GOV.UK file upload that sends the chosen file straight to S3, with a progress bar, and hands the
 * uploaded file back as an attachment for the page to save on its record.
 */
export function FileUpload({
  id,
  owner,
  label,
  onUploaded,
}: {
  id: string;
  owner: DocumentOwner;
  label: string;
  onUploaded: (attachment: Attachment) => Promise<void> | void;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [uploaded, setUploaded] = useState("");
  const busy = progress !== null;

  const upload = async () => {
    if (!file) {
      setError("Select a file");
      return;
    }
    const problem = fileProblem(file);
    if (problem) {
      setError(problem);
      return;
    }
    setError(undefined);
    setUploaded("");
    setProgress(0);
    try {
      const attachment = await uploadDocument(owner, file, setProgress);
      await onUploaded(attachment);
      setUploaded(`${file.name} uploaded`);
      setFile(null);
    } catch (caught) {
      // A refused file (its name or bytes not its type) is explained field by field: show that message.
      const [fieldMessage] = caught instanceof ApiError ? Object.values(caught.fieldErrors) : [];
      const detail = caught instanceof ApiError ? caught.detail : undefined;
      setError(
        fieldMessage ??
          detail ??
          (caught instanceof Error ? caught.message : "The file could not be uploaded. Try again."),
      );
    } finally {
      setProgress(null);
    }
  };

  return (
    <div className="app-file-upload">
      <Field
        id={id}
        label={label}
        labelClassName="govuk-label--s"
        hint="PDF, DOCX, ODT, XLSX, CSV, PNG or JPEG, smaller than 20 MB"
        error={error}
      >
        {({ hintId, errorId }) => (
          <input
            className={`govuk-file-upload${error ? " govuk-file-upload--error" : ""}`}
            id={id}
            name={id}
            type="file"
            accept=".pdf,.docx,.odt,.xlsx,.csv,.png,.jpg,.jpeg"
            aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
            disabled={busy}
            // A new choice clears the old error; the file input cannot be controlled.
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setError(undefined);
            }}
          />
        )}
      </Field>
      {busy ? (
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor={`${id}-progress`}>
            Uploading {file?.name}
          </label>
          <progress id={`${id}-progress`} className="app-progress" max={100} value={progress ?? 0}>
            {progress}%
          </progress>
          <p className="govuk-body govuk-!-margin-bottom-0">{progress}% uploaded</p>
        </div>
      ) : null}
      <LiveStatus>{busy ? progressStatus(file?.name, progress) : uploaded}</LiveStatus>
      <Button variant="secondary" onClick={() => void upload()} disabled={busy}>
        Upload file
      </Button>
    </div>
  );
}
