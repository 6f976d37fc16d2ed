/* Map style functions for dash-leaflet (referenced as {"variable": "dashboardMap.*"}).
 * All colours, labels and the selection come from Python through the GeoJSON's `hideout`;
 * these functions only look them up. */
window.dashboardMap = Object.assign({}, window.dashboardMap, {
    latest: {},

    unitStyle: function (feature, context) {
        const h = (context && context.hideout) || {};
        window.dashboardMap.latest = h;
        const code = feature.properties.code;
        const fill = (h.colors || {})[code];
        const selected = h.selected === code;
        return {
            fillColor: fill || h.noData || "#d9d9d9",
            fillOpacity: fill ? 0.85 : 0.5,
            color: selected ? "#000000" : "#ffffff",
            weight: selected ? 3 : 0.6,
            dashArray: fill ? null : "2 3",
        };
    },

    unitTooltip: function (feature, layer) {
        layer.bindTooltip(function () {
            const h = window.dashboardMap.latest || {};
            const p = feature.properties;
            const value = (h.labels || {})[p.code] || h.noDataLabel || "–";
            const space = (h.spaceNames || {})[p.space_id];
            const div = document.createElement("div");
            const title = document.createElement("strong");
            title.textContent = p.name + " (" + p.code + ")";
            div.appendChild(title);
            const lines = [(h.title || "") + ": " + value];
            if (space) { lines.push(space); }
            if (h.meta) { lines.push(h.meta); }
            lines.forEach(function (text) {
                div.appendChild(document.createElement("br"));
                div.appendChild(document.createTextNode(text));
            });
            return div;
        }, {sticky: true});
    },

    spaceStyle: function (feature) {
        const quartier = feature.properties.geometry_basis === "surrounding_units";
        return {
            fill: false,
            color: "#1a1a1a",
            weight: quartier ? 2 : 2.5,
            dashArray: quartier ? "6 5" : null,
        };
    },
});
