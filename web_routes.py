"""The web explorer's routes: the built page (``web/dist``) at ``/`` and GraphiQL's assets.

``make run`` builds ``web/`` with Node into ``web/dist`` (never committed); the service serves
it with every asset local, so nothing is fetched from a CDN. Hashed files under ``/assets/``
are cached for a year (``immutable``); ``index.html`` must be revalidated (``no-cache``), so a
new build is picked up on the next visit. The paths of the page's own routes
(:data:`CLIENT_ROUTES`, the same as ``web/src/app.tsx``) answer with ``index.html``, so each
page of the explorer has a URL that can be shared; any other path that is not an API route or
a file of the build answers ``index.html`` too, with status 404, so the page shows its "not
found" view and crawlers and scripts see the truth. Without a build, ``/`` and GraphiQL say
how to get one.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import Scope

WEB_DIST_ENV = "CLUSTERGRAPH_WEB_DIST"
# The page's routes (web/src/app.tsx; tests/test_web_routes.py keeps the two in step).
CLIENT_ROUTES = (
    "/",
    "/search",
    "/organizations/:id",
    "/clusters",
    "/clusters/:id",
    "/clusters/:id/scorecard",
    "/initiative",
    "/projects/:id",
    "/topics/:id",
    "/consortium",
    "/network",
    "/network/:id",
    "/path",
    "/sign-in",
)
_CLIENT_ROUTE = re.compile(
    "|".join("^" + re.sub(r":\w+", "[^/]+", route) + "$" for route in CLIENT_ROUTES)
)
IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"
SHORT = "public, max-age=3600"
# The pages load scripts and styles from this origin only and talk to /graphql only.
# Chart.js and Cytoscape set inline styles, GraphiQL's stylesheet embeds data: images.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
    "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'"
)
NOT_BUILT = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>clustergraph: {what} not built</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto">
<h1>The {what} is not built</h1>
<p>The GraphQL API works: POST queries to <code>/graphql</code>.</p>
<p>To get the {what}, install Node.js 20.19 or newer with npm, then run <code>make web</code>
(or <code>make run</code>, which builds it when needed) and reload this page.</p>
</body></html>
"""


def web_dist() -> Path:
    """Where the built page is: ``$CLUSTERGRAPH_WEB_DIST``, else ``web/dist`` in the repo."""
    configured = os.environ.get(WEB_DIST_ENV)
    return Path(configured) if configured else Path(__file__).resolve().parent / "web" / "dist"


class CachedStaticFiles(StaticFiles):
    """Static files with one ``Cache-Control`` header for all of them."""

    def __init__(self, directory: Path, cache_control: str) -> None:
        super().__init__(directory=directory)
        self.cache_control = cache_control

    def file_response(
        self,
        full_path: str | os.PathLike[str],
        stat_result: os.stat_result,
        scope: Scope,
        status_code: int = 200,
    ) -> Response:
        response = super().file_response(full_path, stat_result, scope, status_code)
        response.headers["cache-control"] = self.cache_control
        return response


def html_page(path: Path, what: str) -> Response:
    """A page of the build (index.html, graphiql.html), revalidated on every visit."""
    headers = {
        "cache-control": REVALIDATE,
        "content-security-policy": CONTENT_SECURITY_POLICY,
        "x-content-type-options": "nosniff",
        "referrer-policy": "same-origin",
    }
    if not path.is_file():
        return HTMLResponse(NOT_BUILT.format(what=what), headers=headers)
    return FileResponse(path, media_type="text/html", headers=headers)


def graphiql_page(dist: Path | None = None) -> Response:
    """GraphiQL, built from its npm packages into the web build (no CDN)."""
    return html_page((dist or web_dist()) / "graphiql.html", "GraphiQL page")


def web_routes(dist: Path | None = None) -> list[BaseRoute]:
    """Routes for the explorer; add them after the API's routes (the last one catches all)."""
    root = dist or web_dist()

    async def page(request: Request) -> Response:
        name = request.path_params["path"]
        if name.startswith("assets/"):
            return Response("Not found.", status_code=404, media_type="text/plain")
        top_level = {p.name for p in root.iterdir() if p.is_file()} if root.is_dir() else set()
        if name in top_level and not name.endswith(".html"):
            return FileResponse(root / name, headers={"cache-control": SHORT})
        response = html_page(root / "index.html", "web page")
        if not _CLIENT_ROUTE.match("/" + name):
            response.status_code = 404
        return response

    async def graphiql(request: Request) -> Response:
        query = request.url.query
        return RedirectResponse("/graphql" + ("?" + query if query else ""), status_code=308)

    assets = CachedStaticFiles(root / "assets", IMMUTABLE) if (root / "assets").is_dir() else None
    # GraphiQL is at /graphql (opened in a browser); its own name is a likely guess
    routes: list[BaseRoute] = [Route("/graphiql", graphiql, methods=["GET", "HEAD"])]
    if assets is not None:
        routes.append(Mount("/assets", app=GZipMiddleware(assets, minimum_size=1024)))
    routes.append(Route("/{path:path}", page, methods=["GET", "HEAD"]))
    return routes
