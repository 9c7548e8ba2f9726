"""The offline map view: the page it shows, the bridge back from the page, base maps and tiles."""
