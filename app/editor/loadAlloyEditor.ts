/** The Alloy editor's module (and with it Monaco), imported once. */
type EditorModule = typeof import('./AlloyEditor');

let loading: Promise<EditorModule> | null = null;
let loaded: EditorModule | null = null;

export function loadAlloyEditor(): Promise<EditorModule> {
  loading ??= import('./AlloyEditor').then((module) => (loaded = module));
  return loading;
}

/** The editor module, if it has loaded already. */
export function loadedAlloyEditor(): EditorModule | null {
  return loaded;
}
