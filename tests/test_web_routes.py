"""The service serves the web build: caching, client-side routes, GraphiQL without a CDN.

Runs on a small stand-in build in a temporary folder, so it needs neither Node nor a browser;
tests/test_web.py covers the real build in Chromium.
"""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest
from starlette.applications import Starlette
from starlette.routing import Route

from web_routes import CLIENT_ROUTES, IMMUTABLE, REVALIDATE, graphiql_page, web_routes

INDEX = "<!doctype html><title>explorer</title><script src=/assets/main-abc123.js></script>"
SCRIPT = "console.log('explorer');" * 100


@pytest.fixture
def dist(tmp_path: Path) -> Path:
    (tmp_path / "assets").mkdir()
    (tmp_path / "index.html").write_text(INDEX)
    (tmp_path / "graphiql.html").write_text("<!doctype html><div id=graphiql></div>")
    (tmp_path / "assets" / "main-abc123.js").write_text(SCRIPT)
    (tmp_path / "favicon.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    return tmp_path


def client(dist: Path) -> httpx.AsyncClient:
    async def graphiql(request: object) -> object:
        return graphiql_page(dist)

    app = Starlette(routes=[Route("/graphql", graphiql), *web_routes(dist)])
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test")


async def test_index_is_revalidated_and_locked_to_this_origin(dist: Path) -> None:
    async with client(dist) as http:
        response = await http.get("/")
    assert response.status_code == 200
    assert response.text == INDEX
    assert response.headers["cache-control"] == REVALIDATE
    assert "script-src 'self'" in response.headers["content-security-policy"]


@pytest.mark.parametrize(
    "path",
    ["/organizations/pic-999878620", "/clusters/lci-automotive?tab=recruit", "/", "/sign-in"],
)
async def test_client_routes_get_the_page(dist: Path, path: str) -> None:
    async with client(dist) as http:
        response = await http.get(path)
    assert response.status_code == 200
    assert response.text == INDEX


@pytest.mark.parametrize("path", ["/x/y/z", "/organizations", "/wp-login.php", "/clusters/a/b"])
async def test_other_paths_are_a_404_with_the_page(dist: Path, path: str) -> None:
    async with client(dist) as http:
        response = await http.get(path)
    assert response.status_code == 404  # the page shows its "not found" view
    assert response.text == INDEX


async def test_graphiql_by_its_name_leads_to_it(dist: Path) -> None:
    async with client(dist) as http:
        response = await http.get("/graphiql?query=%7B__typename%7D")
    assert response.status_code == 308
    assert response.headers["location"] == "/graphql?query=%7B__typename%7D"


def test_the_server_knows_the_page_routes() -> None:
    app = (Path(__file__).resolve().parent.parent / "web" / "src" / "app.tsx").read_text()
    assert set(re.findall(r'<Route path="([^"]+)"', app)) == set(CLIENT_ROUTES)


async def test_hashed_assets_are_immutable_and_compressed(dist: Path) -> None:
    async with client(dist) as http:
        response = await http.get("/assets/main-abc123.js", headers={"accept-encoding": "gzip"})
    assert response.status_code == 200
    assert response.headers["cache-control"] == IMMUTABLE
    assert response.headers["content-encoding"] == "gzip"
    assert response.text == SCRIPT


async def test_missing_assets_are_404_not_the_page(dist: Path) -> None:
    async with client(dist) as http:
        missing = await http.get("/assets/gone-123.js")
        escape = await http.get("/assets/..%2f..%2fetc%2fpasswd")
    assert missing.status_code == 404
    assert escape.status_code == 404


async def test_top_level_files_are_served(dist: Path) -> None:
    async with client(dist) as http:
        response = await http.get("/favicon.svg")
    assert response.status_code == 200
    assert response.text.startswith("<svg")
    assert "max-age=3600" in response.headers["cache-control"]


async def test_without_a_build_the_pages_say_how_to_get_one(tmp_path: Path) -> None:
    async with client(tmp_path / "absent") as http:
        page = await http.get("/clusters")
        ide = await http.get("/graphql")
    for response in (page, ide):
        assert response.status_code == 200
        assert "make web" in response.text
        assert "/graphql" in response.text


async def test_graphiql_uses_no_cdn(dist: Path) -> None:
    async with client(dist) as http:
        response = await http.get("/graphql")
    assert "id=graphiql" in response.text
    assert "unpkg" not in response.text and "https://" not in response.text
