import { type CfnElement, DefaultStackSynthesizer, Stack, Token } from "aws-cdk-lib";
import type { IConstruct } from "constructs";

// cdk-nag 3 acknowledges findings one by one, by their exact text. These helpers compute that text
// from the real stack, so an acknowledgement follows a logical id or an account instead of going stale.

/** How cdk-nag names a resource attribute inside a finding: `<LogicalId.Arn>`. */
export const nagRef = (resource: IConstruct, attribute = "Arn"): string => {
  const element = (resource.node.defaultChild ?? resource) as CfnElement;
  return `<${Stack.of(resource).resolve(element.logicalId)}.${attribute}>`;
};

/** The objects of the CDK bootstrap assets bucket as cdk-nag prints them: concrete account/region or `<AWS::…>`. */
export const nagBootstrapAssetObjects = (stack: Stack): string => {
  const synthesizer = stack.synthesizer;
  const qualifier =
    (synthesizer instanceof DefaultStackSynthesizer ? synthesizer.bootstrapQualifier : undefined) ??
    DefaultStackSynthesizer.DEFAULT_QUALIFIER;
  const account = Token.isUnresolved(stack.account) ? "<AWS::AccountId>" : stack.account;
  const region = Token.isUnresolved(stack.region) ? "<AWS::Region>" : stack.region;
  return `arn:<AWS::Partition>:s3:::cdk-${qualifier}-assets-${account}-${region}/*`;
};
