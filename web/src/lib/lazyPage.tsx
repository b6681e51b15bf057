// Code-split components without <Suspense>: React 19 holds a suspended
// boundary's content back for up to 300 ms ("fallback throttling"), which on a
// room page added that twice before the editor appeared. This loads the chunk
// in an effect and renders it the moment it arrives.
import { useEffect, useState, type ComponentType } from 'react';

export function lazyComponent<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  fallback: React.ReactNode,
): ComponentType<P> & { preload: () => Promise<unknown> } {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (pending ??= load().then((m) => {
      loaded = m.default;
      return m.default;
    }));
  function Lazy(props: P) {
    const [Comp, setComp] = useState<ComponentType<P> | null>(() => loaded);
    const [error, setError] = useState<unknown>(null);
    useEffect(() => {
      if (Comp) return;
      let live = true;
      preload().then(
        (c) => live && setComp(() => c),
        (e: unknown) => live && setError(e),
      );
      return () => {
        live = false;
      };
    }, [Comp]);
    if (error) throw error instanceof Error ? error : new Error('could not load this page; reload to try again');
    return Comp ? <Comp {...props} /> : <>{fallback}</>;
  }
  return Object.assign(Lazy, { preload });
}
