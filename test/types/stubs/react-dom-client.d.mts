// A stand-in for @types/react-dom (not installed here): the one call test/react-app/app.tsx makes.
import type { ReactNode } from 'react';

export interface Root {
  render(children: ReactNode): void;
  unmount(): void;
}
export function createRoot(container: Element | DocumentFragment): Root;
