// The background will host the warm scorer (classifier) for the content scripts.
// In this release the extension only exposes the popup; scoring in pages comes
// with the site adapters.
export default defineBackground(() => {});
