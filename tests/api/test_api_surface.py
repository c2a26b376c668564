"""The HTTP surface against a live server: /docs works offline, the OpenAPI description covers every
endpoint (/sparql and /store included) with bounded numbers and the one error shape, and 405 says `Allow`."""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from graph.settings import Settings
from graph.store import OxigraphStore
from tests.conftest import live_server

METHODS = ("get", "head", "put", "post", "delete", "patch")


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    from api.app import create_app

    settings = Settings(max_page_size=77, max_paths=9, max_path_length=5, max_depth=2, update_token="t")
    with live_server(create_app(settings, store=OxigraphStore())) as base, \
            httpx.Client(base_url=base, timeout=30) as client:
        yield client


@pytest.fixture(scope="module")
def spec(client: httpx.Client) -> dict[str, Any]:
    response = client.get("/openapi.json")
    assert response.status_code == 200
    spec: dict[str, Any] = response.json()
    return spec


def test_the_docs_page_loads_everything_from_the_server_itself(client: httpx.Client) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    urls = re.findall(r"""(?:src|href|url)\s*[:=]\s*['"]([^'"]+)['"]""", page.text)
    assert urls, page.text
    assert not re.search(r"https?://", page.text), "the page names a URL off the server"
    for url in urls:
        asset = client.get(url)
        assert asset.status_code == 200, url
        assert asset.content
    assert "/openapi.json" in urls
    assert client.get("/docs/assets/swagger-ui-bundle.js").headers["content-type"].startswith("text/javascript")
    assert client.get("/docs/assets/..%2Fapp.py").status_code == 404
    assert client.get("/redoc").status_code == 404  # no second page that would load a CDN


def test_sparql_and_store_are_described(spec: dict[str, Any]) -> None:
    paths = spec["paths"]
    assert {"get", "post"} <= set(paths["/sparql"])
    assert {"get", "head", "put", "post", "delete"} <= set(paths["/store"]) <= set(METHODS)
    assert "/store/{path}" in paths
    get_params = {p["name"] for p in paths["/sparql"]["get"]["parameters"]}
    assert {"query", "default-graph-uri", "named-graph-uri"} <= get_params
    post = paths["/sparql"]["post"]
    assert {"using-graph-uri", "using-named-graph-uri"} <= {p["name"] for p in post["parameters"]}
    assert set(post["requestBody"]["content"]) == {
        "application/sparql-query", "application/sparql-update", "application/x-www-form-urlencoded"}
    assert {p["name"] for p in paths["/store"]["put"]["parameters"]} == {"graph", "default"}
    assert "text/turtle" in paths["/store"]["put"]["requestBody"]["content"]
    assert {"413", "401"} <= set(paths["/store"]["put"]["responses"])


def _integer_schemas(schema: dict[str, Any]) -> list[dict[str, Any]]:
    return [branch for branch in schema.get("anyOf", [schema]) if branch.get("type") == "integer"]


def test_every_number_a_client_sends_is_bounded_by_its_setting(spec: dict[str, Any]) -> None:
    bounded = {}
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            for parameter in operation.get("parameters", []):
                for schema in _integer_schemas(parameter["schema"]):
                    where = f"{method.upper()} {path} {parameter['name']}"
                    assert "minimum" in schema and "maximum" in schema, where
                    bounded[where] = schema["maximum"]
    assert bounded["GET /actors limit"] == 77
    assert bounded["GET /stances limit"] == 77
    assert bounded["GET /actors/{ident}/neighbourhood depth"] == 2
    assert bounded["GET /paths k"] == 9
    assert bounded["GET /paths max_length"] == 5
    assert len(bounded) >= 15


def test_error_answers_are_documented_with_the_one_error_shape(spec: dict[str, Any]) -> None:
    assert set(spec["components"]["schemas"]["Error"]["required"]) == {"error", "status", "title"}
    assert "HTTPValidationError" not in spec["components"]["schemas"]
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            responses = operation["responses"]
            if operation.get("parameters"):
                assert {"404", "422"} & set(responses) or path in ("/sparql", "/store", "/ontology"), (method, path)
            for status, response in responses.items():
                if status[0] in "45":
                    schema = response["content"]["application/json"]["schema"]
                    assert schema == {"$ref": "#/components/schemas/Error"}, (method, path, status)
    assert "404" in spec["paths"]["/actors/{ident}"]["get"]["responses"]
    assert "404" in spec["paths"]["/paths"]["get"]["responses"]


def test_a_405_says_which_methods_are_allowed_on_every_route(client: httpx.Client, spec: dict[str, Any]) -> None:
    for path, item in spec["paths"].items():
        url = re.sub(r"\{[^}]+\}", "x", path)
        answer = client.request("PATCH", url)
        assert answer.status_code == 405, path
        allowed = {m.strip().lower() for m in answer.headers["allow"].split(",")}
        assert set(item) - {"head"} <= allowed, (path, answer.headers["allow"])
        assert answer.json()["status"] == 405
    assert client.request("DELETE", "/docs").headers["allow"] == "GET"
