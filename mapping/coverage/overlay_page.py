"""The HTML and script of the gap map page (filled in by :func:`mapping.coverage.overlay.write_gap_map`).

``__DATA__`` receives one JSON object: areas, bands, catchments, services, sites, legends and
the page's words. The script draws them with Leaflet and offers the panel four functions:
``zoomTo(pcode)``, ``setMode("pct" | "uncovered")``, ``showBands(on)`` and ``mapState()``.
"""

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>__TITLE__</title>
__STYLES__
__SCRIPTS__
<style>
html, body, #map { height: 100%; margin: 0; background: #f4f4f0; font: 13px 'ServiceMap Bengali', 'ServiceMap Arabic', sans-serif; }
.legend { background: white; padding: 5px 7px; border-radius: 4px; line-height: 16px; max-width: 230px; font-size: 12px;
          cursor: pointer; }
.legend.folded section div { display: none; }
.legend section b::before { content: ''; display: inline-block; margin-inline-end: 6px; vertical-align: middle;
                            border: 5px solid transparent; border-top-color: currentColor; border-bottom-width: 0; }
.legend.folded section b::before { border: 5px solid transparent; border-left-color: currentColor; border-right-width: 0; }
.legend b { display: block; margin-bottom: 2px; }
.legend .sw { display: inline-block; width: 14px; height: 12px; margin-right: 6px; vertical-align: middle;
              border: 1px solid #888; }
.legend .dot { display: inline-block; width: 8px; height: 8px; margin: 0 9px 0 3px; border-radius: 50%;
               background: #222; border: 1px solid white; vertical-align: middle; }
.legend section + section { margin-top: 6px; }
.site { background: #1f4e9c; color: white; border-radius: 50%; text-align: center; font-weight: bold;
        line-height: 22px; border: 2px solid white; }
</style></head><body><div id="map"></div>
<script>
var pageErrors = [];
window.addEventListener('error', function (e) { pageErrors.push(String(e.message)); });
</script>
<script>
var D = __DATA__;
var T = D.text;
var map = L.map('map', {attributionControl: false, zoomSnap: 0.25});
map.createPane('bands').style.zIndex = 420;
var byCode = {};
var mode = D.mode, bandsOn = D.showBands, chosen = null;
function esc(s) { var d = document.createElement('div'); d.textContent = String(s); return d.innerHTML; }
function areaStyle(f) {
  var picked = f.properties.pcode === chosen;  // the area chosen in the table stays outlined
  return {color: picked ? '#000' : '#555', weight: picked ? 3.5 : 0.6,
          fillColor: mode === 'pct' ? f.properties.colour : f.properties.reach, fillOpacity: bandsOn ? 0.3 : 0.75};
}
var areas = L.geoJSON(D.areas, {
  style: areaStyle,
  onEachFeature: function (f, l) {
    byCode[f.properties.pcode] = l;
    var p = f.properties;
    l.bindTooltip('<b>' + esc(p.name) + '</b> (' + esc(p.pcode) + ')<br>' +
      (p.pct === null ? esc(T.no_population) : p.pct + '% ' + esc(T.covered)) + '<br>' +
      p.uncovered.toLocaleString() + ' ' + esc(D.kind) + ' ' + esc(T.beyond) + '<br>' + esc(T.rank) + ' ' + p.rank);
  }
}).addTo(map);
var bands = L.geoJSON(D.bands, {pane: 'bands', interactive: false, style: function (f) {
  return {color: f.properties.within ? '#08306b' : '#a63603', weight: f.properties.within ? 1 : 0.6,
          fillColor: f.properties.colour, fillOpacity: 0.55};
}});
var catchments = D.catchments ? L.geoJSON(D.catchments, {interactive: false, style: {color: '#1f4e9c', weight: 1.2,
  dashArray: '4 3', fill: false}}) : null;
if (catchments && !D.bands.features.length) { catchments.addTo(map); }
var services = L.layerGroup(D.services.map(function (s) {
  return L.circleMarker([s.latitude, s.longitude], {radius: 3.5, color: 'white', weight: 1, fillColor: '#222',
                                                    fillOpacity: 1}).bindTooltip(esc(s.name));
})).addTo(map);
// "cell 12" (a candidate among the grid's cells) in the page's words
function siteName(name) {
  var m = /^cell ([0-9]+)$/.exec(name);
  return m && T.cell ? T.cell.replace('{n}', m[1]) : name;
}
D.sites.forEach(function (s) {
  L.marker([s.latitude, s.longitude], {icon: L.divIcon({className: 'site', html: String(s.pick), iconSize: [24, 24]}),
                                       zIndexOffset: 1000})
    .bindTooltip(esc(T.site) + ' ' + s.pick + ': ' + esc(siteName(s.name)) + (s.area ? '<br>' + esc(s.area) : '') + '<br>' + esc(T.adds) + ' ' +
                 s.adds.toLocaleString() + ' ' + esc(D.kind))
    .addTo(map);
});
// False while the page sits in a hidden tab (it is fitted when it shows: the observer below).
// Leaflet measures its box only once it has a view, so a first view is set before measuring.
function sized() {
  if (!document.getElementById('map').clientWidth) { return false; }
  if (!map._loaded) { map.setView([0, 0], 2, {animate: false}); }
  map.invalidateSize();
  return true;
}
function fitAll() {
  if (!sized()) { return; }
  var bounds = areas.getBounds();
  if (!bounds.isValid()) { map.setView([0, 0], 2); return; }
  // keep the areas clear of the legend, which sits bottom right
  var right = legendDiv ? legendDiv.offsetWidth : 0;
  if (right > map.getSize().x / 2) { right = 0; }
  map.fitBounds(bounds, {animate: false, paddingTopLeft: [8, 8], paddingBottomRight: [right + 8, 8]});
}
// A page laid out in a hidden tab gets its real size later: fit again on every resize
// until the user has moved the map themselves.
var userMoved = false;
['mousedown', 'wheel', 'touchstart', 'keydown'].forEach(function (e) {
  document.getElementById('map').addEventListener(e, function () { userMoved = true; });
});
// (A tab hides the page with no window resize to tell it: watch the map's own box.)
var pendingZoom = null;
new ResizeObserver(function () {
  if (!sized()) { return; }
  autoFold();
  if (pendingZoom) { var p = pendingZoom; pendingZoom = null; zoomTo(p); } else if (!userMoved) { fitAll(); }
}).observe(document.getElementById('map'));
var legendDiv = null;
function legendHtml() {
  var h = '<section><b>' + esc(mode === 'pct' ? T.pct_title : T.uncovered_title) + '</b>';
  D.legends[mode].forEach(function (e) { h += '<div><span class="sw" style="background:' + e[0] + '"></span>' + esc(e[1]) + '</div>'; });
  h += '<div><span class="sw" style="background:#cccccc"></span>' + esc(T.no_population) + '</div></section>';
  if (bandsOn && D.bands.features.length) {
    h += '<section><b>' + esc(D.bands.features[0].properties.unit === 'min' ? T.bands_min : T.bands_km) + '</b>';
    D.bands.features.forEach(function (f) {
      h += '<div><span class="sw" style="background:' + f.properties.colour + '"></span>' + esc(f.properties.label) + '</div>';
    });
    h += '</section>';
  }
  if (D.services.length) { h += '<section><div><span class="dot"></span>' + esc(T.services) + '</div></section>'; }
  return h;
}
var legend = L.control({position: 'bottomright'});
var userFolded = false;
// On a small map (the panel docked beside the main map) the legend folds to its titles: when the map
// is small, or the open legend would cover over a third of its height or 40% of its width.
function autoFold() {
  var size = map.getSize();
  if (userFolded || !legendDiv || size.x <= 0) { return; }
  legendDiv.classList.remove('folded');  // measured open
  legendDiv.classList.toggle('folded', size.x < 560 || size.y < 360 || legendDiv.offsetHeight > size.y / 3 ||
                                       legendDiv.offsetWidth > size.x * 0.4);
}
window.addEventListener('resize', autoFold);
legend.onAdd = function () {
  legendDiv = L.DomUtil.create('div', 'legend');
  legendDiv.innerHTML = legendHtml();
  // a click folds the legend to its titles, to see the map under it
  L.DomEvent.on(legendDiv, 'click', function () { userFolded = true; legendDiv.classList.toggle('folded'); });
  L.DomEvent.disableClickPropagation(legendDiv);
  return legendDiv;
};
legend.addTo(map);
autoFold();
fitAll();
function setMode(m) {
  mode = m === 'uncovered' ? 'uncovered' : 'pct';
  areas.setStyle(areaStyle);
  legendDiv.innerHTML = legendHtml();
  return mode;
}
function showBands(on) {
  bandsOn = !!on;
  if (bandsOn) { bands.addTo(map); } else { map.removeLayer(bands); }
  areas.setStyle(areaStyle);
  legendDiv.innerHTML = legendHtml();
  return bandsOn;
}
showBands(bandsOn);
function mapState() {
  var view = map._loaded ? {zoom: map.getZoom(), center: map.getCenter()} : {zoom: null, center: null};
  return JSON.stringify({errors: pageErrors, mode: mode, bands: bandsOn && map.hasLayer(bands), bandCount: D.bands.features.length,
                         areas: Object.keys(byCode).length, services: D.services.length, sites: D.sites.length,
                         legend: legendDiv ? legendDiv.textContent : '', chosen: chosen,
                         folded: !!legendDiv && legendDiv.classList.contains('folded'), zoom: view.zoom,
                         center: view.center});
}
function zoomTo(pcode) {
  var l = byCode[pcode]; if (!l) return false;
  chosen = pcode;
  areas.setStyle(areaStyle);
  l.bringToFront();
  if (!sized()) { pendingZoom = pcode; return true; }  // hidden: zoomed when it shows
  userMoved = true;
  map.fitBounds(l.getBounds(), {maxZoom: 12, animate: false});
  return true;
}
</script></body></html>
"""
