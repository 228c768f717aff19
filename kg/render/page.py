"""Fill the explorer template: inline vis-network, our CSS/JS, and the payload as safe JSON."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from functools import cache
from importlib import resources
from string import Template
from typing import Any

# vis-network 9.1.2 as the pyvis wheel ships it (dual Apache-2.0/MIT, header kept inline).
VIS_DIR = ("templates", "lib", "vis-9.1.2")
_TEMPLATES = resources.files("kg.render") / "templates"


def script_json(data: Any) -> str:
    """JSON that cannot end its <script> element: '<', '>', '&' and U+2028/9 become escapes.

    Example:
        >>> script_json({"t": "</script><!--"})
        '{"t":"\\\\u003c/script\\\\u003e\\\\u003c!--"}'
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                    ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def _inline(code: str, tag: str) -> str:
    """Code safe to put between <tag> and </tag> (no closing tag or comment opener inside)."""
    return re.sub(f"</(?={tag})", "<\\\\/", code, flags=re.IGNORECASE).replace("<!--", "<\\!--")


@cache
def _asset(*parts: str, package: str = "kg.render") -> str:
    return (resources.files(package).joinpath(*parts)).read_text(encoding="utf-8")


def csp_hash(script: str) -> str:
    """The Content-Security-Policy source that allows exactly this inline script."""
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return f"'sha256-{digest}'"


def page(data: dict[str, Any], title: str) -> str:
    """The complete self-contained HTML page for one explorer payload.

    The page's Content-Security-Policy allows only our two inline scripts (by hash), so
    even markup that slipped into the page could not run an event handler or load anything.
    """
    vis_js = "\n" + _inline(_asset(*VIS_DIR, "vis-network.min.js", package="pyvis"), "script")
    app_js = "\n" + _inline(_asset("templates", "explorer.js"), "script")
    template = Template(_asset("templates", "explorer.html"))
    return template.substitute(
        title=html.escape(title),
        script_hashes=f"{csp_hash(vis_js)} {csp_hash(app_js)}",
        vis_css=_inline(_asset(*VIS_DIR, "vis-network.css", package="pyvis"), "style"),
        app_css=_inline(_asset("templates", "explorer.css"), "style"),
        vis_js=vis_js,
        app_js=app_js,
        data=script_json(data),
    )
