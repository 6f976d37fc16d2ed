/* One click listener for the sortable HTML tables: sort buttons (data-sort) and area names
 * (data-select) report to the store named by the enclosing element's data-click-store
 * (the main view's table: `home-table-click`), which a server callback reads. */
document.addEventListener("click", function (event) {
    const button = event.target.closest("[data-sort], [data-select]");
    if (!button || !window.dash_clientside || !window.dash_clientside.set_props) { return; }
    const frame = button.closest("[data-click-store]");
    const store = frame ? frame.getAttribute("data-click-store") : "home-table-click";
    const data = button.hasAttribute("data-sort")
        ? {sort: button.getAttribute("data-sort")}
        : {select: button.getAttribute("data-select")};
    data.at = Date.now();  // every click is a change, even on the same button
    window.dash_clientside.set_props(store, {data: data});
});
