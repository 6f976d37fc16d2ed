/* /kulisse: the coverage map (dash-leaflet; {"variable": "coverageMap.*"}).
 *
 * Python sends per unit its fill and tooltip lines in the units layer's `hideout`
 * (models/coverage.py map_hideout); these functions only look them up. The space outlines
 * reuse dashboardMap.spaceStyle (assets/map.js). No keyboard selection here: the tables under
 * the map list the same units.
 */
window.coverageMap = Object.assign({}, window.coverageMap, {
    latest: {},

    unitStyle: function (feature, context) {
        const h = (context && context.hideout) || {};
        window.coverageMap.latest = h;
        const code = feature.properties.code;
        const fill = (h.colors || {})[code] || "#f0f0f0";
        const missing = (h.missing || []).indexOf(code) >= 0;
        const strong = !missing && (h.strong || []).indexOf(code) >= 0;
        return {fillColor: fill, fillOpacity: strong ? 0.9 : 0.6,
                color: strong ? "#ffffff" : (missing ? "#8c8c8c" : "#c4c4c4"),
                weight: strong ? 0.8 : 0.5, dashArray: missing ? "2 3" : null};
    },

    tooltip: function (code) {
        const lines = ((window.coverageMap.latest || {}).tips || {})[code] || [code];
        const div = document.createElement("div");
        div.className = "map-tooltip";
        lines.forEach(function (text, i) {
            const el = document.createElement(i === 0 ? "strong" : "div");
            el.textContent = text;
            div.appendChild(el);
        });
        return div;
    },

    unitFeature: function (feature, layer) {
        const code = feature.properties.code;
        layer.bindTooltip(function () { return window.coverageMap.tooltip(code); },
                          {sticky: true, direction: "auto", offset: [14, 0], opacity: 1,
                           className: "map-tip"});
        layer.on("add", function () {
            const el = layer.getElement();
            if (el) { el.setAttribute("tabindex", "-1"); }
        });
    },

    inert: function (feature, layer) {
        layer.options.interactive = false;
    },
});
