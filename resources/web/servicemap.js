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

  /* ---- services: one canvas, clustered per zoom -------------------------------------- */
  /*
   * Every service is drawn on one canvas (one draw per frame, no DOM node per marker). The
   * payload's columns are read into typed arrays once; clusters are worked out for a zoom
   * level the first time the map shows it: a point joins the nearest cluster whose first
   * point is within the radius (looked up in a grid of radius-sized cells), or starts one.
   * A cluster is drawn at the mean of its points, with its count, as Leaflet.markercluster
   * draws them; a click on it zooms to its points, a click on a symbol opens its popup,
   * built then from the columns.
   */

  var MAX_LAT = 85.0511287798;
  var BUBBLES = [
    // [fewest members, outer ring, inner disc]
    [100, "rgba(253, 156, 115, 0.6)", "rgba(241, 128, 23, 0.6)"],
    [10, "rgba(241, 211, 87, 0.6)", "rgba(240, 194, 12, 0.6)"],
    [0, "rgba(181, 226, 140, 0.6)", "rgba(110, 204, 57, 0.6)"],
  ];
  var BUBBLE_SIZE = 40;
  // Up to this many markers in view, each gets a button for the keyboard (and screen readers).
  var MAX_KEYS = 300;

  function mercatorX(lng) {
    return lng / 360 + 0.5;
  }

  function mercatorY(lat) {
    var s = Math.sin((Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180);
    return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
  }

  function sprite(size, ratio, draw) {
    var canvas = document.createElement("canvas");
    canvas.width = canvas.height = Math.ceil(size * ratio);
    var ctx = canvas.getContext("2d");
    ctx.scale(ratio, ratio);
    draw(ctx);
    return canvas;
  }

  // A symbol as servicemap's SVG draws it: a white halo, the colour, a dark edge.
  function symbolSprite(style, size, ratio) {
    var colour = COLOUR.test(style[1]) ? style[1] : FALLBACK[1];
    var path = new Path2D(PATH.test(style[2]) ? style[2] : FALLBACK[2]);
    return sprite(size + 4, ratio, function (ctx) {
      ctx.translate(2, 2);
      ctx.scale(size / 22, size / 22);
      ctx.translate(1, 1);
      ctx.lineJoin = "round";
      ctx.fillStyle = colour;
      ctx.fill(path);
      ctx.strokeStyle = "#ffffff";
      ctx.lineWidth = 3;
      ctx.stroke(path);
      ctx.fill(path);
      ctx.strokeStyle = "#202020";
      ctx.lineWidth = 1.2;
      ctx.stroke(path);
    });
  }

  function bubbleSprite(look, ratio) {
    return sprite(BUBBLE_SIZE, ratio, function (ctx) {
      var c = BUBBLE_SIZE / 2;
      ctx.fillStyle = look[1];
      ctx.beginPath();
      ctx.arc(c, c, c, 0, 2 * Math.PI);
      ctx.fill();
      ctx.fillStyle = look[2];
      ctx.beginPath();
      ctx.arc(c, c, c - 5, 0, 2 * Math.PI);
      ctx.fill();
    });
  }

  function line(box, caption, value) {
    if (!value) return;
    var row = el("div", "sm-line");
    if (caption) row.appendChild(el("span", "sm-caption", caption + ": "));
    row.appendChild(el("span", null, value));
    box.appendChild(row);
  }

  function popupFor(layer, i) {
    var payload = layer.smPayload;
    var text = payload.text;
    var box = el("div", "sm-popup");
    if (i >= layer._n) {
      var row = payload.confidential[i - layer._n];
      box.appendChild(el("div", "sm-name", text.confidential));
      line(box, text.area, row[5] ? row[4] + " (" + row[5] + ")" : row[4]);
      return box;
    }
    var s = payload.strings;
    var c = payload.services;
    box.appendChild(el("div", "sm-org", s[c.org[i]]));
    box.appendChild(el("div", "sm-name", s[c.name[i]]));
    if (s[c.types[i]]) box.appendChild(el("div", "sm-types", s[c.types[i]]));
    line(box, text.phone, s[c.phones[i]]);
    line(box, text.schedule, s[c.schedule[i]]);
    return box;
  }

  // What the page API hands out for one service marker (made the first time it is asked for).
  function ServicePoint(layer, i) {
    this.smIndex = i;
    this.smConfidential = i >= layer._n;
    this.smIds = this.smConfidential ? layer.smPayload.confidential[i - layer._n][3].slice() : [layer.smPayload.services.id[i]];
    this._latlng = L.latLng(layer._lat[i], layer._lng[i]);
  }
  ServicePoint.prototype.getLatLng = function () {
    return this._latlng;
  };

  var ServiceLayer = L.Layer.extend({
    options: {
      pane: "smServices",
      maxClusterRadius: 60,
      disableClusteringAtZoom: 17,
      size: 18,
      confidentialSize: 24,
    },

    initialize: function (payload, options) {
      L.setOptions(this, options);
      var columns = payload.services;
      var groups = payload.confidential;
      var n = columns.lat.length;
      var total = n + groups.length;
      var lat = (this._lat = new Float64Array(total));
      var lng = (this._lng = new Float64Array(total));
      var x = (this._x = new Float64Array(total));
      var y = (this._y = new Float64Array(total));
      var style = (this._style = new Uint16Array(total));
      var unit = 1 / payload.scale;
      var i;
      for (i = 0; i < n; i++) {
        lat[i] = columns.lat[i] * unit;
        lng[i] = columns.lng[i] * unit;
        style[i] = columns.style[i];
      }
      for (i = n; i < total; i++) {
        var group = groups[i - n];
        lat[i] = group[0];
        lng[i] = group[1];
        style[i] = group[2];
      }
      for (i = 0; i < total; i++) {
        x[i] = mercatorX(lng[i]);
        y[i] = mercatorY(lat[i]);
      }
      this._n = n;
      this._total = total;
      this._shown = new Uint8Array(total).fill(1);
      this._levels = Object.create(null);
      this._markers = new Array(total);
      this._sprites = null;
      this._icons = Object.create(null);
      this._drawn = null;
      this._lastClick = null;
      this.smPayload = payload;
      this.smMarkerCount = total;
      this.smVisibleCount = total;
      this.smDrawn = { symbols: 0, clusters: 0 };
    },

    /* -- the layer on the map -- */

    onAdd: function (map) {
      if (!map.getPane(this.options.pane)) {
        // Above the area labels (450), below Leaflet's markers (600): a selected service's
        // copy, a DOM marker, stays on top of the canvas.
        map.createPane(this.options.pane).style.zIndex = 550;
      }
      this._canvas = L.DomUtil.create("canvas", "sm-services leaflet-zoom-" + (this._zoomAnimated ? "animated" : "hide"));
      map.getPane(this.options.pane).appendChild(this._canvas);
      this._keys = L.DomUtil.create("div", "sm-keys leaflet-zoom-hide", map.getPane(this.options.pane));
      L.DomEvent.on(this._keys, "click", this._onKey, this);
      // Drawn before the next frame, unless the map moves first (the page fits it to the
      // services right after adding the layer): no drawing, or clustering, for a view never seen.
      this._pending = true;
      var self = this;
      L.Util.requestAnimFrame(function () {
        if (self._pending) self._redraw();
      });
    },

    smDrawNow: function () {
      if (this._pending) this._redraw();
    },

    onRemove: function (map) {
      L.DomUtil.remove(this._canvas);
      L.DomUtil.remove(this._keys);
      this._keys = null;
      L.DomUtil.removeClass(map.getContainer(), "sm-over-marker");
      this._over = false;
      this._canvas = null;
      this._drawn = null;
    },

    getEvents: function () {
      var events = { moveend: this._redraw, click: this._onClick, mousemove: this._onMouseMove };
      if (this._zoomAnimated) events.zoomanim = this._onZoomAnim;
      return events;
    },

    _onZoomAnim: function (e) {
      // The drawing is scaled with the map while it zooms, and drawn again once it stops.
      if (!this._drawn) return;
      var map = this._map;
      L.DomUtil.setTransform(this._canvas, map._latLngToNewLayerPoint(this._drawn.corner, e.zoom, e.center), map.getZoomScale(e.zoom));
    },

    /* -- clusters -- */

    _clusters: function (zoom) {
      var level = this._levels[zoom];
      if (level) return level;
      var radius = this.options.maxClusterRadius;
      var world = 256 * Math.pow(2, zoom);
      var cell = radius / world; // in the 0..1 units of x and y
      var limit = cell * cell;
      var x = this._x;
      var y = this._y;
      var shown = this._shown;
      var total = this._total;
      var of = new Int32Array(total).fill(-1);
      var first = [];
      var count = [];
      var sumX = [];
      var sumY = [];
      var grid = new Map();
      var rows = Math.ceil(1 / cell) + 2;
      for (var i = 0; i < total; i++) {
        if (!shown[i]) continue;
        var px = x[i];
        var py = y[i];
        var cx = Math.floor(px / cell);
        var cy = Math.floor(py / cell);
        var best = -1;
        var bestD = limit;
        for (var gx = cx - 1; gx <= cx + 1; gx++) {
          for (var gy = cy - 1; gy <= cy + 1; gy++) {
            var list = grid.get(gx * rows + gy);
            if (!list) continue;
            for (var j = 0; j < list.length; j++) {
              var k = list[j];
              var dx = x[first[k]] - px;
              var dy = y[first[k]] - py;
              var d = dx * dx + dy * dy;
              if (d <= bestD) {
                bestD = d;
                best = k;
              }
            }
          }
        }
        if (best < 0) {
          best = first.length;
          first.push(i);
          count.push(0);
          sumX.push(0);
          sumY.push(0);
          var key = cx * rows + cy;
          var own = grid.get(key);
          if (own) own.push(best);
          else grid.set(key, [best]);
        }
        of[i] = best;
        count[best]++;
        sumX[best] += px;
        sumY[best] += py;
      }
      for (k = 0; k < first.length; k++) {
        sumX[k] /= count[k];
        sumY[k] /= count[k];
      }
      level = { of: of, first: first, count: count, x: sumX, y: sumY };
      this._levels[zoom] = level;
      return level;
    },

    _clusterZoom: function (zoom) {
      // Clusters are worked out per whole zoom (as Leaflet.markercluster does); none from
      // disableClusteringAtZoom on.
      var z = Math.round(zoom);
      return z >= this.options.disableClusteringAtZoom ? null : z;
    },

    /* -- drawing -- */

    _spritesFor: function (ratio) {
      if (this._sprites && this._sprites.ratio === ratio) return this._sprites;
      var styles = this.smPayload.styles;
      var sprites = { ratio: ratio, plain: [], confidential: [], bubbles: [] };
      for (var k = 0; k < styles.length; k++) {
        sprites.plain.push(symbolSprite(styles[k], this.options.size, ratio));
        sprites.confidential.push(symbolSprite(styles[k], this.options.confidentialSize, ratio));
      }
      for (k = 0; k < BUBBLES.length; k++) sprites.bubbles.push(bubbleSprite(BUBBLES[k], ratio));
      this._sprites = sprites;
      return sprites;
    },

    _redraw: function () {
      var map = this._map;
      if (!map || !this._canvas) return;
      this._pending = false;
      var size = map.getSize();
      var pad = size.multiplyBy(0.25).round();
      var corner = map.containerPointToLayerPoint(pad.multiplyBy(-1)).round();
      var width = size.x + 2 * pad.x;
      var height = size.y + 2 * pad.y;
      var ratio = window.devicePixelRatio || 1;
      var canvas = this._canvas;
      L.DomUtil.setPosition(canvas, corner);
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      canvas.style.width = width + "px";
      canvas.style.height = height + "px";
      var ctx = canvas.getContext("2d");
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);

      var zoom = map.getZoom();
      var scale = 256 * Math.pow(2, zoom);
      var origin = map.getPixelOrigin();
      var left = origin.x + corner.x;
      var top = origin.y + corner.y;
      var margin = BUBBLE_SIZE;
      var x = this._x;
      var y = this._y;
      var plain = [];
      var secret = [];
      var bubbles = [];
      var i, px, py;

      function inView(px, py) {
        return px > -margin && py > -margin && px < width + margin && py < height + margin;
      }

      var z = this._clusterZoom(zoom);
      var level = z === null ? null : this._clusters(z);
      if (level) {
        for (var k = 0; k < level.first.length; k++) {
          px = level.x[k] * scale - left;
          py = level.y[k] * scale - top;
          if (!inView(px, py)) continue;
          if (level.count[k] > 1) bubbles.push(k, px, py);
          else {
            i = level.first[k];
            (i < this._n ? plain : secret).push(i, px, py);
          }
        }
      } else {
        for (i = 0; i < this._total; i++) {
          if (!this._shown[i]) continue;
          px = x[i] * scale - left;
          py = y[i] * scale - top;
          if (inView(px, py)) (i < this._n ? plain : secret).push(i, px, py);
        }
      }

      var sprites = this._spritesFor(ratio);
      var hits = { x: [], y: [], r: [], what: [] };
      var slack = L.Browser.mobile ? 8 : 2; // a finger needs more room than a mouse
      var self = this;
      function symbols(list, images, symbolSize) {
        var half = symbolSize / 2 + 2;
        for (var j = 0; j < list.length; j += 3) {
          var image = images[self._style[list[j]]] || images[0];
          ctx.drawImage(image, list[j + 1] - half, list[j + 2] - half, symbolSize + 4, symbolSize + 4);
          hits.what.push(list[j]);
          hits.x.push(list[j + 1]);
          hits.y.push(list[j + 2]);
          hits.r.push(symbolSize / 2 + slack);
        }
      }
      symbols(plain, sprites.plain, this.options.size);
      symbols(secret, sprites.confidential, this.options.confidentialSize);
      if (bubbles.length) {
        ctx.font = "12px 'Helvetica Neue', Arial, Helvetica, sans-serif";
        ctx.textAlign = "center";
        ctx.textBaseline = "middle";
        ctx.fillStyle = "#000";
        var half = BUBBLE_SIZE / 2;
        for (var j = 0; j < bubbles.length; j += 3) {
          var n = level.count[bubbles[j]];
          var look = n >= BUBBLES[0][0] ? 0 : n >= BUBBLES[1][0] ? 1 : 2;
          ctx.drawImage(sprites.bubbles[look], bubbles[j + 1] - half, bubbles[j + 2] - half, BUBBLE_SIZE, BUBBLE_SIZE);
          ctx.fillText(String(n), bubbles[j + 1], bubbles[j + 2] + 0.5);
          hits.what.push(-1 - bubbles[j]);
          hits.x.push(bubbles[j + 1]);
          hits.y.push(bubbles[j + 2]);
          hits.r.push(half);
        }
      }
      this._drawn = { corner: map.layerPointToLatLng(corner), left: corner.x, top: corner.y, level: level, hits: hits };
      this.smDrawn = { symbols: (plain.length + secret.length) / 3, clusters: bubbles.length / 3 };
      L.DomUtil.setPosition(this._keys, corner);
      this._placeKeys(width, height);
    },

    // One button per marker in view (a few hundred at most), in reading order: Tab reaches
    // them and Enter opens a service's popup or zooms into a cluster, as with DOM markers.
    // The buttons take no mouse events: the mouse goes to the map (_onClick).
    _placeKeys: function (width, height) {
      var keys = this._keys;
      var hadFocus = keys.contains(document.activeElement);
      keys.textContent = "";
      var hits = this._drawn.hits;
      var order = [];
      for (var j = 0; j < hits.what.length; j++) {
        if (hits.x[j] >= 0 && hits.y[j] >= 0 && hits.x[j] <= width && hits.y[j] <= height) order.push(j);
      }
      if (order.length > MAX_KEYS) return;
      order.sort(function (a, b) {
        return hits.y[a] - hits.y[b] || hits.x[a] - hits.x[b];
      });
      var payload = this.smPayload;
      var level = this._drawn.level;
      for (var k = 0; k < order.length; k++) {
        j = order[k];
        var what = hits.what[j];
        var label;
        if (what < 0) label = payload.text.cluster.replace("{n}", level.count[-1 - what]);
        else if (what >= this._n) label = payload.text.confidential;
        else {
          label = payload.strings[payload.services.name[what]];
          var org = payload.strings[payload.services.org[what]];
          if (org) label += " \u2013 " + org;
        }
        var key = el("button", "sm-key");
        key.type = "button";
        key.setAttribute("aria-label", label);
        key.title = label;
        key.smWhat = what;
        var r = hits.r[j];
        key.style.left = hits.x[j] - r + "px";
        key.style.top = hits.y[j] - r + "px";
        key.style.width = key.style.height = 2 * r + "px";
        keys.appendChild(key);
      }
      if (hadFocus && keys.firstChild) keys.firstChild.focus({ preventScroll: true });
    },

    _onKey: function (e) {
      L.DomEvent.stop(e);
      var what = e.target && e.target.smWhat;
      if (what === undefined) return;
      if (what >= 0) this.smActivate(this.smMarker(what));
      else this._zoomInto(-1 - what);
    },

    /* -- the mouse -- */

    _hit: function (layerPoint) {
      var drawn = this._drawn;
      if (!drawn || !layerPoint) return null;
      var hits = drawn.hits;
      var px = layerPoint.x - drawn.left;
      var py = layerPoint.y - drawn.top;
      for (var j = hits.what.length - 1; j >= 0; j--) {
        var dx = hits.x[j] - px;
        var dy = hits.y[j] - py;
        if (dx * dx + dy * dy <= hits.r[j] * hits.r[j]) return hits.what[j];
      }
      return null;
    },

    // Over a marker the pointer is a hand and the area's name (a tooltip of the outline under
    // the canvas) is hidden, as a DOM marker would hide it (servicemap.css).
    _pointAt: function (over) {
      if (over !== this._over) {
        this._over = over;
        L.DomUtil[over ? "addClass" : "removeClass"](this._map.getContainer(), "sm-over-marker");
      }
    },

    _onMouseMove: function (e) {
      this._pointAt(this._hit(e.layerPoint) !== null);
    },

    _onClick: function (e) {
      if (e.originalEvent && e.originalEvent === this._lastClick) return;
      this._lastClick = e.originalEvent;
      var what = this._hit(e.layerPoint);
      this._pointAt(what !== null); // a tap on a touch screen moves no mouse first
      if (what === null) return;
      if (what >= 0) this.smActivate(this.smMarker(what));
      else this._zoomInto(-1 - what);
    },

    _zoomInto: function (k) {
      // Zoom to the cluster's points, at least one step in.
      var map = this._map;
      var level = this._drawn.level;
      var of = level.of;
      var minX = Infinity;
      var minY = Infinity;
      var maxX = -Infinity;
      var maxY = -Infinity;
      for (var i = 0; i < this._total; i++) {
        if (of[i] !== k) continue;
        minX = Math.min(minX, this._x[i]);
        maxX = Math.max(maxX, this._x[i]);
        minY = Math.min(minY, this._y[i]);
        maxY = Math.max(maxY, this._y[i]);
      }
      var bounds = L.latLngBounds(map.unproject([minX * 256, minY * 256], 0), map.unproject([maxX * 256, maxY * 256], 0));
      var zoom = Math.max(map.getBoundsZoom(bounds, false, L.point(40, 40)), Math.round(map.getZoom()) + 1);
      map.setView(bounds.getCenter(), Math.min(zoom, map.getMaxZoom()));
    },

    /* -- the page API -- */

    // The clusters drawn now, as [x, y, services] in the map's container pixels.
    smDrawnClusters: function () {
      var out = [];
      var drawn = this._drawn;
      if (!drawn || !this._map) return out;
      var shift = this._map.layerPointToContainerPoint([drawn.left, drawn.top]);
      for (var j = 0; j < drawn.hits.what.length; j++) {
        var k = drawn.hits.what[j];
        if (k < 0) out.push([drawn.hits.x[j] + shift.x, drawn.hits.y[j] + shift.y, drawn.level.count[-1 - k]]);
      }
      return out;
    },

    smMarker: function (i) {
      return this._markers[i] || (this._markers[i] = new ServicePoint(this, i));
    },

    smIdsOf: function (i) {
      return i < this._n ? [this.smPayload.services.id[i]] : this.smPayload.confidential[i - this._n][3];
    },

    // The symbol of a marker as a DOM icon, for the copy drawn above a selected service.
    smIcon: function (m) {
      var key = this._style[m.smIndex] + (m.smConfidential ? "c" : "p");
      if (!this._icons[key]) {
        var style = this.smPayload.styles[this._style[m.smIndex]] || FALLBACK;
        this._icons[key] = iconFor(style, m.smConfidential ? this.options.confidentialSize : this.options.size);
      }
      return this._icons[key];
    },

    smActivate: function (m) {
      // Open the popup of a service marker and tell the desktop app which service it was.
      var map = this._map;
      var size = m.smConfidential ? this.options.confidentialSize : this.options.size;
      if (!this._popup) this._popup = L.popup({ maxWidth: 320, autoPanPadding: [20, 20] });
      this._popup.options.offset = L.point(0, 7 - size / 2);
      this._popup.setLatLng(m.getLatLng()).setContent(popupFor(this, m.smIndex));
      if (map) this._popup.openOn(map);
      if (typeof window.servicemapOnClick === "function") {
        try {
          window.servicemapOnClick(m.smIds[0], m.smIds.slice());
        } catch (err) {
          if (window.console) console.error("servicemapOnClick failed: " + err);
        }
      }
    },

    // Bring a marker out of its cluster: zoom in until it stands alone, then centre it.
    smShow: function (m) {
      var map = this._map;
      if (!map) return;
      var zoom = map.getZoom();
      var target = this.options.disableClusteringAtZoom;
      for (var z = Math.max(Math.round(zoom), 0); z < target; z++) {
        var level = this._clusters(z);
        if (level.count[level.of[m.smIndex]] === 1) {
          target = z;
          break;
        }
      }
      map.setView(m.getLatLng(), Math.max(zoom, Math.min(target, map.getMaxZoom())));
    },

    // Show only the services ``wanted`` says (null: all); returns how many markers show.
    smFilter: function (wanted) {
      var count = 0;
      var ids = this.smPayload.services.id;
      for (var i = 0; i < this._total; i++) {
        var show = 1;
        if (wanted && i < this._n) show = wanted[ids[i]] ? 1 : 0;
        else if (wanted) {
          show = 0;
          var group = this.smIdsOf(i);
          for (var j = 0; j < group.length; j++) {
            if (wanted[group[j]]) {
              show = 1;
              break;
            }
          }
        }
        this._shown[i] = show;
        count += show;
      }
      this._levels = Object.create(null);
      this.smVisibleCount = count;
      this._redraw();
      return count;
    },

    getLayers: function () {
      var out = [];
      for (var i = 0; i < this._total; i++) if (this._shown[i]) out.push(this.smMarker(i));
      return out;
    },

    hasLayer: function (m) {
      return !!m && m.smIndex !== undefined && this._shown[m.smIndex] === 1;
    },

    getBounds: function () {
      var south = Infinity;
      var west = Infinity;
      var north = -Infinity;
      var east = -Infinity;
      for (var i = 0; i < this._total; i++) {
        if (!this._shown[i]) continue;
        south = Math.min(south, this._lat[i]);
        north = Math.max(north, this._lat[i]);
        west = Math.min(west, this._lng[i]);
        east = Math.max(east, this._lng[i]);
      }
      return south <= north ? L.latLngBounds([south, west], [north, east]) : L.latLngBounds([]);
    },
  });

  Object.defineProperty(ServiceLayer.prototype, "smMarkers", {
    get: function () {
      var out = [];
      for (var i = 0; i < this._total; i++) out.push(this.smMarker(i));
      return out;
    },
  });

  Object.defineProperty(ServiceLayer.prototype, "smById", {
    get: function () {
      if (!this._byId) {
        var byId = Object.create(null);
        for (var i = 0; i < this._total; i++) {
          var ids = this.smIdsOf(i);
          for (var j = 0; j < ids.length; j++) byId[ids[j]] = this.smMarker(i);
        }
        this._byId = byId;
      }
      return this._byId;
    },
  });

  function serviceCluster(payload, options) {
    return new ServiceLayer(payload, options);
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

  function fit(map, bounds, maxZoom, animate) {
    // Keep the legend (bottom right) off what is fitted, when there is room beside it.
    var legendBox = map.getContainer().querySelector(".sm-legend");
    var right = 20;
    if (legendBox && legendBox.offsetWidth && legendBox.offsetWidth < map.getSize().x * 0.4) {
      right = legendBox.offsetWidth + 30;
    }
    map.fitBounds(bounds, { paddingTopLeft: [20, 20], paddingBottomRight: [right, 20], maxZoom: maxZoom, animate: animate });
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
    if (bounds) fit(map, bounds, 15, false);  // at once: the page is ready once drawn where it opens
    if (map.hasLayer(cluster)) cluster.smDrawNow();
    var highlight = L.layerGroup().addTo(map);
    var ring = { radius: 15, color: "#ff6a00", weight: 3, opacity: 0.95, fill: false, interactive: false };

    // Selected services are drawn again above the clusters, with a ring, so each one shows
    // even where its own marker is still inside a cluster.
    function showSelected(m) {
      L.circleMarker(m.getLatLng(), ring).addTo(highlight);
      var copy = L.marker(m.getLatLng(), { icon: cluster.smIcon(m), zIndexOffset: 1000 });
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
        cluster.smShow(seen[0]);
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
      var wanted = null;
      if (ids !== null && ids !== undefined) {
        wanted = Object.create(null);
        [].concat(ids).forEach(function (id) {
          wanted[String(id)] = true;
        });
      }
      filtered = wanted;
      map.closePopup();  // a popup left open would describe a service the filter may have hidden
      highlight.clearLayers();
      var count = cluster.smFilter(wanted);
      window.servicemap.visibleCount = count;
      return count;
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

  // The first view, fitted before the layers are added (publish fits it again with the legend).
  function startView(map, bounds) {
    map.fitBounds(bounds, { padding: [20, 20], maxZoom: 15, animate: false });
  }

  window.ServiceMapKit = {
    startView: startView,
    areaLayer: areaLayer,
    decodeOutline: decodeOutline,
    labelLayer: labelLayer,
    serviceCluster: serviceCluster,
    legend: legend,
    publish: publish,
  };
})();
