/* One click listener for the main view's table: sort buttons (data-sort) and area names
 * (data-select) report to the `home-table-click` store, which a server callback reads. */
document.addEventListener("click", function (event) {
    const button = event.target.closest("[data-sort], [data-select]");
    if (!button || !window.dash_clientside || !window.dash_clientside.set_props) { return; }
    const data = button.hasAttribute("data-sort")
        ? {sort: button.getAttribute("data-sort")}
        : {select: button.getAttribute("data-select")};
    data.at = Date.now();  // every click is a change, even on the same button
    window.dash_clientside.set_props("home-table-click", {data: data});
});
