/**
 * Loads the part of an entry that needs an optional peer dependency, and turns Node's bare
 * "Cannot find package" into one line that says what to install. `klar-elements/ssr` needs
 * `@lit-labs/ssr` and `klar-elements/react` needs `@lit/react` and `react`; library users who
 * use neither should not have to install them, so they are optional peers
 * (https://docs.npmjs.com/cli/configuring-npm/package-json#peerdependenciesmeta).
 *
 * Node links every static import before running any code, so the check only works around a
 * dynamic import: `load` imports the module that imports the peer.
 */
export async function importPeer<T>(entry: string, peers: readonly string[], load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
    // "Cannot find package '@lit-labs/ssr' imported from …" (Node's ESM resolver).
    if (code === 'ERR_MODULE_NOT_FOUND' && peers.some((p) => String(message).includes(`'${p}'`))) {
      throw Object.assign(new Error(`${entry} needs ${peers.join(' and ')}: npm install ${peers.join(' ')}`, { cause: error }), { code });
    }
    throw error;
  }
}
