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
        /* phones: the settings start folded, so the map and the ranking come first */
        controlsOpen: function () { return window.innerWidth >= 768; },
    },
});
