"""folium elements for the service map.

Each one renders a single call into ``servicemap.js`` (``window.ServiceMapKit``) with its
data as script-safe JSON. None of them declares JavaScript or CSS links: the page's only
assets are the ones the map instance lists, all local (see :mod:`mapping.maps.page`).
"""

from __future__ import annotations

from branca.element import MacroElement
from folium.map import Layer
from folium.template import Template

from mapping.maps.embed import script_json


class AdminAreas(Layer):
    """One admin level, drawn at the detail of the zoom (outlines per zoom range), with a
    name-and-P-code tooltip."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = ServiceMapKit.areaLayer({{ this.data_js }}, {{ this.style_js }});
        {% endmacro %}
        """
    )

    def __init__(self, outlines: dict, style: dict, name: str, show: bool = True):
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "AdminAreas"
        self.data_js = script_json(outlines)
        self.style_js = script_json(style)


class AreaLabels(Layer):
    """Permanent small labels at the areas' representative points."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = ServiceMapKit.labelLayer({{ this.points_js }});
        {% endmacro %}
        """
    )

    def __init__(self, points: list[list], name: str, show: bool = True):
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "AreaLabels"
        self.points_js = script_json(points)


class ServiceCluster(Layer):
    """All services on one canvas, clustered in the browser, from one JSON payload.

    The payload sits in a JSON script element that the page reads with ``JSON.parse``: for
    100,000 services that takes a fraction of the time the browser needs to compile the same
    data written as a JavaScript literal.
    """

    _template = Template(
        """
        {% macro html(this, kwargs) %}
            <script type="application/json" id="{{ this.get_name() }}_data">{{ this.payload_js }}</script>
        {% endmacro %}
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = ServiceMapKit.serviceCluster(
                JSON.parse(document.getElementById("{{ this.get_name() }}_data").textContent), {{ this.options_js }}
            );
        {% endmacro %}
        """
    )

    def __init__(self, payload: dict, name: str, options: dict):
        super().__init__(name=name, overlay=True, control=True, show=True)
        self._name = "ServiceCluster"
        self.payload_js = script_json(payload)
        self.options_js = script_json(options)


class Legend(MacroElement):
    """The legend control (bottom right): each type shown, as its symbol and label."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            (function (legend, map) {
                legend.addTo(map);
                legend.collapseIfCrowded(map);
            })(ServiceMapKit.legend({{ this.cluster.get_name() }}.smPayload), {{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, cluster: ServiceCluster):
        super().__init__()
        self._name = "Legend"
        self.cluster = cluster


class StartView(MacroElement):
    """Fits the map to ``bounds`` before any layer is added, so none is drawn first for the
    world view the map is created with; :class:`PageApi` fits it again once the legend is there."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            ServiceMapKit.startView({{ this._parent.get_name() }}, {{ this.bounds_js }});
        {% endmacro %}
        """
    )

    def __init__(self, bounds: list[list[float]]):
        super().__init__()
        self._name = "StartView"
        self.bounds_js = script_json(bounds)


class PageApi(MacroElement):
    """Fits the map, publishes ``window.servicemap`` and sets the title; the map's last child.

    ``bounds`` is ``[[south, west], [north, east]]``, or None to keep the world view.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            ServiceMapKit.publish(
                {{ this._parent.get_name() }}, {{ this.cluster.get_name() }}, {{ this.title_js }}, {{ this.bounds_js }}
            );
        {% endmacro %}
        """
    )

    def __init__(self, cluster: ServiceCluster, title: str, bounds: list[list[float]] | None):
        super().__init__()
        self._name = "PageApi"
        self.cluster = cluster
        self.title_js = script_json(title)
        self.bounds_js = script_json(bounds)
