import { Component, type ErrorInfo, type ReactNode } from "react";

interface Props {
  /** What to show instead of what failed: the service problem page, never the error itself. */
  fallback: ReactNode;
  /** The path: moving to another page tries again. */
  resetKey?: string;
  children: ReactNode;
}

interface State {
  failed: boolean;
  resetKey: string | undefined;
}

/**
 * Catches a page (or the layout) that throws while rendering. The router used to do this with
 * `errorElement`, which only its data mode has; that mode costs about 15 KB (gzipped) on every first
 * page for loaders and actions the portal does not use (ADR 0021).
 */
export class PageErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { failed: false, resetKey: props.resetKey };
  }

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // For whoever is debugging; the person sees the service problem page.
    console.error("A page failed to render", error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
