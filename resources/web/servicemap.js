/* ServiceMap's service map: markers, popups, labels, legend and the page API.
 *
 * The page is written by mapping/maps/page.py; it passes its data to the functions here.
 * Every text from the directory (names, organisations, phones, schedules, area names) is put
 * into the page with textContent, never as HTML. The only markup built here is the SVG of a
 * symbol, from a colour and a path that are checked against strict patterns first.
 */
(function () {
  "use strict";

  var COLOUR = /^#[0-9a-fA-F]{6}$/;
  var PATH = /^[MLHVCSQTAZmlhvcsqtaz0-9.,\s-]+$/;
  var FALLBACK = ["", "#7f7f7f", "M10,2A8,8 0 1,1 9.99,2Z"];

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function symbolSvg(style, size) {
    var colour = COLOUR.test(style[1]) ? style[1] : FALLBACK[1];
    var path = PATH.test(style[2]) ? style[2] : FALLBACK[2];
    return (
      '<svg width="' + size + '" height="' + size + '" viewBox="-1 -1 22 22" aria-hidden="true">' +
      '<path d="' + path + '" fill="' + colour + '" stroke="#ffffff" stroke-width="3" stroke-linejoin="round"/>' +
      '<path d="' + path + '" fill="' + colour + '" stroke="#202020" stroke-width="1.2" stroke-linejoin="round"/>' +
      "</svg>"
    );
  }

  function iconFor(style, size) {
    return L.divIcon({
      className: "sm-icon",
      html: symbolSvg(style, size),
      iconSize: [size, size],
      iconAnchor: [size / 2, size / 2],
      popupAnchor: [0, -size / 2],
    });
  }

  /* ---- admin areas ---------------------------------------------------------------- */

  function areaTooltip(layer) {
    var p = (layer.feature && layer.feature.properties) || {};
    var box = el("div", "sm-area-tip");
    box.appendChild(el("strong", null, p.name || ""));
    if (p.pcode) box.appendChild(el("span", "sm-pcode", " " + p.pcode));
    return box;
  }

  // One outline text (directory/outline_codec.py) as Leaflet's polygons of [lat, lng] rings:
  // steps from the previous vertex, x then y, zigzagged, in 5-bit pieces written as URL-safe
  // base64 letters, 32 added to all pieces but a value's last; "," starts a ring, ";" a polygon.
  var PIECE = (function () {
    var alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    var table = [];
    for (var i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i;
    return table;
  })();

  function decodeOutline(text, grid) {
    var polygons = [];
    var rings = [];
    var ring = [];
    var x = 0;
    var y = 0;
    var value = 0;
    var shift = 0;
    var isY = false;
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      if (c === 44 || c === 59) {
        rings.push(ring);
        ring = [];
        if (c === 59) {
          polygons.push(rings);
          rings = [];
        }
        continue;
      }
      c = PIECE[c];
      value += (c & 31) * Math.pow(2, shift);
      if (c >= 32) {
        shift += 5;
        continue;
      }
      var step = value % 2 ? -(value + 1) / 2 : value / 2;
      value = 0;
      shift = 0;
      if (isY) {
        y += step;
        ring.push([y * grid, x * grid]);
      } else {
        x += step;
      }
      isY = !isY;
    }
    rings.push(ring);
    polygons.push(rings);
    return polygons;
  }

  // One admin level. data.tiers lists [deepest zoom, grid] per tier, coarse to fine;
  // data.outlines[tier][area] is the area's outline text at that tier. A tier is decoded the
  // first time the map reaches its zoom range, and the polygons swap tiers as the zoom changes.
  function areaLayer(data, style) {
    var layer = L.geoJSON(null);
    var decoded = [];
    var polygons = [];
    var current = -1;

    function tierFor(zoom) {
      for (var t = 0; t < data.tiers.length; t++) if (zoom <= data.tiers[t][0]) return t;
      return data.tiers.length - 1;
    }

    function shapes(t) {
      if (!decoded[t]) {
        var grid = data.tiers[t][1];
        decoded[t] = data.outlines[t].map(function (text) {
          return text ? decodeOutline(text, grid) : null;
        });
      }
      return decoded[t];
    }

    function show(zoom) {
      var t = tierFor(zoom);
      if (t === current) return;
      current = t;
      var latlngs = shapes(t);
      for (var i = 0; i < data.areas.length; i++) {
        if (!latlngs[i]) continue;
        if (polygons[i]) {
          polygons[i].setLatLngs(latlngs[i]);
          continue;
        }
        var polygon = L.polygon(latlngs[i], style);
        polygon.feature = { type: "Feature", properties: { pcode: data.areas[i][0], name: data.areas[i][1] } };
        polygon.bindTooltip(areaTooltip, { sticky: true, className: "sm-area-tooltip" });
        polygons[i] = polygon;
        layer.addLayer(polygon);
      }
    }

    function onZoom(e) {
      show(e.target.getZoom());
    }
    var map = null;
    layer.on("add", function () {
      map = layer._map;
      show(map.getZoom());
      map.on("zoomend", onZoom);
    });
    layer.on("remove", function () {
      if (map) map.off("zoomend", onZoom);
      map = null;
    });
    layer.smTier = function () {
      return current < 0 ? null : data.tiers[current][0];
    };
    return layer;
  }

  function labelLayer(points) {
    // Labels sit in their own pane under the markers, so they never hide a service.
    var group = L.layerGroup();
    var addChildren = group.onAdd;
    group.onAdd = function (map) {
      if (!map.getPane("smLabels")) map.createPane("smLabels").style.zIndex = 450;
      addChildren.call(this, map);
    };
    for (var i = 0; i < points.length; i++) {
      var p = points[i];
      // Just below the point, so a confidential marker at the same point does not hide it.
      var tip = L.tooltip({
        permanent: true,
        direction: "center",
        offset: [0, 18],
        className: "sm-label",
        interactive: false,
        pane: "smLabels",
      });
      tip.setLatLng([p[0], p[1]]);
      tip.setContent(el("span", null, p[2]));
      group.addLayer(tip);
    }
    return group;
  }

  /* ---- services --------------------------------------------------------------------- */

  function line(box, caption, value) {
    if (!value) return;
    var row = el("div", "sm-line");
    if (caption) row.appendChild(el("span", "sm-caption", caption + ": "));
    row.appendChild(el("span", null, value));
    box.appendChild(row);
  }

  function popupFor(marker, payload) {
    var text = payload.text;
    var row = marker.smRow;
    var box = el("div", "sm-popup");
    if (marker.smConfidential) {
      box.appendChild(el("div", "sm-name", text.confidential));
      line(box, text.area, row[5] ? row[4] + " (" + row[5] + ")" : row[4]);
      return box;
    }
    var s = payload.strings;
    var types = row[6].map(function (i) {
      return payload.typeLabels[i];
    });
    box.appendChild(el("div", "sm-org", s[row[5]]));
    box.appendChild(el("div", "sm-name", s[row[4]]));
    if (types.length) box.appendChild(el("div", "sm-types", types.join(", ")));
    var phones = row[7].map(function (i) {
      return s[i];
    });
    line(box, text.phone, phones.join(", "));
    line(box, text.schedule, s[row[8]]);
    return box;
  }

  function serviceCluster(payload, options) {
    var styles = payload.styles;
    var icons = [];
    for (var k = 0; k < styles.length; k++) icons.push(iconFor(styles[k], 18));
    var confidentialIcons = [];
    for (k = 0; k < styles.length; k++) confidentialIcons.push(iconFor(styles[k], 24));

    var cluster = L.markerClusterGroup(options);
    var markers = [];
    var byId = Object.create(null);
    var i, row, marker;

    for (i = 0; i < payload.services.length; i++) {
      row = payload.services[i];
      marker = L.marker([row[0], row[1]], { icon: icons[row[2]] || icons[0] });
      marker.smRow = row;
      marker.smIds = [row[3]];
      markers.push(marker);
      byId[row[3]] = marker;
    }
    for (i = 0; i < payload.confidential.length; i++) {
      row = payload.confidential[i];
      marker = L.marker([row[0], row[1]], { icon: confidentialIcons[row[2]] || confidentialIcons[0] });
      marker.smRow = row;
      marker.smIds = row[3].slice();
      marker.smConfidential = true;
      markers.push(marker);
      for (var j = 0; j < row[3].length; j++) byId[row[3][j]] = marker;
    }
    cluster.addLayers(markers);

    var popup = L.popup({ maxWidth: 320, autoPanPadding: [20, 20] });
    // Open the popup of a service marker and tell the desktop app which service it was.
    function activate(m) {
      var map = cluster._map;
      var anchor = m.options.icon.options.popupAnchor || [0, 0];
      popup.options.offset = L.point(anchor[0], anchor[1] + 7);
      popup.setLatLng(m.getLatLng()).setContent(popupFor(m, payload));
      if (map) popup.openOn(map);
      if (typeof window.servicemapOnClick === "function") {
        try {
          window.servicemapOnClick(m.smIds[0], m.smIds.slice());
        } catch (err) {
          if (window.console) console.error("servicemapOnClick failed: " + err);
        }
      }
    }
    cluster.on("click", function (e) {
      if (e.layer && e.layer.smIds) activate(e.layer);
    });

    cluster.smActivate = activate;
    cluster.smMarkers = markers;
    cluster.smById = byId;
    cluster.smPayload = payload;
    cluster.smMarkerCount = markers.length;
    return cluster;
  }

  /* ---- legend ----------------------------------------------------------------------- */

  function legend(payload) {
    var control = L.control({ position: "bottomright" });
    control.onAdd = function () {
      var box = el("div", "sm-legend leaflet-bar");
      var title = el("button", "sm-legend-title", payload.text.legend_title);
      title.type = "button";
      title.setAttribute("aria-expanded", "true");
      title.onclick = function () {
        var collapsed = box.classList.toggle("sm-collapsed");
        title.setAttribute("aria-expanded", collapsed ? "false" : "true");
      };
      box.appendChild(title);
      var list = el("ul");
      for (var i = 0; i < payload.legend.length; i++) {
        var style = payload.styles[payload.legend[i]];
        var item = el("li");
        var swatch = el("span", "sm-swatch");
        swatch.innerHTML = symbolSvg(style, 16); // checked colour and path only; no directory text
        item.appendChild(swatch);
        item.appendChild(el("span", "sm-legend-label", style[0]));
        list.appendChild(item);
      }
      box.appendChild(list);
      var skipped = payload.counts.skipped;
      if (skipped) {
        var note = skipped === 1 ? payload.text.skipped_one : payload.text.skipped.replace("{n}", skipped);
        box.appendChild(el("div", "sm-legend-note", note));
      }
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      return box;
    };
    control.collapseIfCrowded = function (map) {
      // A legend that scrolls, or takes over a third of the map's height, hides the services
      // (a field laptop's map is small): it folds, one click opens it. Checked again whenever the
      // map is resized (a dock opened beside it), until the user folds or opens it by hand.
      var box = control.getContainer();
      if (!box) return;
      var title = box.querySelector(".sm-legend-title");
      var byHand = false;
      title.addEventListener("click", function () {
        byHand = true;
      });
      function crowded() {
        var folded = box.classList.contains("sm-collapsed");
        box.classList.remove("sm-collapsed"); // measured open
        var size = map.getSize();
        var result = box.scrollHeight > box.clientHeight + 1 || box.offsetHeight > size.y / 3 || size.x < 600;
        box.classList.toggle("sm-collapsed", folded);
        return result;
      }
      function fold() {
        if (byHand) return;
        var crowd = crowded();
        box.classList.toggle("sm-collapsed", crowd);
        title.setAttribute("aria-expanded", crowd ? "false" : "true");
      }
      fold();
      map.on("resize", fold);
    };
    return control;
  }

  /* ---- the page API for the desktop app --------------------------------------------- */

  function fit(map, bounds, maxZoom) {
    // Keep the legend (bottom right) off what is fitted, when there is room beside it.
    var legendBox = map.getContainer().querySelector(".sm-legend");
    var right = 20;
    if (legendBox && legendBox.offsetWidth && legendBox.offsetWidth < map.getSize().x * 0.4) {
      right = legendBox.offsetWidth + 30;
    }
    map.fitBounds(bounds, { paddingTopLeft: [20, 20], paddingBottomRight: [right, 20], maxZoom: maxZoom });
  }

  /* The layer list opens by itself on a wide map and folds to its button on a narrow one (a
     dock open beside it on a laptop); the button opens it on hover, click or keyboard focus. */
  function foldLayersWhenNarrow(map) {
    var layers = map.getContainer().querySelector(".leaflet-control-layers");
    if (!layers) return;
    function fold() {
      layers.classList.toggle("leaflet-control-layers-expanded", map.getSize().x >= 600);
    }
    fold();
    map.on("resize", fold);
  }

  function publish(map, cluster, title, bounds) {
    foldLayersWhenNarrow(map);
    L.control.scale({ imperial: false, maxWidth: 150 }).addTo(map);
    if (bounds) fit(map, bounds, 15);
    var highlight = L.layerGroup().addTo(map);
    var ring = { radius: 15, color: "#ff6a00", weight: 3, opacity: 0.95, fill: false, interactive: false };

    // Selected services are drawn again above the clusters, with a ring, so each one shows
    // even where its own marker is still inside a cluster.
    function showSelected(m) {
      L.circleMarker(m.getLatLng(), ring).addTo(highlight);
      var copy = L.marker(m.getLatLng(), { icon: m.options.icon, zIndexOffset: 1000 });
      copy.on("click", function () {
        cluster.smActivate(m);
      });
      copy.addTo(highlight);
    }

    function selectIds(ids) {
      var seen = [];
      var list = ids ? [].concat(ids) : [];
      for (var i = 0; i < list.length; i++) {
        var m = cluster.smById[String(list[i])];
        if (m && seen.indexOf(m) < 0) seen.push(m);
      }
      highlight.clearLayers();
      if (!seen.length) return 0;
      if (!map.hasLayer(cluster)) map.addLayer(cluster);
      seen.forEach(showSelected);
      if (seen.length === 1) {
        cluster.zoomToShowLayer(seen[0], function () {
          map.panTo(seen[0].getLatLng());
        });
      } else {
        fit(
          map,
          L.latLngBounds(
            seen.map(function (m) {
              return m.getLatLng();
            })
          ),
          15
        );
      }
      return seen.length;
    }

    // Show only the markers of these services (null: all of them). A confidential marker
    // stands for several services and shows while any of them is wanted.
    var filtered = null;
    function showOnly(ids) {
      var markers = cluster.smMarkers;
      var wanted = null;
      if (ids !== null && ids !== undefined) {
        wanted = Object.create(null);
        [].concat(ids).forEach(function (id) {
          wanted[String(id)] = true;
        });
      }
      var keep = markers.filter(function (m) {
        if (!wanted) return true;
        for (var i = 0; i < m.smIds.length; i++) if (wanted[m.smIds[i]]) return true;
        return false;
      });
      filtered = wanted;
      map.closePopup();  // a popup left open would describe a service the filter may have hidden
      highlight.clearLayers();
      cluster.clearLayers();
      cluster.addLayers(keep);
      window.servicemap.visibleCount = keep.length;
      return keep.length;
    }

    function selectVisible(ids) {
      if (!filtered) return selectIds(ids);
      return selectIds(
        [].concat(ids || []).filter(function (id) {
          return filtered[String(id)];
        })
      );
    }

    if (title) document.title = title;
    // An area chosen elsewhere (the coverage panel's table) outlined, and the map fitted to it;
    // null takes the outline away.
    var outline = L.geoJSON(null, { interactive: false, style: { color: "#000", weight: 3.5, fill: false } });
    function outlineArea(geojson) {
      outline.clearLayers();
      if (!geojson) return false;
      outline.addData(geojson).addTo(map);  // on the map from its first use only
      fit(map, outline.getBounds(), 13);
      return true;
    }

    window.servicemap = {
      showOnly: showOnly,
      outlineArea: outlineArea,
      selection: highlight,
      visibleCount: cluster.smMarkerCount,
      map: map,
      cluster: cluster,
      counts: cluster.smPayload.counts,
      markerCount: cluster.smMarkerCount,
      selectIds: selectVisible,
      ready: true,
    };
    // For browsers driven from outside (headless checks of exported maps).
    document.documentElement.setAttribute("data-servicemap-ready", "true");
    document.documentElement.setAttribute("data-servicemap-markers", String(cluster.smMarkerCount));
    if (window.performance) {
      document.documentElement.setAttribute("data-servicemap-ready-ms", String(Math.round(performance.now())));
    }
    return window.servicemap;
  }

  window.ServiceMapKit = {
    areaLayer: areaLayer,
    decodeOutline: decodeOutline,
    labelLayer: labelLayer,
    serviceCluster: serviceCluster,
    legend: legend,
    publish: publish,
  };
})();
