/* One click listener for the sortable HTML tables: sort buttons (data-sort), area names
 * (data-select) and the all-rows switch (data-rows) report to the store named by the
 * enclosing element's data-click-store (the main view's table: `home-table-click`), which a
 * server callback reads.
 *
 * A table is re-rendered after every change (one HTML string), which replaces the button
 * the user pressed: its focus would fall back to the page. So the pressed button is
 * remembered, and when the table is rebuilt while the focus is lost, the button with the
 * same data attribute in the same table gets it back (keyboard users keep their place). */
(function () {
    let pending = null;  // {attr, value, frame, until}

    // the element that reported the click (the table, or the main view's ranking, which
    // report to the same store), found again after it was re-rendered
    function frameOf(key) { return key && document.querySelector(key); }

    document.addEventListener("click", function (event) {
        const button = event.target.closest("[data-sort], [data-select], [data-rows]");
        if (!button || !window.dash_clientside || !window.dash_clientside.set_props) { return; }
        const frame = button.closest("[data-click-store]");
        if (!frame) { return; }
        const store = frame.getAttribute("data-click-store");
        const key = frame.id ? "#" + CSS.escape(frame.id)
            : "[data-click-store=\"" + CSS.escape(store) + "\"]";
        const attr = ["data-sort", "data-select", "data-rows"].find(function (a) {
            return button.hasAttribute(a);
        });
        const value = button.getAttribute(attr);
        const data = {};
        data[attr.slice(5)] = value;  // {sort: …}, {select: …} or {rows: …}
        data.at = Date.now();  // every click is a change, even on the same button
        pending = {attr: attr, value: value, frame: key, until: Date.now() + 10000};
        window.dash_clientside.set_props(store, {data: data});
    });

    function lost() {
        const active = document.activeElement;
        return !active || active === document.body || !active.isConnected;
    }

    function restore() {
        if (!pending || Date.now() > pending.until) { pending = null; return; }
        if (!lost()) { return; }
        const table = frameOf(pending.frame);
        // the all-rows switch changes its value when pressed: any switch will do
        const selector = pending.attr === "data-rows" ? "[data-rows]"
            : "[" + pending.attr + "=\"" + CSS.escape(pending.value) + "\"]";
        const button = table && table.querySelector(selector);
        if (button) { button.focus({preventScroll: true}); }
    }

    // the user went elsewhere: nothing to restore
    document.addEventListener("focusin", function (event) {
        const table = pending && frameOf(pending.frame);
        if (pending && !(table && table.contains(event.target))) { pending = null; }
    });

    // the whole page is watched (Dash renders the table after this script runs, and again
    // after each visit to the page); without a pending button the callback returns at once
    new MutationObserver(function () { if (pending) { restore(); } })
        .observe(document.documentElement, {childList: true, subtree: true});
})();
