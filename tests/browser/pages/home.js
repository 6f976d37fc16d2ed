/* Reads the main view (/) back from the DOM for tests/browser/pages/home.py.
 *
 * Installed as an init script right after `window.__homeConfig` (selectors and the ids of the
 * map's layers, see home.py), so it exists on every load, before the app's own scripts run. */

// -- Leaflet's maps ------------------------------------------------------------------------------
// Leaflet assigns window.L when its bundle runs. The setter below registers a Map init hook
// (public API) that records every map, so the layers and their GeoJSON features can be read
// through Leaflet itself instead of guessing from the order of <path> elements.
(() => {
  if (window.__leafletMaps) return;
  const maps = (window.__leafletMaps = []);
  let current = window.L;
  const hook = (L) => {
    if (L && L.Map && !L.Map.__testsRecordMaps) {
      L.Map.__testsRecordMaps = true;
      L.Map.addInitHook(function () { maps.push(this); });
    }
  };
  hook(current);
  Object.defineProperty(window, 'L', {
    configurable: true,
    enumerable: true,
    get: () => current,
    set: (value) => { current = value; hook(value); },
  });
})();

window.__home = (() => {
  const C = window.__homeConfig;
  const $ = (sel) => document.querySelector(sel);
  const $$ = (sel) => [...document.querySelectorAll(sel)];
  const hex = (c) => {
    if (!c) return null;
    if (c[0] === '#') {
      return (c.length === 4 ? '#' + [...c.slice(1)].map((x) => x + x).join('') : c)
        .toLowerCase();
    }
    const m = c.match(/[\d.]+/g);
    if (!m || m.length < 3) return c;
    return '#' + m.slice(0, 3)
      .map((v) => Math.round(+v).toString(16).padStart(2, '0')).join('');
  };

  // -- the map's layers ------------------------------------------------------------------------
  // The leaflet map drawn in the main view's map container (the newest one: a page that was
  // left and opened again builds a new map).
  const leafletMap = () => {
    const container = $(C.map);
    if (!container || !window.L) return null;
    const maps = (window.__leafletMaps || []).filter((m) => {
      const el = m.getContainer();
      return el === container || container.contains(el);
    });
    return maps.length ? maps[maps.length - 1] : null;
  };
  // THE place that decides which paths are a layer's (the units, the space outlines): the
  // GeoJSON layer whose features carry exactly the expected ids in `properties[spec.key]`.
  // Panes, other layers (district outlines, former spaces, labels) and the DOM order of the
  // paths do not matter. Returns a Map id -> <path>, or null while the layer is not drawn.
  const layerPaths = (spec) => {
    const map = leafletMap();
    if (!map) return null;
    const want = new Set(spec.ids);
    let found = null;
    map.eachLayer((layer) => {
      if (found || !(layer instanceof window.L.GeoJSON)) return;
      const features = layer.getLayers();
      const ids = features.map((f) => f.feature && f.feature.properties[spec.key]);
      if (ids.length === want.size && new Set(ids).size === want.size
          && ids.every((id) => want.has(id))) {
        found = new Map(features.map((f, i) => [ids[i], f.getElement ? f.getElement() : null]));
      }
    });
    if (found && [...found.values()].some((p) => !p)) return null;
    return found;
  };
  // Why no layer was found, for the failure message of a test.
  const diagnose = () => {
    if (!window.L) return 'window.L is not defined: Leaflet did not load (or no longer global)';
    if (!$(C.map)) return `no map container ${C.map}`;
    const map = leafletMap();
    if (!map) return `no Leaflet map recorded in ${C.map} (maps: ${window.__leafletMaps.length})`;
    const layers = [];
    map.eachLayer((layer) => {
      if (!(layer instanceof window.L.GeoJSON)) return;
      const first = layer.getLayers()[0];
      const props = first && first.feature ? Object.keys(first.feature.properties) : [];
      layers.push(`${layer.getLayers().length} features with [${props.join(', ')}]`);
    });
    return `GeoJSON layers on the map: ${layers.join('; ') || 'none'}; expected `
      + `${C.units.ids.length} features by "${C.units.key}" (units) and `
      + `${C.outlines.ids.length} by "${C.outlines.key}" (space outlines)`;
  };

  const unitPaths = () => layerPaths(C.units);
  const units = () => {
    const paths = unitPaths();
    if (!paths) return [];
    return C.units.ids.map((code) => {
      const p = paths.get(code);
      return {
        code,
        fill: (p.getAttribute('fill') || '').toLowerCase(),
        opacity: p.hasAttribute('fill-opacity') ? parseFloat(p.getAttribute('fill-opacity')) : 1,
        dash: p.getAttribute('stroke-dasharray') || null,
        stroke: (p.getAttribute('stroke') || '').toLowerCase(),
      };
    });
  };
  const outlines = () => {
    const paths = layerPaths(C.outlines);
    return paths ? [...paths.values()].map((p) => ({stroke: p.getAttribute('stroke'),
                                                     width: p.getAttribute('stroke-width')}))
      : [];
  };
  // the id of the unit's tooltip: Leaflet links an open tooltip to its layer's path by
  // aria-describedby (null before the tooltip was opened for the first time)
  const tooltipOf = (code) => {
    const paths = unitPaths();
    const p = paths && paths.get(code);
    return (p && p.getAttribute('aria-describedby')) || null;
  };
  // what a unit looks like: pale (no fill, the map's background shows) or its fill colour
  const looks = () => units().map((u) => (u.opacity === 0 ? 'pale' : u.fill));
  // a point where the unit's own path is on top (not a label, outline or another unit)
  const unitPoint = (code) => {
    const paths = unitPaths();
    const p = paths && paths.get(code);
    if (!p) return null;
    const r = p.getBoundingClientRect();
    for (let fy = 0.5; fy < 0.95; fy += 0.05) {
      for (const sy of [1, -1]) {
        for (let fx = 0.5; fx < 0.95; fx += 0.05) {
          for (const sx of [1, -1]) {
            const x = r.left + r.width * (sx > 0 ? fx : 1 - fx);
            const y = r.top + r.height * (sy > 0 ? fy : 1 - fy);
            if (document.elementFromPoint(x, y) === p) return {x, y};
          }
        }
      }
    }
    return null;
  };

  // -- legend ----------------------------------------------------------------------------------
  const legend = () => $$(`${C.legend} li`).map((li) => {
    const s = li.querySelector('.legend-swatch');
    return {
      text: li.textContent.replace(/\s+/g, ' ').trim(),
      color: s && !s.classList.contains('no-data') ? hex(getComputedStyle(s).backgroundColor)
        : null,
      noData: !!(s && s.classList.contains('no-data')),
    };
  });

  // -- ranking ---------------------------------------------------------------------------------
  // one button per bar (components/html_charts.py): its label above a coloured bar; a
  // selected bar has a thick outline (class sel), a space whose membership is not documented
  // is hatched (class hatched)
  const ticks = () => $$(`${C.ranking} .rank-label`);
  const centre = (el) => {
    const r = el.getBoundingClientRect();
    return {x: r.left + r.width / 2, y: r.top + r.height / 2};
  };
  const bars = () => $$(`${C.ranking} .rank-btn`).map((b) => {
    const bar = b.querySelector('.rank-bar');
    const {x, y} = centre(bar);
    const sel = bar.classList.contains('sel');
    return {label: b.querySelector('.rank-label').textContent,
            color: hex(getComputedStyle(bar).backgroundColor), stroke: '#222222',
            width: sel ? 3 : 0.5, hatched: bar.classList.contains('hatched'),
            pressed: b.getAttribute('aria-pressed'), x, y};
  });

  // -- table -----------------------------------------------------------------------------------
  const columns = () => $$(`${C.table} thead th`).map((th) => {
    const b = th.querySelector('button[data-sort]');
    return {key: b ? b.dataset.sort : th.textContent.trim(),
            text: (b ? b.childNodes[0].textContent : th.textContent).trim(),
            sort: th.getAttribute('aria-sort')};
  });
  const rows = () => {
    const keys = columns().map((c) => c.key);
    return $$(`${C.table} tbody tr`).map((tr) => {
      const cells = [...tr.children];
      const row = Object.fromEntries(cells.map((c, i) => [keys[i], c.textContent.trim()]));
      const b = tr.querySelector('th[scope="row"] button[data-select]');
      row._id = b ? b.dataset.select : null;
      row._pressed = b ? b.getAttribute('aria-pressed') : null;
      row._selected = tr.classList.contains('table-warning');
      row._bg = cells.length ? hex(getComputedStyle(cells[0]).backgroundColor) : null;
      return row;
    });
  };
  const tableSig = () => {
    const t = $(`${C.table} table`);
    return t ? t.textContent + [...t.querySelectorAll('tr.table-warning')].length : '';
  };

  // -- the whole view ------------------------------------------------------------------------
  // a signature per part, to see which parts an action changed
  const sig = () => ({
    fills: looks().join(','),
    legend: (($(C.legend) || {}).textContent || '') + legend().map((l) => l.color).join('|'),
    ranking: bars().map((b) => b.label + b.color + b.width + b.hatched).join('|'),
    table: tableSig(),
  });
  const ready = () => {
    const u = units();
    const b = bars();
    return u.length === C.units.ids.length && u.every((x) => x.fill) && b.length > 0
      && b.length === ticks().length && b.every((x) => x.color && x.label)
      && rows().length > 0 && legend().length > 0;
  };
  const snapshot = () => {
    const u = units();
    if (!u.length) throw new Error(`the map's unit paths were not found: ${diagnose()}`);
    return {
      url: location.href,
      units: u,
      mapBackground: hex(getComputedStyle($(C.map)).backgroundColor),
      legend: legend(),
      bars: bars(),
      columns: columns(),
      rows: rows(),
      heading: ($(C.heading) || {}).textContent || '',
      note: ($(C.note) || {}).textContent || '',
      outlines: outlines(),
      tableNote: ($(`${C.table} .table-rows`) || {}).textContent || '',
    };
  };
  // the view has not changed for `ms` (Back and Forward draw it twice: Dash Pages renders the
  // page again from the address, then the state callback restyles it)
  let last = {sig: '', at: 0};
  const quiet = (ms) => {
    const now = JSON.stringify(sig());
    if (now !== last.sig) {
      last = {sig: now, at: performance.now()};
      return false;
    }
    return performance.now() - last.at >= ms;
  };
  return {units, looks, legend, bars, rows, sig, ready, quiet, snapshot, unitPoint, tooltipOf,
          diagnose};
})();
