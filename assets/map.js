/* Map style functions for dash-leaflet (referenced as {"variable": "dashboardMap.*"}).
 * Colours, tooltip lines, the filter and the selection come from Python through each
 * GeoJSON layer's `hideout`; these functions only look them up. */
window.dashboardMap = Object.assign({}, window.dashboardMap, {
    latest: {},

    unitStyle: function (feature, context) {
        const h = (context && context.hideout) || {};
        window.dashboardMap.latest = h;
        const code = feature.properties.code;
        const pale = (h.pale || []).indexOf(code) >= 0;
        const selected = (h.selected || []).indexOf(code) >= 0;
        const fill = (h.colors || {})[code];
        if (pale) {  // no fill: the map's background shows, unlike any class colour
            return {fillColor: h.paleColor || "#ffffff", fillOpacity: 0, color: "#b0b0b0",
                    weight: 0.6, dashArray: null};
        }
        return {
            fillColor: fill || h.noData || "#d9d9d9",
            fillOpacity: fill ? 0.88 : 0.6,
            color: selected ? "#000000" : "#ffffff",
            weight: selected ? 3.5 : 0.6,
            dashArray: fill ? null : "2 3",
        };
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

    tooltipLines: function (h, p) {
        const t = h.text || {};
        let head = p.name + " (" + p.code + ")";
        if (p.space_id && (h.spaces || {})[p.space_id]) { head += " · " + h.spaces[p.space_id]; }
        const area = h.level === "spaces" ? p.space_id : p.code;
        const values = h.values || {};
        if (!area || !(area in values)) { return [head, t.outside]; }
        const value = values[area];
        const note = (h.notes || {})[area];
        const lines = [head, h.title + ": " + (value === null ? (note || t.noData)
            : window.dashboardMap.format(h, value) + h.suffix)];
        const range = (h.ranges || {})[area];
        if (range) {
            lines.push(t.mean.replace("{n}", range[2])
                .replace("{lo}", window.dashboardMap.format({lang: h.lang}, range[0]))
                .replace("{hi}", window.dashboardMap.format({lang: h.lang}, range[1])));
        }
        if ((h.excluded || []).indexOf(area) >= 0) {
            lines.push(t.excluded);
        } else if (area in (h.ranks || {})) {
            lines.push(t.rank.replace("{rank}", h.ranks[area]).replace("{n}", h.n) + " · " +
                       t.cls.replace("{c}", h.classes[area]).replace("{k}", h.k));
        }
        if (value !== null && note) { lines.push(note); }
        return lines;
    },

    unitTooltip: function (feature, layer) {
        layer.bindTooltip(function () {
            const h = window.dashboardMap.latest || {};
            const lines = window.dashboardMap.tooltipLines(h, feature.properties);
            const div = document.createElement("div");
            div.className = "map-tooltip";
            lines.forEach(function (text, i) {
                const el = document.createElement(i === 0 ? "strong" : "div");
                el.textContent = text;
                div.appendChild(el);
            });
            if (h.source) {
                const src = document.createElement("div");
                src.className = "map-tooltip-source";
                src.textContent = h.source;
                div.appendChild(src);
            }
            return div;
        }, {sticky: true, direction: "auto"});
    },

    spaceStyle: function (feature, context) {
        const h = (context && context.hideout) || {};
        const p = feature.properties;
        const quartier = p.geometry_basis === "surrounding_units";
        const documented = p.membership_confidence === "documented";
        const selected = h.selected === p.space_id;
        const excluded = (h.excluded || []).indexOf(p.space_id) >= 0;
        return {
            fill: false,
            color: selected ? "#000000" : (excluded ? "#9e9e9e" : "#1a1a1a"),
            weight: selected ? 5 : (documented ? 3 : 2.5),
            dashArray: quartier ? "2 5" : (documented ? null : "7 4"),
            lineCap: quartier ? "round" : "butt",
        };
    },
});
