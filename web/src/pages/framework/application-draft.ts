import type { Attachment } from "#shared/documents/document.ts";
import type { ApplicationInput } from "#shared/framework/application.ts";

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

/** A blank application, with the organisation's name filled in when it is known. */
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

/**
 * Where the application's answers are kept in the tab until sent (the form layer's session draft), so a reload
 * of the check-answers page or Back keeps them; by user, so a colleague signing in on the same tab never sees them.
 */
export const applicationDraftKey = (userId: string): string => `framework-application:${userId}`;
