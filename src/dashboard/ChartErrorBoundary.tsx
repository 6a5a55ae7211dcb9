import type { ReactNode } from 'react';
import { Component } from 'react';

interface Props {
  readonly children: ReactNode;
  /** Shown in place of the chart when it fails: the card's table stays available. */
  readonly fallback: ReactNode;
  /** Changes when the chart's inputs change, so a new view gets a fresh try. */
  readonly resetKey: string;
}

interface State {
  readonly failed: boolean;
  readonly key: string;
}

/** Keeps one chart's failure inside its card: every other chart keeps working. */
export class ChartErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, key: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { failed: false, key: props.resetKey } : null;
  }

  override componentDidCatch(error: unknown): void {
    // Logged for whoever maintains the site; the reader sees the fallback.
    console.warn('A chart failed to draw:', error);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
