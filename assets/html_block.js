/* The HtmlBlock component (dashboard/components/html_block.py): a <div> whose content is one
 * HTML string built and escaped by the server. React sets innerHTML only when the string
 * changed; the Dash renderer has no components inside to track. */
(function () {
    const React = window.React;
    function HtmlBlock(props) {
        const attrs = {id: props.id, className: props.className, role: props.role,
                       hidden: props.hidden || undefined,
                       dangerouslySetInnerHTML: {__html: props.html || ""}};
        Object.keys(props).forEach(function (key) {
            if (key.startsWith("aria-") || key.startsWith("data-")) { attrs[key] = props[key]; }
        });
        return React.createElement("div", attrs);
    }
    // equal when every prop but the functions Dash passes (setProps) is the same
    const same = function (a, b) {
        const keys = Object.keys(a).concat(Object.keys(b));
        return keys.every(function (k) { return typeof a[k] === "function" || a[k] === b[k]; });
    };
    /* DocumentTitle: the browser tab's title follows the `title` prop while the component is
     * on the page (Dash Pages writes the page's fixed title after the page is rendered: it
     * is written back) */
    function DocumentTitle(props) {
        const title = props.title;
        React.useEffect(function () {
            if (!title) { return undefined; }
            const keep = function () { if (document.title !== title) { document.title = title; } };
            keep();
            const observer = new MutationObserver(keep);
            observer.observe(document.head, {childList: true, subtree: true, characterData: true});
            return function () { observer.disconnect(); };
        }, [title]);
        return null;
    }
    window.dashboard_html = Object.assign({}, window.dashboard_html,
                                          {HtmlBlock: React.memo(HtmlBlock, same),
                                           DocumentTitle: DocumentTitle});
})();

/* Links in an HtmlBlock that were dcc.Link components (data-dash-link, written by
 * html_block.to_html) move within the app as dcc.Link does: no page load. */
document.addEventListener("click", function (event) {
    const link = event.target.closest && event.target.closest("a[data-dash-link]");
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey ||
        event.shiftKey || event.altKey || event.ctrlKey) { return; }
    const target = link.getAttribute("target");
    if (target && target !== "_self") { return; }
    event.preventDefault();
    if (link.getAttribute("data-dash-link") === "reload") {
        window.location = link.href;
        return;
    }
    window.history.pushState({}, "", link.getAttribute("href"));
    window.dispatchEvent(new CustomEvent("_dashprivate_pushstate"));
    window.scrollTo(0, 0);
});
