/* Export menu (components/export_menu.py): fetch the export of the current view, show
 * progress in a polite live region, save the file under the server's name, or show the
 * server's one-line message. One export at a time per menu. */
(function () {
    "use strict";

    function exportUrl(box, button) {
        const params = new URLSearchParams(window.location.search);
        const space = box.dataset.exportSpace;
        if (space) { params.set("space", space); }
        const query = params.toString();
        return "/export/" + box.dataset.exportView + "/" + button.dataset.part + "." +
            button.dataset.format + (query ? "?" + query : "");
    }

    function fileName(response, fallback) {
        const header = response.headers.get("Content-Disposition") || "";
        const match = /filename="?([^";]+)"?/.exec(header);
        return match ? match[1] : fallback;
    }

    function setStatus(status, text, busy) {
        status.textContent = "";
        if (busy) {
            const spin = document.createElement("span");
            spin.className = "export-spinner";
            spin.setAttribute("aria-hidden", "true");
            status.appendChild(spin);
        }
        status.appendChild(document.createTextNode(text));
        status.classList.toggle("export-error", !busy && status.dataset.failed === "1");
    }

    async function run(box, button) {
        const status = box.querySelector(".export-status");
        const buttons = box.querySelectorAll(".export-item");
        if (box.dataset.running === "1") { return; }
        box.dataset.running = "1";
        buttons.forEach(function (b) { b.setAttribute("aria-disabled", "true"); });
        box.setAttribute("aria-busy", "true");
        status.dataset.failed = "0";
        setStatus(status, box.dataset.busy, true);
        const url = exportUrl(box, button);
        try {
            const response = await fetch(url, {credentials: "same-origin"});
            if (!response.ok) {
                const text = (await response.text()).trim();
                status.dataset.failed = "1";
                setStatus(status, box.dataset.failed.replace("{message}", text), false);
                return;
            }
            const blob = await response.blob();
            const name = fileName(response, button.dataset.part + "." + button.dataset.format);
            const link = document.createElement("a");
            link.href = URL.createObjectURL(blob);
            link.download = name;
            link.hidden = true;
            document.body.appendChild(link);
            link.click();
            setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
            setStatus(status, box.dataset.done.replace("{name}", name), false);
        } catch (err) {
            status.dataset.failed = "1";
            setStatus(status, box.dataset.failed.replace("{message}", String(err)), false);
        } finally {
            box.dataset.running = "0";
            box.removeAttribute("aria-busy");
            buttons.forEach(function (b) { b.removeAttribute("aria-disabled"); });
        }
    }

    document.addEventListener("click", function (event) {
        const button = event.target.closest ? event.target.closest(".export-item") : null;
        if (!button) { return; }
        const box = button.closest(".export-box");
        if (box) { event.preventDefault(); run(box, button); }
    });
}());
