import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type NestedStack, Stage } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { logicalId, type Synthesised } from "./portal-template.ts";

/** A resource's properties as `Template.findResources` gives them (loosely typed, as template JSON is). */
type TemplateProperties = ReturnType<Template["findResources"]>[string]["Properties"];

/** A nested stack's template, with the values its parent passes to each of its parameters. */
export interface NestedTemplate {
  stack: NestedStack;
  template: Template;
  /** Parameter name → the parent template's value for it (a Ref or GetAtt of a parent resource). */
  parameters: Record<string, unknown>;
}

/** Every per-context nested stack of the portal, read from the synthesised cloud assembly. */
export const nestedTemplates = (portal: Synthesised): NestedTemplate[] => {
  const assembly = Stage.of(portal.stack)!.synth();
  const stacks = portal.template.findResources("AWS::CloudFormation::Stack");
  return portal.stack.api.contexts.all().map((stack) => ({
    stack,
    template: Template.fromJSON(
      JSON.parse(readFileSync(join(assembly.directory, stack.templateFile), "utf8")) as Record<
        string,
        unknown
      >,
    ),
    parameters: stacks[logicalId(stack.nestedStackResource!)]?.Properties.Parameters ?? {},
  }));
};

/**
 * A nested template's value with each `{ Ref: <parameter> }` replaced by what the parent passes in, so
 * a test can compare it with the parent's own logical ids.
 */
export const resolveParameters = (nested: NestedTemplate, value: unknown): unknown => {
  if (Array.isArray(value)) return value.map((each) => resolveParameters(nested, each));
  if (value && typeof value === "object") {
    const ref = (value as { Ref?: unknown }).Ref;
    if (typeof ref === "string" && ref in nested.parameters) return nested.parameters[ref];
    return Object.fromEntries(
      Object.entries(value).map(([key, each]) => [key, resolveParameters(nested, each)]),
    );
  }
  return value;
};

/** The resources of a type across the nested templates, with parameters resolved and their stack. */
export const nestedResources = (
  nested: NestedTemplate[],
  type: string,
): Array<{ id: string; properties: TemplateProperties; in: NestedTemplate }> =>
  nested.flatMap((each) =>
    Object.entries(each.template.findResources(type)).map(([id, resource]) => ({
      id,
      properties: resolveParameters(each, resource.Properties) as TemplateProperties,
      in: each,
    })),
  );
