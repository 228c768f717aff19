"""The explorer in real headless Chromium, offline: drawn, quiet, self-contained and XSS-safe.

Skipped when no Chromium is installed (CI installs Debian's ``chromium``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDFS, Graph, Literal
from rdflib.namespace import SKOS
from test_analyze_views import NK, RU, sample_graph

from kg.analyze import full_view
from kg.analyze.synthetic import synthetic_graph
from kg.render import render_html
from kg.render.chromium import Chromium, find_chromium
from kg.render.data import PHYSICS_LIMIT
from kg.render.explorer import EMPTY_MESSAGE

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(find_chromium() is None, reason="chromium is not installed"),
]

READY = "window.kgExplorer && kgExplorer.ready"
XSS_HEADLINE = "<img src=x onerror=alert(1)>"


def open_explorer(browser: Chromium, path: Path) -> None:
    """Load a page and wait until it is drawn (physics settled or off)."""
    browser.open(path)
    browser.wait_for(READY, timeout=60)


def assert_quiet_and_offline(browser: Chromium) -> None:
    """No console error, no dialog, and every request stayed on this machine."""
    assert browser.console_errors == []
    assert browser.dialogs == []
    assert browser.offsite_requests() == []
    assert browser.requests and all(u.startswith("file:") for u in browser.requests)


def test_sample_explorer_draws_filters_searches_and_exports(tmp_path: Path) -> None:
    graph = sample_graph()
    view = full_view(graph)
    page = render_html(graph, tmp_path / "explorer.html")
    with Chromium() as browser:
        open_explorer(browser, page)
        shown = browser.evaluate("[kgExplorer.network.body.data.nodes.length,"
                                 " kgExplorer.network.body.data.edges.length]")
        assert shown == [view.number_of_nodes(), view.number_of_edges()] == [9, 15]
        assert browser.evaluate("document.querySelector('#network canvas').width") > 0
        # physics settled and was switched off
        assert browser.evaluate("kgExplorer.network.physics.physicsEnabled") is False
        # filter: untick Place, one node fewer
        browser.evaluate("document.querySelector('#kinds input[value=Place]').click()")
        assert browser.evaluate("kgExplorer.network.body.data.nodes.length") == 8
        # search by a German alias focuses North Korea and explains it
        browser.evaluate("document.getElementById('search-input').value = ' pjöngjang ';"
                         "document.getElementById('search').requestSubmit()")
        selected = browser.evaluate("kgExplorer.network.getSelectedNodes()")
        assert [browser.evaluate(f"kgExplorer.data.details.nodes[{selected[0]}].iri")] == [str(NK)]
        panel = browser.evaluate("document.getElementById('details').innerText")
        assert "North Korea" in panel and "Wikidata Q423" in panel
        assert "Nordkorea ist mit Russland verbündet." in panel
        href = browser.evaluate("document.querySelector('#details a').href")
        assert href == "https://www.wikidata.org/wiki/Q423"
        png = browser.evaluate("kgExplorer.png()")
        assert png.startswith("data:image/png;base64,") and len(png) > 5000
        assert_quiet_and_offline(browser)


def test_xss_headline_is_shown_as_text_and_never_runs(tmp_path: Path) -> None:
    graph = sample_graph(de_title=XSS_HEADLINE)
    graph.set((NK, RDFS.label, Literal("</script><script>alert(2)</script>", lang="en")))
    graph.add((RU, SKOS.altLabel, Literal("<!-- <script>alert(3)</script>", lang="en")))
    page = render_html(graph, tmp_path / "xss.html", title="<img src=y onerror=alert(4)>")
    html = page.read_text(encoding="utf-8")
    assert "<img src=x" not in html and "</script><script>alert" not in html
    with Chromium() as browser:
        browser.add_script_on_load("window.alert = function (m) { window.__alerted = String(m); };")
        open_explorer(browser, page)
        browser.evaluate("kgExplorer.find('North Korea')")
        browser.evaluate("kgExplorer.find('</script><script>alert(2)</script>')")
        panel = browser.evaluate("document.getElementById('details').innerText")
        assert XSS_HEADLINE in panel and "</script><script>alert(2)</script>" in panel
        browser.evaluate("kgExplorer.find('Russia')")
        panel = browser.evaluate("document.getElementById('details').innerText")
        assert "<!-- <script>alert(3)</script>" in panel
        assert browser.evaluate("document.title") == "<img src=y onerror=alert(4)>"
        assert browser.evaluate("document.images.length") == 0
        assert browser.evaluate("typeof window.__alerted") == "undefined"
        assert browser.evaluate("document.querySelectorAll('script').length") == 3
        assert_quiet_and_offline(browser)


@pytest.mark.parametrize("turtle", [
    "<urn:a> a kg:State ; rdfs:label 'Solo' .",
    "<urn:a> a kg:State . <urn:b> a kg:State . <urn:a> kg:alliedWith <urn:b> .",
])
def test_tiny_graphs_become_ready(tmp_path: Path, turtle: str) -> None:
    prefixes = ("@prefix kg: <https://w3id.org/newskg/ontology#> ."
                " @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .")
    graph = Graph().parse(data=prefixes + turtle, format="turtle")
    page = render_html(graph, tmp_path / "tiny.html")
    with Chromium() as browser:
        open_explorer(browser, page)
        assert browser.evaluate("kgExplorer.network.body.data.nodes.length") == \
            full_view(graph).number_of_nodes()
        assert_quiet_and_offline(browser)


def test_empty_graph_page_says_so(tmp_path: Path) -> None:
    page = render_html(Graph(), tmp_path / "empty.html")
    with Chromium() as browser:
        open_explorer(browser, page)
        assert browser.evaluate("document.getElementById('network').innerText") == EMPTY_MESSAGE
        assert browser.evaluate("document.getElementById('save-png').disabled") is True
        assert_quiet_and_offline(browser)


@pytest.mark.slow
def test_big_graph_is_laid_out_in_python_with_physics_off(tmp_path: Path) -> None:
    graph = synthetic_graph(90_000, seed=3)
    view = full_view(graph)
    assert view.number_of_nodes() > PHYSICS_LIMIT
    page = render_html(graph, tmp_path / "big.html")
    with Chromium() as browser:
        open_explorer(browser, page)
        assert browser.evaluate("kgExplorer.network.physics.physicsEnabled") is False
        assert browser.evaluate("kgExplorer.network.body.data.nodes.length") == \
            view.number_of_nodes()
        assert browser.evaluate("kgExplorer.network.body.data.edges.length") == \
            view.number_of_edges()
        # labels join when the view comes close enough to draw them: zoom in with the wheel
        assert browser.evaluate("kgExplorer.nodes.get(0).label") is None
        for _ in range(40):
            if browser.evaluate("kgExplorer.network.getScale()") >= 0.4:
                break
            browser.send("Input.dispatchMouseEvent", {"type": "mouseWheel", "x": 700,
                                                      "y": 450, "deltaX": 0, "deltaY": -300})
        assert browser.evaluate("kgExplorer.network.getScale()") >= 0.4
        browser.wait_for("kgExplorer.nodes.get(0).label !== undefined", timeout=10)
        assert browser.evaluate("kgExplorer.edges.get(0).label") == \
            browser.evaluate("kgExplorer.data.edges[0].label")
        assert_quiet_and_offline(browser)


@pytest.mark.slow
def test_seed_explorer_in_the_browser(tmp_path: Path) -> None:
    from test_render_built import built

    graph = built("seeds")
    view = full_view(graph)
    page = render_html(graph, tmp_path / "seeds.html")
    with Chromium() as browser:
        open_explorer(browser, page)
        assert browser.evaluate("kgExplorer.network.body.data.nodes.length") == \
            view.number_of_nodes()
        browser.evaluate("kgExplorer.find('Nordkorea')")
        panel = browser.evaluate("document.getElementById('details').innerText")
        assert "Wikidata Q423" in panel and "EVIDENCE" in panel.upper()
        assert_quiet_and_offline(browser)
