// Light/dark theme: follows the system until the user picks one.
import { useSyncExternalStore } from 'react';

export type Theme = 'light' | 'dark';
const KEY = 'codemint.theme';
const listeners = new Set<() => void>();
const media = window.matchMedia('(prefers-color-scheme: dark)');

function current(): Theme {
  const saved = localStorage.getItem(KEY);
  if (saved === 'light' || saved === 'dark') return saved;
  return media.matches ? 'dark' : 'light';
}

function apply() {
  document.documentElement.dataset.theme = current();
  listeners.forEach((l) => l());
}
media.addEventListener('change', apply);
apply();

export function toggleTheme() {
  localStorage.setItem(KEY, current() === 'dark' ? 'light' : 'dark');
  apply();
}

export function useTheme(): Theme {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    current,
  );
}
