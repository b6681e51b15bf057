// The judge's language ids (fixed by the server's languages.toml) with labels
// and their CodeMirror modes, each loaded only when first used.
import type { Extension } from '@codemirror/state';

export const LANGUAGES = [
  { id: 'python', label: 'Python 3' },
  { id: 'cpp', label: 'C++' },
  { id: 'c', label: 'C' },
  { id: 'java', label: 'Java' },
  { id: 'javascript', label: 'JavaScript (Node.js)' },
  { id: 'go', label: 'Go' },
  { id: 'rust', label: 'Rust' },
  { id: 'bash', label: 'Bash' },
] as const;

export function languageLabel(id: string): string {
  return LANGUAGES.find((l) => l.id === id)?.label ?? id;
}

export async function languageSupport(id: string): Promise<Extension> {
  switch (id) {
    case 'python':
      return (await import('@codemirror/lang-python')).python();
    case 'c':
    case 'cpp':
      return (await import('@codemirror/lang-cpp')).cpp();
    case 'java':
      return (await import('@codemirror/lang-java')).java();
    case 'javascript':
      return (await import('@codemirror/lang-javascript')).javascript();
    case 'go':
      return (await import('@codemirror/lang-go')).go();
    case 'rust':
      return (await import('@codemirror/lang-rust')).rust();
    case 'bash': {
      const [{ StreamLanguage }, { shell }] = await Promise.all([
        import('@codemirror/language'),
        import('@codemirror/legacy-modes/mode/shell'),
      ]);
      return StreamLanguage.define(shell);
    }
    default:
      return [];
  }
}
