/**
 * What `import 'klar-elements/ssr'` loads: the renderer in ./index.js, once `@lit-labs/ssr` (an
 * optional peer dependency) is known to be installed; without it, one line says what to install.
 * The types, with their documentation, come from ./index.js (package.json "exports").
 */
import { importPeer } from '../core/peer.js';

export const { renderToString, cspStyleHashes } = await importPeer('klar-elements/ssr', ['@lit-labs/ssr'], () => import('./index.js'));
