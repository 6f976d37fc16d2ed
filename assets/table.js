/* One click listener for the sortable HTML tables: sort buttons (data-sort) and area names
 * (data-select) report to the store named by the enclosing element's data-click-store (the
 * main view's table: `home-table-click`), which a server callback reads.
 *
 * A table is re-rendered after every change (one HTML string), which replaces the button
 * the user pressed: its focus would fall back to the page. So the pressed button is
 * remembered, and when the table is rebuilt while the focus is lost, the button with the
 * same data attribute in the same table gets it back (keyboard users keep their place). */
(function () {
    const DEFAULT_STORE = "home-table-click";
    let pending = null;  // {attr, value, store, until}

    function frameOf(store) {
        return store === DEFAULT_STORE
            ? document.getElementById("home-table")
            : document.querySelector("[data-click-store=\"" + CSS.escape(store) + "\"]");
    }

    document.addEventListener("click", function (event) {
        const button = event.target.closest("[data-sort], [data-select]");
        if (!button || !window.dash_clientside || !window.dash_clientside.set_props) { return; }
        const frame = button.closest("[data-click-store]");
        const store = frame ? frame.getAttribute("data-click-store") : DEFAULT_STORE;
        const attr = button.hasAttribute("data-sort") ? "data-sort" : "data-select";
        const value = button.getAttribute(attr);
        const data = attr === "data-sort" ? {sort: value} : {select: value};
        data.at = Date.now();  // every click is a change, even on the same button
        pending = {attr: attr, value: value, store: store, until: Date.now() + 10000};
        window.dash_clientside.set_props(store, {data: data});
    });

    function lost() {
        const active = document.activeElement;
        return !active || active === document.body || !active.isConnected;
    }

    function restore() {
        if (!pending || Date.now() > pending.until) { pending = null; return; }
        if (!lost()) { return; }
        const table = frameOf(pending.store);
        const selector = "[" + pending.attr + "=\"" + CSS.escape(pending.value) + "\"]";
        const button = table && table.querySelector(selector);
        if (button) { button.focus({preventScroll: true}); }
    }

    // the user went elsewhere: nothing to restore
    document.addEventListener("focusin", function (event) {
        const table = pending && frameOf(pending.store);
        if (pending && !(table && table.contains(event.target))) { pending = null; }
    });

    // the whole page is watched (Dash renders the table after this script runs, and again
    // after each visit to the page); without a pending button the callback returns at once
    new MutationObserver(function () { if (pending) { restore(); } })
        .observe(document.documentElement, {childList: true, subtree: true});
})();
