/*
 * The site's own script over TypeDoc's theme. The theme puts links inside the summaries that open a
 * menu entry's members or a group of the index (a module's link, a heading's permalink): an
 * interactive control inside another, which screen readers and keyboards handle badly (axe-core:
 * nested-interactive). Each such link becomes the text it shows; a click on it still opens its page,
 * and on the summary — which keyboard users reach — Enter with Ctrl or ⌘ does.
 */
(() => {
  const fix = (root) => {
    for (const link of root.querySelectorAll('summary a[href]')) {
      const summary = link.closest('summary');
      const href = link.href;
      const text = document.createElement('span');
      text.className = link.className;
      text.append(...link.childNodes);
      text.addEventListener('click', (event) => {
        event.preventDefault();
        location.assign(href);
      });
      link.replaceWith(text);
      summary.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) location.assign(href);
      });
    }
  };
  const start = () => {
    fix(document);
    new MutationObserver(() => fix(document)).observe(document.body, {
      childList: true,
      subtree: true,
    });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
