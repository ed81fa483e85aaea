import type { Attachment } from "#shared/documents/document.ts";
import type { ApplicationInput } from "#shared/framework/application.ts";
import type { FieldError } from "#shared/http/problem.ts";
import { sessionStore } from "../../auth/session-store.ts";

/** The apply form as typed, before it becomes an application. */
export interface ApplicationFormValues {
  organisationName: string;
  legalForm: string;
  registrationNumber: string;
  size: string;
  vcse: "" | "yes" | "no";
  needAreaIds: string[];
  regionIds: string[];
  safeguardingDeclaration: boolean;
  dataProtectionDeclaration: boolean;
  /** Uploaded already; sent with the application. */
  attachments: Attachment[];
}

export const emptyApplication = (organisationName = ""): ApplicationFormValues => ({
  organisationName,
  legalForm: "",
  registrationNumber: "",
  size: "",
  vcse: "",
  needAreaIds: [],
  regionIds: [],
  safeguardingDeclaration: false,
  dataProtectionDeclaration: false,
  attachments: [],
});

/** The form's values as the API's input (checked with the API's own schema before sending). */
export function toApplicationInput(values: ApplicationFormValues): Record<keyof ApplicationInput, unknown> {
  return {
    organisationName: values.organisationName,
    legalForm: values.legalForm,
    registrationNumber: values.registrationNumber.replace(/\s/g, ""),
    size: values.size === "" ? undefined : values.size,
    vcse: values.vcse === "" ? undefined : values.vcse === "yes",
    needAreaIds: values.needAreaIds,
    regionIds: values.regionIds,
    safeguardingDeclaration: values.safeguardingDeclaration,
    dataProtectionDeclaration: values.dataProtectionDeclaration,
    attachments: values.attachments,
  };
}

interface Draft {
  values: ApplicationFormValues;
  /** Errors the API found when the application was sent, to show on the form. */
  serverErrors?: FieldError[];
}

// Kept in memory between the form and the check-your-answers page, and forgotten when the session changes.
let draft: Draft | null = null;
sessionStore.subscribe(() => {
  draft = null;
});

export const applicationDraft = {
  get: (): Draft | null => draft,
  set: (next: Draft): void => {
    draft = next;
  },
  clear: (): void => {
    draft = null;
  },
};
