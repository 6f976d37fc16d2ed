/* The main view's map (dash-leaflet; functions referenced as {"variable": "dashboardMap.*"}).
 *
 * Colours, tooltip texts, the ranking order and the selection come from Python through each
 * GeoJSON layer's `hideout`; these functions only look them up. Besides styles and tooltips:
 *
 * - Labels (space, former space and Stadtbezirk names) are placed in the browser after every
 *   zoom, move or resize, so that no two overlap: a space label moves away from its anchor
 *   (with a leader line) until it fits; a Stadtbezirk name that would collide is hidden.
 *   Maps narrower than 576 px use the two-line names and smaller type.
 * - Keyboard: the map is one Tab stop (paths, labels and zoom buttons are taken out of the
 *   tab order). Arrow keys step through the shown areas in ranking order (Home/End: first
 *   and last), the current area is outlined and announced in the live region; Enter or
 *   Space selects it exactly as a click does (a click event on the units layer, so its
 *   `clickData`), Escape clears the selection. Shift+arrows pan, +/- zoom (Leaflet's keys).
 */
window.dashboardMap = Object.assign({}, window.dashboardMap, {
    latest: {},         // hideout of the units layer
    spacesLatest: {},   // hideout of the space outlines
    unitLayers: {},     // unit code -> Leaflet layer
    spaceLayers: {},    // space id -> outline layer
    labels: [],         // label markers on the map
    cursor: null,       // the keyboard's current area (a unit code or a space id)
    map: null,
    _sets: new WeakMap(),

    has: function (h, key, id) {
        let sets = window.dashboardMap._sets.get(h);
        if (!sets) { sets = {}; window.dashboardMap._sets.set(h, sets); }
        if (!sets[key]) { sets[key] = new Set(h[key] || []); }
        return sets[key].has(id);
    },

    // ---------------------------------------------------------------- styles and tooltips

    unitStyle: function (feature, context) {
        const dm = window.dashboardMap;
        const h = (context && context.hideout) || {};
        if (h !== dm.latest) { dm.newHideout(h); }
        const code = feature.properties.code;
        const selected = dm.has(h, "selected", code);
        if (dm.has(h, "pale", code)) {  // no fill: the map's background shows
            return {fillColor: h.paleColor || "#ffffff", fillOpacity: 0,
                    color: selected ? "#000000" : "#b0b0b0", weight: selected ? 3.5 : 0.6,
                    dashArray: null};
        }
        const fill = (h.colors || {})[code];
        return {
            fillColor: fill || h.noData || "#d9d9d9",
            fillOpacity: fill ? 0.88 : 0.6,
            color: selected ? "#000000" : "#ffffff",
            weight: selected ? 3.5 : 0.6,
            dashArray: fill ? null : "2 3",
        };
    },

    newHideout: function (h) {
        const dm = window.dashboardMap;
        const prev = dm.latest;
        dm.latest = h;
        if (prev.selection !== h.selection) { dm.closeTooltips(); }
        if (prev.level !== h.level) { dm.setCursor(null, false); }
    },

    spaceStyle: function (feature, context) {
        const dm = window.dashboardMap;
        const h = (context && context.hideout) || {};
        dm.spacesLatest = h;
        const p = feature.properties;
        const quartier = p.geometry_basis === "surrounding_units";
        const documented = p.membership_confidence === "documented";
        const selected = h.selected === p.space_id;
        const excluded = dm.has(h, "excluded", p.space_id);
        return {
            fill: false,
            color: selected ? "#000000" : (excluded ? "#9e9e9e" : "#1a1a1a"),
            weight: selected ? 5 : (documented ? 3 : 2.5),
            dashArray: quartier ? "2 5" : (documented ? null : "7 4"),
            lineCap: quartier ? "round" : "butt",
        };
    },

    spaceFeature: function (feature, layer) {
        window.dashboardMap.spaceLayers[feature.properties.space_id] = layer;
    },

    format: function (h, value) {
        const key = (h.lang || "de") + (h.change ? "+" : "");
        const cache = window.dashboardMap._formats = window.dashboardMap._formats || {};
        if (!cache[key]) {
            cache[key] = new Intl.NumberFormat(h.lang === "en" ? "en-GB" : "de-DE", {
                minimumFractionDigits: 1, maximumFractionDigits: 1,
                signDisplay: h.change ? "exceptZero" : "auto"});
        }
        return cache[key].format(value);
    },

    /* The lines about the area under `p` (a unit's properties; at the space level only
     * `space_id` is read): [kind, text] pairs, kind = head | sub | value | note. */
    tooltipLines: function (h, p) {
        const dm = window.dashboardMap;
        const t = h.text || {};
        const spaceLevel = h.level === "spaces";
        const info = (h.spaces || {})[p.space_id];
        const area = spaceLevel ? p.space_id : p.code;
        const lines = [];
        if (spaceLevel && info) {
            lines.push(["head", info[0]]);
        } else {
            lines.push(["head", p.name + " (" + p.code + ")"]);
            if (info) { lines.push(["sub", (t.inSpace || "{space}").replace("{space}", info[0])]); }
        }
        const values = h.values || {};
        if (!area || !(area in values)) {
            lines.push(["value", t.outside]);
            return lines;
        }
        const value = values[area];
        const note = (h.notes || {})[area];
        let main = value === null ? (note || t.noData) : dm.format(h, value) + h.suffix;
        if (dm.has(h, "excluded", area)) {
            main += " · " + t.excluded;
        } else if (area in (h.ranks || {})) {
            main += " · " + t.rank.replace("{rank}", h.ranks[area]).replace("{n}", h.n) + " · " +
                t.cls.replace("{c}", h.classes[area]).replace("{k}", h.k);
        }
        lines.push(["value", main]);
        const range = (h.ranges || {})[area];
        if (range) {
            const plain = {lang: h.lang};
            lines.push(["", range[2] > 1
                ? t.mean.replace("{n}", range[2]).replace("{lo}", dm.format(plain, range[0]))
                    .replace("{hi}", dm.format(plain, range[1])) + h.suffix
                : t.single]);
        }
        if (value !== null && note) { lines.push(["note", note]); }
        if (spaceLevel && info && info[1]) { lines.push(["note", info[1]]); }
        return lines;
    },

    tooltip: function (p) {
        const h = window.dashboardMap.latest || {};
        const div = document.createElement("div");
        div.className = "map-tooltip";
        window.dashboardMap.tooltipLines(h, p).forEach(function (line) {
            const el = document.createElement(line[0] === "head" ? "strong" : "div");
            el.textContent = line[1];
            if (line[0] && line[0] !== "head") { el.className = "map-tooltip-" + line[0]; }
            div.appendChild(el);
        });
        if (h.source) {
            const src = document.createElement("div");
            src.className = "map-tooltip-source";
            src.textContent = h.source;
            div.appendChild(src);
        }
        return div;
    },

    unitFeature: function (feature, layer) {
        const dm = window.dashboardMap;
        dm.unitLayers[feature.properties.code] = layer;
        layer.bindTooltip(function () { return dm.tooltip(feature.properties); },
                          {sticky: true, direction: "auto", offset: [14, 0],
                           className: "map-tip"});
        // after a click the selection is shown: the tooltip must not cover it (Leaflet opens
        // it on click; this listener runs after Leaflet's)
        layer.on("click", function () { layer.closeTooltip(); });
        layer.on("add", function () {
            // Leaflet's tooltip gives the path focus listeners, which make Chrome put every
            // path in the tab order; the map itself is the one Tab stop
            const el = layer.getElement();
            if (el) { el.setAttribute("tabindex", "-1"); }
            dm.attach(layer._map);
        });
    },

    closeTooltips: function () {
        const layers = window.dashboardMap.unitLayers;
        Object.keys(layers).forEach(function (code) { layers[code].closeTooltip(); });
    },

    // ------------------------------------------------------------------------------ labels

    label: function (feature, latlng) {
        const dm = window.dashboardMap;
        const p = feature.properties;
        const text = document.createElement("span");
        text.textContent = p.text;
        const marker = L.marker(latlng, {
            icon: L.divIcon({className: "map-label map-label-" + p.kind, html: text,
                             iconSize: null}),
            interactive: false, keyboard: false, pane: "labels",
        });
        marker._dmLabel = {p: p, text: text};
        marker.on("add", function () {
            dm.labels.push(marker);
            dm.attach(marker._map);
            dm.scheduleLayout();
        });
        marker.on("remove", function () {
            dm.labels = dm.labels.filter(function (m) { return m !== marker; });
            dm.scheduleLayout();
        });
        return marker;
    },

    scheduleLayout: function () {
        const dm = window.dashboardMap;
        if (dm._layoutQueued) { return; }
        dm._layoutQueued = true;
        window.requestAnimationFrame(function () { dm._layoutQueued = false; dm.layout(); });
    },

    /* Place every label: spaces first (each must be shown: it moves away from its anchor
     * until it fits, joined to it by a leader line), then former spaces, then Stadtbezirke
     * (shown only where they fit next to their anchor, otherwise hidden). */
    layout: function () {
        const dm = window.dashboardMap;
        const map = dm.map;
        if (!map || !map._loaded) { return; }
        const size = map.getSize();
        const container = map.getContainer();
        const compact = size.x < 576;
        container.classList.toggle("map-compact", compact);
        const items = dm.labels.filter(function (m) { return m._map === map && m._icon; });
        items.forEach(function (m) {  // write first, then measure (one layout)
            const want = compact ? m._dmLabel.p.compact : m._dmLabel.p.text;
            if (m._dmLabel.text.textContent !== want) { m._dmLabel.text.textContent = want; }
            m._icon.style.marginLeft = "0px";
            m._icon.style.marginTop = "0px";
        });
        const boxes = items.map(function (m) {
            return {m: m, kind: m._dmLabel.p.kind, w: m._icon.offsetWidth, h: m._icon.offsetHeight,
                    a: map.latLngToContainerPoint(m.getLatLng())};
        });
        const frame = container.getBoundingClientRect();
        const placed = [];
        container.querySelectorAll(".leaflet-control").forEach(function (c) {
            const r = c.getBoundingClientRect();
            if (r.width && r.height) {
                placed.push({x0: r.left - frame.left, y0: r.top - frame.top,
                             x1: r.right - frame.left, y1: r.bottom - frame.top});
            }
        });
        const anchors = boxes.filter(function (b) { return b.kind === "space"; })
            .map(function (b) { return b.a; });
        const gap = 2;
        const edge = 2;
        function free(b) {
            if (b.x0 < edge || b.y0 < edge || b.x1 > size.x - edge || b.y1 > size.y - edge) {
                return false;
            }
            return placed.every(function (q) {
                return b.x1 + gap <= q.x0 || q.x1 + gap <= b.x0 ||
                    b.y1 + gap <= q.y0 || q.y1 + gap <= b.y0;
            });
        }
        function covered(b, self) {  // other spaces' anchors under this box
            return anchors.filter(function (a) {
                return a !== self && a.x >= b.x0 - 3 && a.x <= b.x1 + 3 &&
                    a.y >= b.y0 - 3 && a.y <= b.y1 + 3;
            }).length;
        }
        const dirs = [[0, -1], [0, 1], [1, 0], [-1, 0], [1, -1], [-1, -1], [1, 1], [-1, 1]];
        function place(b, radii, strict) {
            let best = null;
            const tries = [[0, 0, 0]];
            radii.forEach(function (r) {
                dirs.forEach(function (d) {
                    tries.push([d[0] * (b.w / 2 + r), d[1] * (b.h / 2 + r), r + 1]);
                });
            });
            tries.forEach(function (tr) {
                const cx = b.a.x + tr[0];
                const cy = b.a.y + tr[1];
                const box = {x0: cx - b.w / 2, y0: cy - b.h / 2, x1: cx + b.w / 2,
                             y1: cy + b.h / 2};
                if (!free(box)) { return; }
                const cost = tr[2] + (strict ? 0 : 40 * covered(box, b.a));
                if (!best || cost < best.cost) { best = {box: box, cost: cost}; }
            });
            return best && best.box;
        }
        // crowded labels choose first, so the outer ones give way
        function crowd(b) {
            return anchors.filter(function (a) {
                return Math.abs(a.x - b.a.x) < 120 && Math.abs(a.y - b.a.y) < 60;
            }).length;
        }
        const order = {space: 0, former: 1, district: 2};
        boxes.sort(function (p, q) {
            return order[p.kind] - order[q.kind] || crowd(q) - crowd(p) || q.w - p.w;
        });
        const far = [0, 4, 8, 12, 18, 24, 32, 40, 50, 60, 72, 86, 100, 120, 150, 180];
        const leaders = [];
        boxes.forEach(function (b) {
            const box = b.kind === "district" ? place(b, [0, 3, 6], true) : place(b, far, false);
            const icon = b.m._icon;
            if (!box) {
                icon.classList.add("map-label-hidden");
                icon.classList.remove("map-label-placed");
                return;
            }
            placed.push(box);
            icon.style.marginLeft = Math.round(box.x0 - b.a.x) + "px";
            icon.style.marginTop = Math.round(box.y0 - b.a.y) + "px";
            icon.classList.remove("map-label-hidden");
            icon.classList.add("map-label-placed");
            const nx = Math.max(box.x0, Math.min(b.a.x, box.x1));
            const ny = Math.max(box.y0, Math.min(b.a.y, box.y1));
            if (b.kind !== "district" && Math.hypot(nx - b.a.x, ny - b.a.y) > 3) {
                leaders.push([b.m.getLatLng(), map.containerPointToLatLng([nx, ny]), b.kind]);
            }
        });
        dm.drawLeaders(leaders);
    },

    drawLeaders: function (leaders) {
        const dm = window.dashboardMap;
        if (dm._leaders) { dm._leaders.remove(); }
        dm._leaders = L.layerGroup(leaders.flatMap(function (l) {
            const color = l[2] === "former" ? "#6a3d9a" : "#222222";
            return [
                L.polyline([l[0], l[1]], {pane: "leaders", interactive: false, color: color,
                                           weight: 1.2, opacity: 0.9}),
                L.circleMarker(l[0], {pane: "leaders", interactive: false, radius: 2.5,
                                      color: "#ffffff", weight: 1, fillColor: color,
                                      fillOpacity: 1}),
            ];
        })).addTo(dm.map);
    },

    // ---------------------------------------------------------------------------- keyboard

    attach: function (map) {
        const dm = window.dashboardMap;
        if (!map || map === dm.map) { return; }
        dm.map = map;
        dm.cursor = null;
        const c = map.getContainer();
        const help = document.getElementById("home-map-help");
        c.setAttribute("role", "application");
        if (help) {
            c.setAttribute("aria-label", help.dataset.label || "");
            c.setAttribute("aria-roledescription", help.dataset.roledescription || "");
            c.setAttribute("aria-describedby", help.id);
        }
        // capture: before Leaflet's own keys (it pans with the arrow keys)
        c.addEventListener("keydown", dm.onKey, true);
        c.addEventListener("blur", function () { dm.drawCursor(); });
        c.addEventListener("focus", function () { dm.drawCursor(); });
        c.querySelectorAll(".leaflet-control-zoom a").forEach(function (a) {
            a.setAttribute("tabindex", "-1");  // +/- on the focused map zoom
        });
        map.on("zoomend moveend resize overlayadd overlayremove", dm.scheduleLayout);
        map.whenReady(dm.scheduleLayout);
        if (document.fonts && document.fonts.ready) { document.fonts.ready.then(dm.scheduleLayout); }
    },

    onKey: function (event) {
        const dm = window.dashboardMap;
        const map = dm.map;
        if (!map || event.target !== map.getContainer() || event.altKey || event.ctrlKey ||
            event.metaKey) {
            return;
        }
        const h = dm.latest || {};
        const order = h.order || [];
        const key = event.key;
        let i = order.indexOf(dm.cursor);
        if (i < 0) { i = order.indexOf(h.selection); }
        const start = i < 0;
        if (["ArrowRight", "ArrowDown", "ArrowLeft", "ArrowUp"].indexOf(key) >= 0) {
            if (event.shiftKey) { return; }  // Leaflet pans
            const step = key === "ArrowRight" || key === "ArrowDown" ? 1 : -1;
            i = start ? 0 : Math.max(0, Math.min(order.length - 1, i + step));
        } else if (key === "Home" || key === "End") {
            i = key === "Home" ? 0 : order.length - 1;
        } else if (key === "PageDown" || key === "PageUp") {
            i = start ? 0 : Math.max(0, Math.min(order.length - 1, i + (key === "PageDown" ? 10 : -10)));
        } else if (key === "Enter" || key === " ") {
            dm.select(dm.cursor);
        } else if (key === "Escape") {
            dm.clear();
        } else {
            return;
        }
        event.preventDefault();
        event.stopImmediatePropagation();
        if (key === "Enter" || key === " " || key === "Escape") { return; }
        if (!order.length) { dm.announce((h.text || {}).none || ""); return; }
        dm.setCursor(order[i], true);
    },

    areaLayers: function (id) {  // the unit layers that make up an area of the current level
        const dm = window.dashboardMap;
        if ((dm.latest || {}).level !== "spaces") { return dm.unitLayers[id] ? [dm.unitLayers[id]] : []; }
        return Object.keys(dm.unitLayers).map(function (c) { return dm.unitLayers[c]; })
            .filter(function (l) { return l.feature.properties.space_id === id; });
    },

    describe: function (id) {
        const dm = window.dashboardMap;
        const h = dm.latest || {};
        const layer = dm.areaLayers(id)[0];
        if (!layer) { return id; }
        const p = h.level === "spaces" ? {space_id: id} : layer.feature.properties;
        return dm.tooltipLines(h, p).map(function (l) { return l[1]; }).join(". ");
    },

    setCursor: function (id, announce) {
        const dm = window.dashboardMap;
        dm.cursor = id;
        dm.drawCursor();
        if (!id) { return; }
        const h = dm.latest || {};
        const order = h.order || [];
        const t = h.text || {};
        if (announce) {
            const pos = (t.position || "{i}/{n}").replace("{i}", order.indexOf(id) + 1)
                .replace("{n}", order.length);
            dm.announce(dm.describe(id) + " (" + pos + ")" +
                        (id === h.selection ? ". " + t.selected : ""));
        }
    },

    drawCursor: function () {
        const dm = window.dashboardMap;
        const map = dm.map;
        if (dm._cursorLayer) { dm._cursorLayer.remove(); dm._cursorLayer = null; }
        if (!map || !dm.cursor || document.activeElement !== map.getContainer()) {
            if (map && document.activeElement !== map.getContainer()) { dm.announce(""); }
            return;
        }
        const level = (dm.latest || {}).level;
        const source = level === "spaces" ? dm.spaceLayers[dm.cursor] : dm.unitLayers[dm.cursor];
        if (!source) { return; }
        const style = function (color, weight) {
            return function () { return {color: color, weight: weight, opacity: 1, fill: false}; };
        };
        const options = {pane: "cursor", interactive: false};
        dm._cursorLayer = L.featureGroup([
            L.geoJSON(source.feature, Object.assign({style: style("#ffffff", 9)}, options)),
            L.geoJSON(source.feature, Object.assign({style: style("#0b5cad", 4)}, options)),
        ]).addTo(map);
        const bounds = dm._cursorLayer.getBounds();
        if (!map.getBounds().contains(bounds)) { map.panTo(bounds.getCenter()); }
    },

    select: function (id) {
        const dm = window.dashboardMap;
        const map = dm.map;
        const layer = id && dm.areaLayers(id)[0];
        if (!map || !layer) { return; }
        const h = dm.latest || {};
        const t = h.text || {};
        const cleared = id === h.selection;
        const at = layer.getBounds().getCenter();
        // what a click does: Leaflet's click on the unit, propagated to the GeoJSON layer,
        // which sets its clickData
        layer.fire("click", {latlng: at, layerPoint: map.latLngToLayerPoint(at),
                             containerPoint: map.latLngToContainerPoint(at)}, true);
        dm.closeTooltips();
        const head = dm.describe(id).split(". ")[0];
        dm.announce(cleared ? t.cleared + ": " + head : head + ": " + t.selected);
    },

    clear: function () {
        const dm = window.dashboardMap;
        const h = dm.latest || {};
        // only a selection of this level can be undone by a click on it
        if (h.selection && dm.areaLayers(h.selection).length) {
            dm.select(h.selection);
        }
    },

    announce: function (text) {
        const status = document.getElementById("home-map-status");
        if (status && status.textContent !== text) { status.textContent = text; }
    },
});
