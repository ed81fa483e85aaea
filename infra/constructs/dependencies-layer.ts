import { cpSync } from "node:fs";
import { join } from "node:path";
import { AssetHashType, DockerImage, Stack } from "aws-cdk-lib";
import { Architecture, Code, LayerVersion, Runtime } from "aws-cdk-lib/aws-lambda";
import type { Construct } from "constructs";
import { layerHash, layerPackagePaths } from "../bundling/function-bundling.ts";
import { projectRoot } from "../project-root.ts";

// Types and maps are not needed at run time and are most of the packages' size.
const runtimeFile = (path: string) => !/(\/dist-types(\/|$)|\.d\.ts$|\.map$)/.test(path);

/**
 * The AWS SDK packages the functions import, copied at synth from this checkout's node_modules (the
 * versions package-lock.json pins and the tests ran) into `nodejs/node_modules`. Lambda's Node 18+
 * runtimes resolve ES module imports through NODE_PATH, which lists /opt/nodejs/node_modules ahead of
 * the runtime's own SDK, so a bundle's `import "@aws-sdk/…"` finds these (ADR 0013).
 */
export class DependenciesLayer extends LayerVersion {
  /** The stack's one layer, created on first use. */
  static of(scope: Construct): DependenciesLayer {
    const stack = Stack.of(scope);
    return (
      (stack.node.tryFindChild("DependenciesLayer") as DependenciesLayer | undefined) ??
      new DependenciesLayer(stack, "DependenciesLayer")
    );
  }

  private constructor(scope: Construct, id: string) {
    const paths = layerPackagePaths();
    super(scope, id, {
      description: "AWS SDK for the portal's functions, at the versions in package-lock.json",
      compatibleRuntimes: [Runtime.NODEJS_24_X],
      compatibleArchitectures: [Architecture.ARM_64],
      // The source directory is only nominal: the hash is the locked versions, so synth need not read node_modules.
      code: Code.fromAsset(join(projectRoot, "infra", "bundling"), {
        assetHashType: AssetHashType.CUSTOM,
        assetHash: layerHash(paths),
        bundling: {
          image: DockerImage.fromRegistry("not-used-bundled-locally"),
          local: {
            tryBundle(outputDir) {
              for (const path of paths) {
                cpSync(join(projectRoot, path), join(outputDir, "nodejs", path), {
                  recursive: true,
                  // Nested node_modules are packages of their own in `paths`.
                  filter: (source) =>
                    runtimeFile(source) &&
                    !source.slice(join(projectRoot, path).length).includes("node_modules"),
                });
              }
              return true;
            },
          },
        },
      }),
    });
  }
}
