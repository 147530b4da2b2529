import { Component, type ErrorInfo, type ReactNode } from 'react';

/** Props of {@link ErrorBoundary}. */
export interface ErrorBoundaryProps {
  /** Short notice shown instead of the failed panel (from the language pack). */
  notice: string;
  children: ReactNode;
}

interface State {
  failed: boolean;
}

/**
 * One per panel (map, each graphic): a failure inside leaves the narrative readable and shows a short notice
 * instead of the panel. The error is logged once as a warning, so it can be found without alarming readers.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn('Panel failed:', error.message, info.componentStack?.split('\n')[1]?.trim() ?? '');
  }

  override render(): ReactNode {
    if (this.state.failed) {
      return (
        <p className="panel-error" role="status">
          {this.props.notice}
        </p>
      );
    }
    return this.props.children;
  }
}
