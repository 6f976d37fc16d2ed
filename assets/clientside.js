/* Clientside callbacks (referenced with ClientsideFunction, so no inline scripts are needed
 * and a strict Content-Security-Policy can hold). */
window.dash_clientside = Object.assign({}, window.dash_clientside, {
    shell: {
        /* <html lang> follows ?lang= */
        setLang: function (search) {
            const lang = new URLSearchParams(search || "").get("lang") === "en" ? "en" : "de";
            document.documentElement.lang = lang;
            return lang;
        },
    },
    home: {
        /* the browser tab names the indicator (Dash Pages' titles cannot see the query) */
        setTitle: function (title) {
            if (title) { document.title = title; }
            return window.dash_clientside.no_update;
        },
        /* the main table: one escaped HTML string from the server (components/table.py);
         * assets/table.js listens for its clicks on the document */
        setTable: function (html) {
            const box = document.getElementById("home-table");
            if (box && typeof html === "string") { box.innerHTML = html; }
            return window.dash_clientside.no_update;
        },
        /* phones: the settings start folded, so the map and the ranking come first */
        controlsOpen: function () { return window.innerWidth >= 768; },
    },
});
