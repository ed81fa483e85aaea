import { type ComponentType, lazy, Suspense } from "react";
import { Loading } from "../components/page/Loading.tsx";

/**
 * A page loaded when its route is first visited, so a role's first page does not wait for the code of
 * every other page (issue 15: the first page under 120 KB). `load` is a dynamic `import()` of the
 * page's module — one chunk per page module, shared code split out by the bundler — and `name` the
 * page component it exports. While the chunk is on its way the page says so, as a page loading its
 * data does.
 */
export function lazyPage<M extends Record<string, unknown>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): ComponentType<M[K] extends ComponentType<infer P> ? P : never> {
  const Page = lazy(async () => ({ default: (await load())[name] as ComponentType<object> }));
  function LazyPage(props: object) {
    return (
      <Suspense fallback={<Loading />}>
        <Page {...props} />
      </Suspense>
    );
  }
  LazyPage.displayName = `Lazy(${name})`;
  return LazyPage as ComponentType<M[K] extends ComponentType<infer P> ? P : never>;
}
