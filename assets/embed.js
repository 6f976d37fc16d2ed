/* The embed dialog (components/embed_dialog.py) and the embeds (/embed/...).
 *
 * - toggle: the button opens the dialog and hands the page's current address to the server
 *   callback (the main view changes its URL without a reload); "Schließen" closes it.
 * - copy: copies the <iframe> code (Clipboard API, else the selection) and says so.
 * - in an embed every link opens a new window: the other pages may not be framed, and a
 *   reader of someone else's page should not be taken away from it inside the frame.
 */
window.dash_clientside = Object.assign({}, window.dash_clientside, {
    embed: {
        toggle: function (_open, _close) {
            const ctx = window.dash_clientside.callback_context;
            const trigger = (ctx.triggered[0] || {}).prop_id || "";
            if (trigger.indexOf("embed-close") === 0) {
                return [false, window.dash_clientside.no_update];
            }
            return [true, {path: window.location.pathname, search: window.location.search,
                           at: Date.now()}];
        },

        copy: function (_clicks) {
            const area = document.getElementById("embed-code");
            const status = document.getElementById("embed-copy-status");
            const ok = status ? status.dataset.ok : "OK";
            const fail = status ? status.dataset.fail : "";
            if (!area) { return fail; }
            area.focus();
            area.select();
            const say = function (text) {
                window.dash_clientside.set_props("embed-copy-status", {children: text});
            };
            if (navigator.clipboard && window.isSecureContext) {
                navigator.clipboard.writeText(area.value).then(
                    function () { say(ok); },
                    function () { say(document.execCommand("copy") ? ok : fail); });
                return window.dash_clientside.no_update;
            }
            let copied = false;
            try { copied = document.execCommand("copy"); } catch (e) { copied = false; }
            return copied ? ok : fail;
        }
    }
});

document.addEventListener("click", function (event) {
    const link = event.target.closest && event.target.closest(".embed-page a[href]");
    if (!link || event.defaultPrevented) { return; }
    event.preventDefault();
    event.stopPropagation();
    window.open(link.href, "_blank", "noopener");
}, true);
