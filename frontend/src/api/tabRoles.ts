/**
 * GraphiQL's tabs are `li role="tab"` elements holding two buttons (select,
 * close): interactive controls nested in an interactive role, which screen
 * readers announce badly (axe: nested-interactive). Until GraphiQL changes
 * that, the tab strip is presented as what it is, a list of buttons: the
 * tablist/tab roles are dropped and the active tab's button says it is the
 * current one. Returns the observer's disconnect.
 */
export function plainTabButtons(root: HTMLElement): () => void {
  const fix = () => {
    root.querySelectorAll("[role='tablist']").forEach((list) => list.removeAttribute("role"));
    root.querySelectorAll(".graphiql-tab").forEach((tab) => {
      if (tab.hasAttribute("role")) tab.removeAttribute("role");
      if (tab.hasAttribute("aria-selected")) tab.removeAttribute("aria-selected");
      const button = tab.querySelector(".graphiql-tab-button");
      if (tab.classList.contains("graphiql-tab-active")) button?.setAttribute("aria-current", "true");
      else button?.removeAttribute("aria-current");
    });
  };
  fix();
  const observer = new MutationObserver(fix);
  observer.observe(root, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ["role", "aria-selected", "class"],
  });
  return () => observer.disconnect();
}
