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
 *   Space selects it exactly as a click does (both set the units layer's `clickData`),
 *   Escape clears the selection. Shift+arrows pan, +/- zoom (Leaflet's keys).
 */
window.dashboardMap = Object.assign({}, window.dashboardMap, {
    latest: {},         // hideout of the units layer
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
        // no data: grey AND a dark dashed outline (colour never alone; the legend's swatch
        // shows the same dash)
        return {
            fillColor: fill || h.noData || "#d9d9d9",
            fillOpacity: fill ? 0.88 : 0.6,
            color: selected ? "#000000" : (fill ? "#ffffff" : "#4d4d4d"),
            weight: selected ? 3.5 : (fill ? 0.6 : 1.2),
            dashArray: fill ? null : "4 3",
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
        window.dashboardMap.inert(feature, layer);
        // the outlines arrive after the labels (fetched from /geo/spaces.json): place the
        // labels again, now around the areas they name
        window.dashboardMap.scheduleLayout();
    },

    /* Outlines above the units: no mouse events, no focus (set before the path is drawn;
     * the layer's own `interactive` prop does not reach the features). */
    inert: function (feature, layer) {
        layer.options.interactive = false;
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
            // the class by name and bounds, not by colour only: "Klasse 3 von 5: 33,5–37,2 %"
            const bounds = (h.classRanges || [])[h.classes[area] - 1];
            main += " · " + t.rank.replace("{rank}", h.ranks[area]).replace("{n}", h.n) + " · " +
                t.cls.replace("{c}", h.classes[area]).replace("{k}", h.k) +
                (bounds ? ": " + bounds : "");
        }
        lines.push(["value", main]);
        const cluster = (h.clusters || {})[area];  // hot-spot mode only: the unit's pattern
        if (value !== null && cluster) { lines.push(["cluster", cluster]); }
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
        div.dataset.unit = p.code;  // the unit under the pointer (the head may name its space)
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
                          {sticky: true, direction: "auto", offset: [14, 0], opacity: 1,
                           className: "map-tip"});
        layer.on("click", function (e) {
            // the selection is shown next: the tooltip must not cover it. Leaflet opens it on
            // click (this listener runs after Leaflet's), and the restyle rebuilds the layer,
            // whose new path under the resting mouse would open it again: the clicked area
            // stays quiet until the mouse moves on.
            dm.quiet = dm.areaOf(feature.properties);
            dm.quietAt = e.containerPoint;
            layer.closeTooltip();
            dm.report(feature);
        });
        layer.on("tooltipopen", function () {
            if (dm.quiet && dm.quiet === dm.areaOf(feature.properties)) {
                window.queueMicrotask(function () { layer.closeTooltip(); });
            }
        });
        layer.on("mouseover", function () {
            if (dm.quiet && dm.quiet !== dm.areaOf(feature.properties)) { dm.quiet = null; }
        });
        layer.on("add", function () {
            // Leaflet's tooltip gives the path focus listeners, which make Chrome put every
            // path in the tab order; the map itself is the one Tab stop
            const el = layer.getElement();
            if (el) { el.setAttribute("tabindex", "-1"); }
            dm.attach(layer._map);
        });
    },

    /* A click on a unit (mouse or keyboard): the units layer's clickData, stamped, so that
     * a second click on the same unit is a change too (it clears the selection). */
    report: function (feature) {
        if (!window.dash_clientside || !window.dash_clientside.set_props) { return; }
        // an embed (/embed/map) shows the map to be read: nothing to select there
        if (document.querySelector(".embed-page")) { return; }
        window.dash_clientside.set_props("home-units", {clickData: {
            type: "Feature", properties: feature.properties, at: Date.now()}});
    },

    areaOf: function (p) {  // the area a unit stands for at the current level
        return (window.dashboardMap.latest || {}).level === "spaces" ? (p.space_id || p.code)
            : p.code;
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

    /* Place every label. Space labels must all be shown: each may move away from its
     * anchor, joined to it by a leader line. A candidate box must stay inside the map and
     * off the controls and every other label; among the candidates the nearest wins, with
     * penalties for covering another space's anchor or area (`owners`), and a prohibitive
     * one for a leader line under a label or across another leader. A greedy pass (crowded
     * labels first) is improved by moving one label, or two in each other's way, to their
     * best places until nothing improves; if a leader still runs under a label, a few
     * seeded shuffles are tried. Former spaces are placed next, around the fixed space
     * labels (which never move for them); Stadtbezirk names last, shown only where they fit
     * at their anchor beside the spaces without touching a label, leader or anchor. */
    layout: function () {
        const dm = window.dashboardMap;
        const map = dm.map;
        if (!map || !map._loaded) { return; }
        const size = map.getSize();
        const container = map.getContainer();
        // a map out of the page (left for another page) or not laid out yet: nothing to place
        if (!container.isConnected || size.x < 1 || size.y < 1) { return; }
        const compact = size.x < 576;
        container.classList.toggle("map-compact", compact);
        const items = dm.labels.filter(function (m) { return m._map === map && m._icon; });
        items.forEach(function (m) {  // write first, then measure (one layout)
            const want = compact ? m._dmLabel.p.compact : m._dmLabel.p.text;
            if (m._dmLabel.text.textContent !== want) { m._dmLabel.text.textContent = want; }
            m._icon.style.marginLeft = "0px";
            m._icon.style.marginTop = "0px";
            m._icon.classList.remove("map-label-hidden");  // measurable again (not shown yet)
        });
        const labels = items.map(function (m) {
            return {m: m, kind: m._dmLabel.p.kind, w: m._icon.offsetWidth, h: m._icon.offsetHeight,
                    a: map.latLngToContainerPoint(m.getLatLng())};
        });
        const frame = container.getBoundingClientRect();
        const controls = [];
        container.querySelectorAll(".leaflet-control").forEach(function (c) {
            const r = c.getBoundingClientRect();
            if (r.width && r.height) {
                controls.push({x0: r.left - frame.left, y0: r.top - frame.top,
                               x1: r.right - frame.left, y1: r.bottom - frame.top});
            }
        });
        // a label whose anchor is out of view (zoomed in) is not shown
        const seen = labels.filter(function (l) {
            return l.a.x >= 0 && l.a.y >= 0 && l.a.x <= size.x && l.a.y <= size.y;
        });
        const spaces = seen.filter(function (l) { return l.kind === "space"; });
        const formers = seen.filter(function (l) { return l.kind === "former"; });
        const districts = seen.filter(function (l) { return l.kind === "district"; });
        // the spaces' anchors; the former spaces' join them after the spaces are placed, so
        // that the space labels stay where they are when that layer is switched on
        const anchors = spaces.map(function (l) { return l.a; });
        const pos = new Map();  // label -> box
        let boxes = [];         // the other labels' boxes and the controls
        let lines = [];         // the other labels' leader lines [anchor, end]

        function overlaps(b, q, pad) {
            return !(b.x1 + pad <= q.x0 || q.x1 + pad <= b.x0 ||
                     b.y1 + pad <= q.y0 || q.y1 + pad <= b.y0);
        }
        function hits(p, q, b) {  // does the segment p-q pass through the inside of box b?
            let t0 = 0;
            let t1 = 1;
            const dx = q.x - p.x;
            const dy = q.y - p.y;
            const edges = [[-dx, p.x - b.x0], [dx, b.x1 - p.x],
                           [-dy, p.y - b.y0], [dy, b.y1 - p.y]];
            for (let k = 0; k < 4; k++) {
                const e = edges[k];
                if (e[0] === 0) {
                    if (e[1] <= 0) { return false; }
                } else {
                    const t = e[1] / e[0];
                    if (e[0] < 0) { t0 = Math.max(t0, t); } else { t1 = Math.min(t1, t); }
                }
            }
            return t1 - t0 > 1e-6 && t0 < 1 - 1e-6;
        }
        function crosses(p, q, r, s) {  // do the segments p-q and r-s cross?
            const d = function (a, b, c) {
                return (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
            };
            return d(p, q, r) * d(p, q, s) < 0 && d(r, s, p) * d(r, s, q) < 0;
        }
        function end(box, a) {  // the point of the box nearest its anchor
            return {x: Math.max(box.x0, Math.min(a.x, box.x1)),
                    y: Math.max(box.y0, Math.min(a.y, box.y1))};
        }
        function leader(l, box) {
            const e = end(box, l.a);
            return Math.hypot(e.x - l.a.x, e.y - l.a.y) > 3 ? [l.a, e] : null;
        }
        function dot(a) { return {x0: a.x, y0: a.y, x1: a.x, y1: a.y}; }
        const owner = dm.owners(map, size);
        function count(list, test) { return list.filter(test).length; }
        function cost(l, box) {  // null: not allowed
            if (box.x0 < 2 || box.y0 < 2 || box.x1 > size.x - 2 || box.y1 > size.y - 2 ||
                boxes.some(function (q) { return overlaps(box, q, 2); })) {
                return null;
            }
            const under = count(lines, function (ln) { return hits(ln[0], ln[1], box); });
            const covers = count(anchors, function (a) {
                return a !== l.a && overlaps(box, dot(a), 4);
            });
            if (l.kind === "district") {  // secondary: only beside the spaces, never over one
                let over = false;
                for (let i = 0; i <= 4 && !over; i++) {
                    for (let j = 0; j <= 2 && !over; j++) {
                        over = !!owner(box.x0 + (box.x1 - box.x0) * i / 4,
                                       box.y0 + (box.y1 - box.y0) * j / 2);
                    }
                }
                return under || covers || over ? null : box.r;
            }
            let c = box.r + 40 * covers + 1000 * under;
            // a label over another space would name the wrong area
            const cx = (box.x0 + box.x1) / 2;
            const cy = (box.y0 + box.y1) / 2;
            const id = l.m._dmLabel.p.id;
            const foreign = function (x, y) { const o = owner(x, y); return o && o !== id; };
            c += foreign(cx, cy) ? 80 : 0;
            [[box.x0 + 2, box.y0 + 2], [box.x1 - 2, box.y0 + 2], [box.x0 + 2, box.y1 - 2],
             [box.x1 - 2, box.y1 - 2]].forEach(function (pt) {
                c += foreign(pt[0], pt[1]) ? 5 : 0;
            });
            const own = leader(l, box);
            if (own) {
                c += 1000 * count(boxes, function (q) { return hits(own[0], own[1], q); });
                c += 1000 * count(lines, function (ln) {
                    return crosses(own[0], own[1], ln[0], ln[1]);
                });
            }
            return c;
        }
        const dirs = [[0, -1], [0, 1], [1, 0], [-1, 0], [1, -1], [-1, -1], [1, 1], [-1, 1]];
        const far = [0, 4, 8, 12, 18, 24, 32, 40, 50, 60, 72, 86, 100, 120, 150, 180];
        const near = [0, 3, 6, 10];
        function best(l) {
            let found = null;
            const offsets = [[0, 0, 0]];
            (l.kind === "district" ? near : far).forEach(function (r) {
                dirs.forEach(function (d) {
                    offsets.push([d[0] * (l.w / 2 + r), d[1] * (l.h / 2 + r), r + 1]);
                });
            });
            offsets.forEach(function (o) {
                const cx = l.a.x + o[0];
                const cy = l.a.y + o[1];
                const box = {x0: cx - l.w / 2, y0: cy - l.h / 2, x1: cx + l.w / 2,
                             y1: cy + l.h / 2, r: o[2]};
                const c = cost(l, box);
                if (c !== null && (!found || c < found.cost)) { box.cost = c; found = box; }
            });
            return found;
        }
        function others(except) {  // boxes and lines of every placed label but one
            boxes = controls.slice();
            lines = [];
            pos.forEach(function (box, l) {
                if (l === except || !box) { return; }
                boxes.push(box);
                const ln = l.kind === "district" ? null : leader(l, box);
                if (ln) { lines.push(ln); }
            });
        }
        function crowd(l) {
            return count(anchors, function (a) {
                return Math.abs(a.x - l.a.x) < 120 && Math.abs(a.y - l.a.y) < 60;
            });
        }
        spaces.sort(function (p, q) { return crowd(q) - crowd(p) || q.w - p.w; });
        function current(l) {  // the cost of a label where it is, given all the others
            others(l);
            const box = pos.get(l);
            const c = box ? cost(l, box) : null;
            return c === null ? 1e6 : c;
        }
        function conflicts(l) {  // the labels whose box or leader meets this label's leader
            const box = pos.get(l);
            const own = box && leader(l, box);
            return spaces.filter(function (o) {
                const ob = o !== l && pos.get(o);
                if (!ob) { return false; }
                const ol = leader(o, ob);
                return (own && hits(own[0], own[1], ob)) || (ol && hits(ol[0], ol[1], box)) ||
                    (own && ol && crosses(own[0], own[1], ol[0], ol[1]));
            });
        }
        function solve(order) {  // greedy in this order, then improved; the total cost
            pos.clear();
            order.forEach(function (l) { others(null); pos.set(l, best(l)); });
            for (let pass = 0; pass < 6; pass++) {
                let moved = false;
                order.forEach(function (l) {  // one label to its best place
                    const before = current(l);
                    const next = best(l);
                    if (next && next.cost < before - 0.5) { pos.set(l, next); moved = true; }
                });
                order.forEach(function (l) {  // a badly placed label and one in its way
                    if (current(l) < 1000) { return; }
                    conflicts(l).forEach(function (o) {
                        const before = current(l) + current(o);
                        const keep = [pos.get(l), pos.get(o)];
                        pos.delete(l);
                        others(o);
                        pos.set(l, best(l));
                        others(o);
                        pos.set(o, best(o));
                        if (current(l) + current(o) < before - 0.5) {
                            moved = true;
                        } else {
                            pos.set(l, keep[0]);
                            pos.set(o, keep[1]);
                        }
                    });
                });
                if (!moved) { break; }
            }
            return order.reduce(function (sum, l) { return sum + current(l); }, 0);
        }
        // crowded labels choose first, so the outer ones give way; if a leader line still
        // runs under a label, a few other orders are tried (seeded: the same map, the same
        // layout) and the cheapest result is kept
        let seed = 20210101;
        function random() {  // mulberry32
            seed = (seed + 0x6D2B79F5) | 0;
            let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
            x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
            return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
        }
        let order = spaces.slice();
        let bestTotal = Infinity;
        let bestPos = new Map();
        for (let attempt = 0; attempt < 24 && bestTotal >= 1000; attempt++) {
            const total = solve(order);
            if (total < bestTotal) { bestTotal = total; bestPos = new Map(pos); }
            order = spaces.slice();
            for (let k = order.length - 1; k > 0; k--) {
                const j = Math.floor(random() * (k + 1));
                const swap = order[k];
                order[k] = order[j];
                order[j] = swap;
            }
        }
        pos.clear();
        bestPos.forEach(function (box, l) { pos.set(l, box); });
        // the optional former spaces fit in around the spaces (which never move for them)
        formers.forEach(function (l) { anchors.push(l.a); });
        formers.forEach(function (l) { others(null); pos.set(l, best(l)); });
        formers.forEach(function (l) {
            const before = current(l);
            const next = best(l);
            if (next && next.cost < before - 0.5) { pos.set(l, next); }
        });
        districts.forEach(function (l) { others(null); pos.set(l, best(l)); });
        const leaders = [];
        labels.forEach(function (l) {
            const box = pos.get(l);
            const icon = l.m._icon;
            icon.classList.toggle("map-label-hidden", !box);
            icon.classList.toggle("map-label-placed", !!box);
            if (!box) { return; }
            icon.style.marginLeft = Math.round(box.x0 - l.a.x) + "px";
            icon.style.marginTop = Math.round(box.y0 - l.a.y) + "px";
            const ln = l.kind === "district" ? null : leader(l, box);
            if (ln) {
                leaders.push([l.m.getLatLng(), map.containerPointToLatLng([ln[1].x, ln[1].y]),
                              l.kind]);
            }
        });
        dm.drawLeaders(leaders);
        dm.layouts = (dm.layouts || 0) + 1;  // placements so far (tests wait for the next)
    },

    /* Which space is drawn at a point of the map (container pixels): the current spaces
     * painted once per layout on an offscreen canvas, one colour each. */
    owners: function (map, size) {
        const dm = window.dashboardMap;
        const ids = Object.keys(dm.spaceLayers).filter(function (id) {
            return dm.spaceLayers[id]._map === map;
        });
        const canvas = document.createElement("canvas");
        canvas.width = size.x;
        canvas.height = size.y;
        const ctx = canvas.getContext("2d", {willReadFrequently: true});
        ids.forEach(function (id, i) {
            const g = dm.spaceLayers[id].feature.geometry;
            const polygons = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
            ctx.fillStyle = "rgb(" + (i + 1) + ",0,0)";
            ctx.beginPath();
            polygons.forEach(function (rings) {
                rings.forEach(function (ring) {
                    ring.forEach(function (c, k) {
                        const pt = map.latLngToContainerPoint([c[1], c[0]]);
                        if (k) { ctx.lineTo(pt.x, pt.y); } else { ctx.moveTo(pt.x, pt.y); }
                    });
                    ctx.closePath();
                });
            });
            ctx.fill("evenodd");
        });
        const data = ctx.getImageData(0, 0, size.x, size.y).data;
        return function (x, y) {
            x = Math.round(x);
            y = Math.round(y);
            if (x < 0 || y < 0 || x >= size.x || y >= size.y) { return null; }
            const k = 4 * (y * size.x + x);
            return data[k + 3] > 200 && data[k] > 0 ? ids[data[k] - 1] : null;
        };
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
            c.setAttribute("aria-describedby", help.dataset.describedby || help.id);
        }
        // capture: before Leaflet's own keys (it pans with the arrow keys)
        c.addEventListener("keydown", dm.onKey, true);
        c.addEventListener("blur", function () { dm.drawCursor(); });
        c.addEventListener("focus", function () { dm.drawCursor(); });
        c.querySelectorAll(".leaflet-control-zoom a").forEach(function (a) {
            a.setAttribute("tabindex", "-1");  // +/- on the focused map zoom
        });
        map.on("zoomend moveend resize overlayadd overlayremove", dm.scheduleLayout);
        map.on("mousemove", function (e) {
            if (dm.quiet && (!dm.quietAt || e.containerPoint.distanceTo(dm.quietAt) > 40)) {
                dm.quiet = null;
            }
        });
        map.on("mouseout", function () { dm.quiet = null; });
        map.whenReady(dm.scheduleLayout);
        if (document.fonts && document.fonts.ready) {
            document.fonts.ready.then(dm.scheduleLayout);
        }
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
            const jump = key === "PageDown" ? 10 : -10;
            i = start ? 0 : Math.max(0, Math.min(order.length - 1, i + jump));
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
        if ((dm.latest || {}).level !== "spaces") {
            return dm.unitLayers[id] ? [dm.unitLayers[id]] : [];
        }
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
        dm.report(layer.feature);  // what a click on the area does
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
