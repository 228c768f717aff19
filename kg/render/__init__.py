"""The interactive HTML explorer: PyVis builds the network data, our template the page."""

from __future__ import annotations

from kg.render.explorer import explorer_html, render_html

__all__ = ["explorer_html", "render_html"]
