"""The report and the web app in real headless Chromium: no console error, no request leaving
localhost, filters that filter, hostile article text shown as text, screenshots."""

from __future__ import annotations

import json
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

from claimledger.present.report import render_report
from claimledger.run.build import build
from claimledger.settings import Settings
from claimledger.store.ledger import Ledger

from .conftest import ROOT, SEEDS, export_of, needs_shared

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = ROOT / "test-artifacts"
HOSTILE = '<script>window.XSS=1</script><img src=x onerror="window.XSS=1">'
ENDS_SCRIPT = "</script><script>window.XSS=1</script>"


@pytest.fixture(scope="module")
def hostile_ledger(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo corpus plus a document whose title, text, quote and URL carry script."""
    from claimledger.demo import corpus_path

    folder = tmp_path_factory.mktemp("hostile")
    shutil.copytree(corpus_path(), folder / "corpus")
    text = (f"Some 42 people were killed in Veldmark {HOSTILE}, the ministry said on Saturday after the water fell.\n\n"
            f"“We will rebuild every home {HOSTILE} that the water took,” said Minister Elena Varga {HOSTILE}.\n\n"
            f"Rescue crews from {HOSTILE} searched the flooded streets of the lower town through the night, "
            "and the regional council opened two schools to families whose houses were lost.")
    record = {"id": "x1", "title": f"Flood {HOSTILE} {ENDS_SCRIPT}", "url": "javascript:window.XSS=1",
              "published": "2024-03-09", "outlet": f"Evil {HOSTILE}", "author": f"Mallory {HOSTILE}", "text": text}
    copy = {"id": "x2", "title": f"Copy {ENDS_SCRIPT}", "url": "https://example.org/copy", "published": "2024-03-10",
            "outlet": f"Copier {HOSTILE}", "author": f"Eve {ENDS_SCRIPT}", "text": text.replace("42", "44")}
    (folder / "corpus" / "hostile.jsonl").write_text(json.dumps(record) + "\n" + json.dumps(copy) + "\n",
                                                     encoding="utf-8")
    db = folder / "l.db"
    build([str(folder / "corpus")], str(db), Settings())
    return db


@pytest.fixture(scope="module")
def server(hostile_ledger: Path) -> Iterator[str]:
    from waitress import create_server

    from claimledger.present.web import create_app
    from claimledger.settings import WebSettings

    # the server `claimledger serve` runs: a speculative connection Chromium opens and never uses
    # stalls a single-threaded server, and the page waits for it (a 30 s timeout in CI, once)
    web = WebSettings()
    httpd = create_server(create_app(str(hostile_ledger), web), host="127.0.0.1", port=0, threads=web.threads,
                          channel_timeout=web.idle_timeout_s)
    thread = threading.Thread(target=httpd.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.effective_port}"
    httpd.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Debian's Chromium driven by playwright; tests that need no browser run without it."""
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed (.ci/run installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"])
        yield launched
        launched.close()


class Visit:
    """A page with every console error and every request recorded."""

    def __init__(self, browser: object) -> None:
        self.page = browser.new_page()  # type: ignore[attr-defined]
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))

    def open(self, url: str) -> object:
        return self.page.goto(url)

    def assert_clean(self) -> None:
        assert self.errors == []
        for url in self.requests:
            parsed = urlparse(url)
            assert parsed.scheme in ("file", "data", "about") or parsed.hostname in ("127.0.0.1", "localhost"), url
        assert self.page.evaluate("typeof window.XSS") == "undefined"


def test_every_page_and_api_answers_from_the_app_itself(hostile_ledger: Path) -> None:
    """Each route through Flask's test client, no browser: a template or static file the app
    cannot find is a 500 here, on any machine."""
    from claimledger.present.web import create_app

    with Ledger.open(str(hostile_ledger), read_only=True) as ledger:
        group, document = ledger.groups()[0], ledger.documents()[0]
    client = create_app(str(hostile_ledger)).test_client()
    for path in ("/", "/?verdict=conflict&q=dam", "/documents", f"/group/{group.id}", f"/document/{document.id}",
                 "/api/groups?kind=date", "/api/export", "/static/claimledger.css"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.headers["Content-Security-Policy"].startswith("default-src 'self'"), path
    assert client.get("/group/no-such-group").status_code == 404
    assert client.get("/document/no-such-document").status_code == 404


def test_groups_come_in_pages_in_reading_order_with_their_total(hostile_ledger: Path) -> None:
    """A page reads only the groups it shows: pages of 5 put together are every group, conflicts
    first, then evolving figures, agreements and single claims, larger groups first."""
    from claimledger.present.view import VERDICT_ORDER
    from claimledger.present.web import create_app

    client = create_app(str(hostile_ledger)).test_client()
    with Ledger.open(str(hostile_ledger), read_only=True) as ledger:
        groups = ledger.groups()
    expected = sorted(groups, key=lambda g: (VERDICT_ORDER.get(g.verdict, 9), -len(g.claims), g.what, g.id))
    seen, path = [], "/api/groups?limit=5&kind="
    while path:
        response = client.get(path)
        assert response.status_code == 200 and response.headers["X-Total-Count"] == str(len(groups))
        seen += [g["id"] for g in response.get_json()]
        link = response.headers.get("Link", "")
        path = link[1:link.index(">")] if link else ""
    assert seen == [g.id for g in expected] and len(groups) > 10
    second = client.get("/?limit=5&page=2").get_data(as_text=True)
    assert f"Groups 6 to 10 of {len(groups)}" in second and 'rel="prev"' in second and 'rel="next"' in second


@pytest.mark.parametrize(("query", "named"), [("page=0", "page"), ("page=x", "page"), ("limit=100000", "limit"),
                                                ("limit=-3", "limit"), ("page=99999999999", "page")])
def test_a_bad_page_or_limit_is_a_400_that_names_it(hostile_ledger: Path, query: str, named: str) -> None:
    from claimledger.present.web import create_app

    client = create_app(str(hostile_ledger)).test_client()
    for path in ("/", "/api/groups", "/documents"):
        response = client.get(f"{path}?{query}")
        assert response.status_code == 400 and f"{named} must be a whole number" in response.get_data(as_text=True)


def test_the_export_api_streams_the_export_the_cli_writes(hostile_ledger: Path) -> None:
    from claimledger.present.web import create_app

    response = create_app(str(hostile_ledger)).test_client().get("/api/export")
    assert response.status_code == 200 and response.is_streamed
    assert json.loads(response.get_data(as_text=True)) == export_of(hostile_ledger)


@pytest.mark.parametrize(("host", "status"), [
    ("localhost", 200), ("127.0.0.1:8765", 200), ("[::1]:8765", 400),  # Werkzeug checks no IPv6 literal: refused
    ("rebound.example", 400), ("localhost.rebound.example", 400), ("127.0.0.1.nip.io", 400),
])
def test_only_the_host_names_the_server_answers_to_are_served(hostile_ledger: Path, host: str, status: int) -> None:
    """A page whose own DNS name was rebound to this machine names its own host: 400, no ledger."""
    from claimledger.present.web import create_app

    client = create_app(str(hostile_ledger)).test_client()
    for path in ("/", "/api/export"):
        assert client.get(path, headers={"Host": host}).status_code == status, (host, path)


def test_a_host_named_with_serve_is_served_too(hostile_ledger: Path) -> None:
    from claimledger.present.web import create_app
    from claimledger.settings import WebSettings

    client = create_app(str(hostile_ledger), WebSettings(hosts=("ledger.newsroom.internal",))).test_client()
    assert client.get("/", headers={"Host": "ledger.newsroom.internal"}).status_code == 200
    assert client.get("/", headers={"Host": "other.example"}).status_code == 400


def test_every_page_loads_clean_with_security_headers(browser: object, server: str, hostile_ledger: Path) -> None:
    visit = Visit(browser)
    response = visit.open(server + "/")
    headers = response.headers  # type: ignore[attr-defined]
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    links = visit.page.eval_on_selector_all("a[href^='/group/']", "els => els.map(e => e.getAttribute('href'))")
    assert links
    with Ledger.open(str(hostile_ledger), read_only=True) as ledger:
        doc_ids = [d.id for d in ledger.documents()]
    for path in ["/documents", "/api/export", "/api/groups?verdict=conflict", *links[:8],
                 *[f"/document/{d}" for d in doc_ids]]:
        assert visit.open(server + path).status == 200, path  # type: ignore[attr-defined]
    visit.assert_clean()


def test_filters_change_the_rows(browser: object, server: str) -> None:
    visit = Visit(browser)
    visit.open(server + "/")
    page = visit.page
    all_rows = page.locator("tr.group-row").count()
    page.select_option("#verdict", "evolving")
    page.click("#apply")
    page.wait_for_load_state()
    verdicts = page.locator("tr.group-row .verdict").all_inner_texts()
    assert verdicts and set(verdicts) == {"evolving"} and len(verdicts) < all_rows
    page.select_option("#verdict", "")
    page.select_option("#kind", "quote")
    page.click("#apply")
    page.wait_for_load_state()
    kinds = page.locator("tr.group-row td:nth-child(2)").all_inner_texts()
    assert kinds and set(kinds) == {"quote"}
    page.fill("input[name=q]", "%' OR 1=1 --")
    page.click("#apply")
    page.wait_for_load_state()
    assert page.locator("tr.group-row").count() == 0
    visit.assert_clean()


def test_hostile_text_is_shown_as_text(browser: object, server: str, hostile_ledger: Path, tmp_path: Path) -> None:
    with Ledger.open(str(hostile_ledger), read_only=True) as ledger:
        doc = next(d for d in ledger.documents() if d.title and "Flood" in d.title)
        report = tmp_path / "report.html"
        report.write_text(render_report(ledger, "hostile"), encoding="utf-8")
        quote_groups = [g for g in ledger.groups() if g.kind == "quote"]
    visit = Visit(browser)
    visit.open(f"{server}/document/{doc.id}")
    page = visit.page
    assert "<script>window.XSS=1</script>" in page.inner_text("#doc-title")
    assert "<script>window.XSS=1</script>" in page.inner_text("#doc-text")
    assert page.locator("img").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    for g in quote_groups:
        visit.open(f"{server}/group/{g.id}")
        assert page.locator("img").count() == 0
    visit.open(report.as_uri())
    assert "<script>window.XSS=1</script>" in page.inner_text("body")
    assert page.locator("img").count() == 0 and page.locator("script").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    visit.assert_clean()


def test_screenshots_of_the_report_and_a_group(browser: object, server: str, hostile_ledger: Path) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    with Ledger.open(str(hostile_ledger), read_only=True) as ledger:
        report = ARTIFACTS / "demo-report.html"
        report.write_text(render_report(ledger, "demo"), encoding="utf-8")
        evolving = next(g for g in ledger.groups() if g.verdict == "evolving")
    visit = Visit(browser)
    visit.page.set_viewport_size({"width": 1200, "height": 1600})
    visit.open(report.as_uri())
    visit.page.screenshot(path=str(ARTIFACTS / "report.png"), full_page=True)
    visit.open(f"{server}/group/{evolving.id}")
    assert visit.page.locator("svg.chart").count() == 1
    visit.page.screenshot(path=str(ARTIFACTS / "group.png"), full_page=True)
    assert (ARTIFACTS / "report.png").stat().st_size > 10_000 and (ARTIFACTS / "group.png").stat().st_size > 5_000
    visit.assert_clean()


@needs_shared
def test_seeds_report_shows_the_conflict_first_and_the_parliaments_evolving(browser: object, tmp_path: Path,
                                                                           seeds_ledger: Path) -> None:
    with Ledger.open(str(seeds_ledger), read_only=True) as ledger:
        report = tmp_path / "seeds.html"
        report.write_text(render_report(ledger, "seeds"), encoding="utf-8")
    visit = Visit(browser)
    visit.open(report.as_uri())
    page = visit.page
    summaries = page.locator("details.group > summary").all_inner_texts()
    verdicts = [s.split()[0] for s in summaries]
    assert "conflict" in verdicts and "agree" in verdicts
    assert verdicts.index("conflict") < verdicts.index("agree")
    conflict = page.locator("details.group", has_text="1983").first
    assert "31st anniversary" in conflict.inner_text()
    evolving = page.locator("details.group:has(svg.chart)").filter(
        has=page.locator("summary", has_text="countries"))
    assert evolving.count() == 1
    assert "evolving" in evolving.locator("summary").inner_text()
    labels = evolving.locator("svg.chart text.label").all_text_contents()
    assert {"15", "17", "18"} <= set(labels)
    visit.assert_clean()
    assert SEEDS.is_dir()


def test_demo_report_matches_its_golden_file(tmp_path: Path) -> None:
    from claimledger.demo import run_demo

    paths = run_demo(tmp_path / "demo")
    html = paths["report"].read_text(encoding="utf-8")
    golden = Path(__file__).parent / "golden" / "demo_report.html"
    if os.environ.get("CLAIMLEDGER_UPDATE_GOLDEN"):
        golden.write_text(html, encoding="utf-8")
    assert html == golden.read_text(encoding="utf-8"), "regenerate with CLAIMLEDGER_UPDATE_GOLDEN=1 after review"


@pytest.mark.parametrize("query", ["", "?verdict=conflict", "?q=DAM", "?outlet=courier", "?kind=date&since=2024-03-05"])
def test_the_api_answers_the_same_from_sqlite_and_postgresql(hostile_ledger: Path, postgres_url: str,
                                                             query: str) -> None:
    from claimledger.demo import corpus_path
    from claimledger.present.web import create_app

    build([str(corpus_path()), str(hostile_ledger.parent / "corpus" / "hostile.jsonl")], postgres_url, Settings())
    answers = []
    for target in (str(hostile_ledger), postgres_url):
        response = create_app(target).test_client().get(f"/api/groups{query}")
        assert response.status_code == 200
        answers.append(response.get_json())
    assert answers[0] == answers[1]
    assert query == "?verdict=conflict" or answers[0]  # the filters leave rows to compare


def test_a_former_group_id_redirects_to_its_group_now(tmp_path: Path) -> None:
    from dataclasses import replace

    from claimledger import build
    from claimledger.present.web import create_app

    (tmp_path / "a.jsonl").write_text(
        '{"id": "a", "published": "2024-03-02", "text": "At least 14 people were killed in Orlen. 40 were injured."}\n',
        encoding="utf-8")
    db = str(tmp_path / "l.db")
    build([str(tmp_path / "a.jsonl")], db, workers=0)
    with Ledger.open(db) as ledger:
        kept, merged, *rest = sorted(ledger.groups(), key=lambda g: g.id)
        ledger.replace_derived([replace(kept, claims=kept.claims + merged.claims), *rest], [], "merged")
    client = create_app(db).test_client()
    response = client.get(f"/group/{merged.id}")
    assert response.status_code == 301 and response.headers["Location"].endswith(f"/group/{kept.id}")
    assert client.get(f"/group/{kept.id}").status_code == 200


@needs_shared
def test_the_home_page_of_the_seeds_shows_613_beside_the_killed_group(seeds_ledger: Path) -> None:
    import re

    from claimledger.present.web import create_app

    html = create_app(str(seeds_ledger)).test_client().get("/").get_data(as_text=True)
    rows = [r for r in html.split('<tr class="group-row">') if re.search(r">killed: ", r)]
    assert any(re.search(r'<td class="answer">[^<]*613', r) for r in rows), rows[:3]


def test_serve_holds_half_open_connections_without_a_thread_each_and_still_answers(hostile_ledger: Path) -> None:
    """300 connections that send half a request and wait took 301 threads of the development
    server; `claimledger serve` answers from a bounded pool and still serves a whole request."""
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "claimledger", "serve", "--db", str(hostile_ledger), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    held: list[socket.socket] = []
    try:
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2).close()
                break
            except OSError:
                time.sleep(0.2)
        for _ in range(300):
            conn = socket.create_connection(("127.0.0.1", port), timeout=5)
            conn.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # no blank line: the request never ends
            held.append(conn)
        time.sleep(1.0)
        threads = int(next(line.split()[1] for line in Path(f"/proc/{proc.pid}/status").read_text().splitlines()
                           if line.startswith("Threads:")))
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/groups", timeout=10) as answer:
            assert answer.status == 200 and json.load(answer)
        assert threads <= 20, f"{threads} threads for 300 idle connections"
    finally:
        for conn in held:
            conn.close()
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.parametrize(("path", "method", "status"), [
    ("/no/such/page", "GET", 404), ("/group/no-such-group", "GET", 404), ("/", "POST", 405), ("/?page=0", "GET", 400),
    ("/api/nothing", "GET", 404), ("/api/group/no-such-group", "GET", 404), ("/api/groups", "DELETE", 405),
    ("/api/groups?limit=0", "GET", 400), ("/api/claim/c-none", "GET", 404), ("/api/document/d-none", "GET", 404),
])
def test_errors_are_json_under_api_and_pages_of_the_app_elsewhere(hostile_ledger: Path, path: str, method: str,
                                                                   status: int) -> None:
    from claimledger.present.web import create_app

    response = create_app(str(hostile_ledger)).test_client().open(path, method=method)
    assert response.status_code == status
    if path.startswith("/api/"):
        body = response.get_json()
        assert response.mimetype == "application/json" and body["error"] == status and body["message"]
    else:
        text = response.get_data(as_text=True)
        assert response.mimetype == "text/html" and f"<h1>{status} " in text and "claimledger.css" in text
        assert "<main>" in text and 'href="/"' in text
    assert response.headers["Content-Security-Policy"].startswith("default-src 'self'")


def test_one_group_document_and_claim_each_have_an_api_endpoint(hostile_ledger: Path) -> None:
    from claimledger.present.web import create_app

    client = create_app(str(hostile_ledger)).test_client()
    export = export_of(hostile_ledger)
    group = next(g for g in export["groups"] if "answer" in g)  # type: ignore[union-attr]
    assert client.get(f"/api/group/{group['id']}").get_json() == group
    claim = next(c for c in export["claims"] if c["id"] in group["claims"])  # type: ignore[union-attr]
    assert client.get(f"/api/claim/{claim['id']}").get_json() == {**claim, "group": group["id"]}
    document = next(d for d in export["documents"] if d["id"] == claim["doc"])  # type: ignore[union-attr]
    answered = client.get(f"/api/document/{document['id']}").get_json()
    assert {k: v for k, v in answered.items() if k != "claims"} == document
    assert [c["id"] for c in answered["claims"]] == [c["id"] for c in export["claims"]  # type: ignore[union-attr]
                                                     if c["doc"] == document["id"]]


def _pages_of(server: str, hostile_ledger: Path) -> dict[str, str]:
    """One page of each kind the app serves, by a name for its screenshot."""
    with Ledger.open(str(hostile_ledger), read_only=True) as ledger:
        groups = ledger.groups()
        pair = max(ledger.reuse_pairs(), key=lambda r: r.score)
        hostile = next(d for d in ledger.documents() if d.author and "Mallory" in d.author)
    pages = {"groups": "/", "documents": "/documents", "copies": "/copies", "copy": f"/copies/{pair.a}/{pair.b}",
             "document": f"/document/{hostile.id}", "not-found": "/no/such/page"}
    for kind in ("quantity", "date", "quote"):
        pages[f"group-{kind}"] = "/group/" + next(g.id for g in groups if g.kind == kind and len(g.claims) > 1)
    return {name: server + path for name, path in pages.items()}


@pytest.mark.parametrize("width", [1400, 390])
def test_every_page_fits_its_width_passes_axe_and_is_screenshotted(browser: object, server: str, hostile_ledger: Path,
                                                                   width: int) -> None:
    """No page is wider than the viewport (390 px: a phone), axe-core finds no serious or critical
    violation, and each page's screenshot is kept in test-artifacts/."""
    from axe_playwright_python.sync_playwright import Axe

    ARTIFACTS.mkdir(exist_ok=True)
    with Ledger.open(str(hostile_ledger), read_only=True) as ledger:
        report = ARTIFACTS / "demo-report.html"
        report.write_text(render_report(ledger, "demo"), encoding="utf-8")
    pages = {**_pages_of(server, hostile_ledger), "report": report.as_uri()}
    context = browser.new_context(viewport={"width": width, "height": 900})  # type: ignore[attr-defined]
    page = context.new_page()
    axe = Axe()
    for name, url in pages.items():
        page.goto(url)
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
        assert page.evaluate("document.documentElement.scrollWidth") <= width, name
        found = axe.run(page).response["violations"]
        serious = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in found
                   if v["impact"] in ("serious", "critical")]
        assert serious == [], name
        shot = ARTIFACTS / f"{name}-{width}.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 3_000
        assert page.evaluate("typeof window.XSS") == "undefined", name
    context.close()


def test_every_numeric_group_has_its_plot_in_the_report_and_on_its_page(hostile_ledger: Path) -> None:
    from claimledger.present.web import create_app

    client = create_app(str(hostile_ledger)).test_client()
    with Ledger.open(str(hostile_ledger), read_only=True) as ledger:
        html = render_report(ledger, "demo")
        claims = {c.id: c for c in ledger.claims()}
        numeric = [g for g in ledger.groups() if g.kind == "quantity"
                   and any(isinstance(claims[c].value, (int, float, tuple)) for c in g.claims)]
    assert numeric
    for g in numeric:
        section = html[html.index(f'id="{g.id}"'):]
        section = section[:section.index("</details>")]
        assert section.count('<svg class="chart"') == 1, g.what
        assert client.get(f"/group/{g.id}").get_data(as_text=True).count('<svg class="chart"') == 1


def test_hostile_authors_origins_passages_and_linked_data_stay_text(browser: object, server: str,
                                                                    hostile_ledger: Path) -> None:
    """The XSS matrix on the newer fields: author, outlet and origin names, copied passages, and a
    title holding </script> inside the page's JSON-LD block."""
    pages = _pages_of(server, hostile_ledger)
    visit = Visit(browser)
    visit.open(pages["document"])
    page = visit.page
    assert "<script>window.XSS=1</script>" in page.inner_text("#doc-author")
    linked = json.loads(page.eval_on_selector("script[type='application/ld+json']", "e => e.textContent"))
    assert linked["@type"] == "NewsArticle" and linked["headline"].endswith(ENDS_SCRIPT)
    assert linked["author"]["name"].startswith("Mallory <script>") and "url" not in linked  # javascript: dropped
    assert page.locator("script").count() == 1 and page.locator("img").count() == 0
    visit.open(pages["copy"])
    passages = " ".join(page.locator(".passage").all_inner_texts())
    assert page.locator("del, ins").count() >= 1 and "<script>window.XSS=1</script>" in passages
    assert page.locator("img").count() == 0
    with Ledger.open(str(hostile_ledger), read_only=True) as ledger:
        hostile_groups = [g for g in ledger.groups() if any("Evil" in o or "Copier" in o for o in g.origins)]
    assert hostile_groups
    for g in hostile_groups:
        visit.open(f"{server}/group/{g.id}")
        assert "<img src=x" in page.inner_text("#origins + ul") and page.locator("img").count() == 0
        linked = json.loads(page.eval_on_selector("script[type='application/ld+json']", "e => e.textContent"))
        assert linked["@type"] == "Dataset"
    visit.assert_clean()


def test_copied_passages_are_listed_and_shown_side_by_side_earlier_first(hostile_ledger: Path) -> None:
    from claimledger.present.web import create_app

    client = create_app(str(hostile_ledger)).test_client()
    listing = client.get("/copies").get_data(as_text=True)
    with Ledger.open(str(hostile_ledger), read_only=True) as ledger:
        pairs = ledger.reuse_pairs()
        docs = {d.id: d for d in ledger.documents()}
    assert listing.count('class="copy-row"') == len(pairs) and "share of the shorter text" in listing
    copied = next(r for r in pairs if {docs[r.a].title or "", docs[r.b].title or ""} >= {f"Copy {ENDS_SCRIPT}"})
    reversed_link = client.get(f"/copies/{copied.b}/{copied.a}").get_data(as_text=True)
    assert reversed_link.index(f'href="/document/{copied.a}"') < reversed_link.index(f'href="/document/{copied.b}"')
    assert "<del>42</del>" in reversed_link and "<ins>44</ins>" in reversed_link
    assert client.get(f"/copies/{copied.a}/d-none").status_code == 404


def test_groups_sort_and_each_filter_option_counts_its_groups(hostile_ledger: Path) -> None:
    import re

    from claimledger.present.web import create_app

    client = create_app(str(hostile_ledger)).test_client()
    by_claims = client.get("/api/groups?sort=claims").get_json()
    sizes = [len(g["claims"]) for g in by_claims]
    assert sizes == sorted(sizes, reverse=True) and len(set(sizes)) > 1
    html = client.get("/").get_data(as_text=True)
    for verdict, shown in re.findall(r'<option value="(conflict|evolving|agree|single)"[^>]*>\w+ \((\d+)\)', html):
        listed = client.get(f"/api/groups?verdict={verdict}&limit=500").get_json()
        assert len(listed) == int(shown), verdict
    for query, named in (("sort=newest", "sort"), ("verdict=maybe", "verdict"), ("kind=quotes", "kind"),
                         ("since=March", "since")):
        response = client.get(f"/?{query}")
        assert response.status_code == 400 and named in response.get_data(as_text=True)


@needs_shared
def test_the_seeds_home_page_and_report_show_613_beside_the_killed_group_in_chromium(
        browser: object, tmp_path: Path, seeds_ledger: Path) -> None:
    from waitress import create_server

    from claimledger.present.web import create_app

    with Ledger.open(str(seeds_ledger), read_only=True) as ledger:
        report = tmp_path / "seeds.html"
        report.write_text(render_report(ledger, "seeds"), encoding="utf-8")
    httpd = create_server(create_app(str(seeds_ledger)), host="127.0.0.1", port=0, threads=4)
    threading.Thread(target=httpd.run, daemon=True).start()
    try:
        visit = Visit(browser)
        visit.open(f"http://127.0.0.1:{httpd.effective_port}/")
        rows = visit.page.locator("tr.group-row").filter(has_text="killed: Azerbaijanis")
        assert "613" in rows.first.locator("td.answer").inner_text()
        visit.open(report.as_uri())
        key_rows = visit.page.locator("table.key-figures tr").filter(has_text="killed").all_inner_texts()
        assert any("613" in row.split("\t")[1] for row in key_rows if "\t" in row), key_rows
        visit.assert_clean()
    finally:
        httpd.close()


def test_a_date_group_in_the_list_shows_the_dates_its_members_state(hostile_ledger: Path) -> None:
    from claimledger.present.web import create_app

    html = create_app(str(hostile_ledger)).test_client().get("/?kind=date&verdict=conflict").get_data(as_text=True)
    rows = html.split('<tr class="group-row">')[1:]
    assert rows and all("1962" in r and "1958" in r for r in rows if "dam was built" in r)
    assert any("dam was built" in r for r in rows)


def test_a_document_page_lists_each_claim_with_its_group(hostile_ledger: Path) -> None:
    from claimledger.present.web import create_app

    client = create_app(str(hostile_ledger)).test_client()
    with Ledger.open(str(hostile_ledger), read_only=True) as ledger:
        doc = next(d for d in ledger.documents() if d.author and "Mallory" in d.author)
        claims = ledger.claims_of(doc.id)
        grouped = ledger.groups_of_claims([c.id for c in claims])
    html = client.get(f"/document/{doc.id}").get_data(as_text=True)
    table = html[html.index('id="doc-claims"'):]
    assert table.count("<tr><td>") == len(claims) and grouped
    assert all(f'href="/group/{g}"' in table for g in grouped.values())


def test_an_archive_of_two_events_filters_by_event_and_shows_each_group_s_event(tmp_path: Path) -> None:
    import re

    from claimledger.present.web import create_app
    from claimledger.settings import GroupingSettings

    for town in ("marlow", "hesby"):
        (tmp_path / town).mkdir()
        (tmp_path / town / "wire.txt").write_text(f"Twelve people were killed in a fire in {town.title()}, officials said.\n",
                                                  encoding="utf-8")
        (tmp_path / town / "paper.txt").write_text(f"A fire in {town.title()} killed 12 people.\n", encoding="utf-8")
    db = tmp_path / "archive.db"
    build([str(tmp_path / "marlow"), str(tmp_path / "hesby")], str(db),
          Settings(grouping=GroupingSettings(events="folder")), workers=0)
    client = create_app(str(db)).test_client()
    html = client.get("/").get_data(as_text=True)
    options = dict(re.findall(r'<option value="(folder: [^"]+)"[^>]*>[^<]* \((\d+)\)', html))
    assert sorted(Path(e.removeprefix("folder: ")).name for e in options) == ["hesby", "marlow"]
    for event, shown in options.items():
        listed = client.get("/api/groups", query_string={"event": event, "limit": 500}).get_json()
        assert len(listed) == int(shown) and {g["event"] for g in listed} == {event}
    assert 'class="event"' in html
