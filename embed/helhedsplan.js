// helhedsplan.js — the one script a portal includes:
//   <script type="module" src="/path/to/helhedsplan.js"></script>
// It loads the editor's wasm from the same folder and defines <helhedsplan-editor>.
// See docs/embedding.md for the element's attributes, properties, methods and events.
//
// The folder holds two builds of the editor (one wasm module cannot be split): the editor
// itself, next to this file, and the same editor with co-authoring (cargo feature `collab`)
// in collab/. A page gets collab/ only when it asks for co-authoring, so a portal without
// it downloads nothing more. The choice is made once, when this script runs (the page is
// parsed by then: module scripts are deferred); one page has one build, and the collab build
// also runs the page's editors that have no `collab-url`.

const TAG = 'helhedsplan-editor';
// Shared by every copy of this script on the page (`helhedsplan.js` and
// `helhedsplan.js?collab` are two modules): the build the first copy chose.
const CHOSEN = Symbol.for('helhedsplan-editor.build');

/** `collab` when this script was included as `helhedsplan.js?collab` (a page that creates
 * its editors later, e.g. with a framework) or an editor on the page has `collab-url`. */
function wantedBuild() {
  const asked = new URL(import.meta.url).searchParams.has('collab');
  return asked || document.querySelector(`${TAG}[collab-url]`) !== null ? 'collab' : 'plain';
}

/** Loads one build: its JS glue, then its wasm from the same folder. */
async function load(build) {
  const glue = new URL(build === 'collab' ? 'collab/helhedsplan-web.js' : 'helhedsplan-web.js', import.meta.url);
  const { default: init } = await import(glue.href);
  // The wasm file sits next to its glue, wherever the portal serves the folder from.
  await init({ module_or_path: new URL('helhedsplan-web_bg.wasm', glue) });
}

const wanted = wantedBuild();
if (globalThis[CHOSEN] === undefined && !customElements.get(TAG)) {
  globalThis[CHOSEN] = { build: wanted, loaded: load(wanted) };
}
const chosen = globalThis[CHOSEN];
if (wanted === 'collab' && chosen?.build !== 'collab') {
  // A build cannot be swapped once <helhedsplan-editor> is defined.
  console.error(
    'helhedsplan: <helhedsplan-editor> was already loaded without co-authoring, so collab-url ' +
      'has no effect on this page. Include helhedsplan.js?collab before any editor is created ' +
      '(docs/embedding.md, "Co-authoring: the second build").',
  );
}
// Like a static import: importing this script resolves once the element is defined.
await chosen?.loaded;
