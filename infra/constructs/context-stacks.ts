import { NestedStack, Stack } from "aws-cdk-lib";
import { Construct } from "constructs";

/** A construct id from a context name: `contracts-changes` → `ContractsChanges`. */
const idOf = (context: string) =>
  context.replace(/(^|[^a-zA-Z0-9])([a-zA-Z0-9])/g, (_m, _s, c: string) => c.toUpperCase());

/**
 * One CloudFormation nested stack per bounded context, holding what grows with the route table: the
 * context's API routes and, through them, its integrations and invoke permissions, and its alarms (ADR
 * 0007, session 7 update). The parent stack then costs one resource per context however many routes a context has,
 * and each nested stack holds one context's routes, far from CloudFormation's 500-resource limit.
 */
export class ContextStacks extends Construct {
  private readonly stacks = new Map<string, NestedStack>();

  /** The nested stack of a bounded context, created the first time the context asks for it. */
  of(context: string): NestedStack {
    let stack = this.stacks.get(context);
    if (!stack) {
      stack = new NestedStack(this, idOf(context), {
        description: `${Stack.of(this).stackName}: the ${context} context's API routes and alarms`,
      });
      this.stacks.set(context, stack);
    }
    return stack;
  }

  /** Every context's nested stack, in the order they were created (tests and cdk-nag walk them all). */
  all(): NestedStack[] {
    return [...this.stacks.values()];
  }
}
