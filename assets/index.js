/* The need-index map (/index): styles through map.js's unitStyle, tooltips from the
 * units layer's hideout (`tips`: area id -> lines, prepared in Python). At the space level a
 * unit's tooltip is that of its space. No selection: the map only shows. */
window.dashboardIndex = Object.assign({}, window.dashboardIndex, {
    latest: {},
    layers: {},  // unit code -> Leaflet layer

    style: function (feature, context) {
        const h = (context && context.hideout) || {};
        const di = window.dashboardIndex;
        if (h !== di.latest) {  // a restyle: no tooltip may keep the old numbers
            di.latest = h;
            Object.keys(di.layers).forEach(function (c) { di.layers[c].closeTooltip(); });
        }
        if (window.dashboardMap && window.dashboardMap.unitStyle) {
            return window.dashboardMap.unitStyle(feature, context);
        }
        return {};
    },

    lines: function (p) {
        const h = window.dashboardIndex.latest || {};
        const tips = h.tips || {};
        const area = h.level === "spaces" ? p.space_id : p.code;
        return tips[area] || tips[p.code] || [p.name + " (" + p.code + ")"];
    },

    tooltip: function (p) {
        const h = window.dashboardIndex.latest || {};
        if (!h.tips && window.dashboardMap) {  // the hot-spot hideout: map.js's tooltip
            return window.dashboardMap.tooltip(p);
        }
        const div = document.createElement("div");
        div.className = "map-tooltip";
        window.dashboardIndex.lines(p).forEach(function (line, i) {
            const el = document.createElement(i === 0 ? "strong" : "div");
            el.textContent = line;
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

    feature: function (feature, layer) {
        const old = window.dashboardIndex.layers[feature.properties.code];
        if (old && old !== layer) { old.closeTooltip(); }
        window.dashboardIndex.layers[feature.properties.code] = layer;
        layer.bindTooltip(function () { return window.dashboardIndex.tooltip(feature.properties); },
                          {sticky: true, direction: "auto", offset: [14, 0], opacity: 1,
                           className: "map-tip"});
        layer.on("tooltipopen", function () {
            // one tooltip at a time: a restyle may leave the tooltip of a replaced layer open
            const own = layer.getTooltip() && layer.getTooltip().getElement();
            document.querySelectorAll(".leaflet-tooltip.map-tip").forEach(function (el) {
                if (el !== own) { el.remove(); }
            });
        });
        layer.on("add", function () {
            // the tooltip makes Chrome put every path in the tab order; the map shows only
            const el = layer.getElement();
            if (el) { el.setAttribute("tabindex", "-1"); }
        });
    },
});
