"""Fuzz the JSON API with schemathesis against its own OpenAPI schema: generated requests,
valid and invalid, never get a 500, and every response matches the documented schema."""

from __future__ import annotations

import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from corroborate.web import create_app


def _load_builder():
    # the fixture builder lives in this directory's conftest.py (tests/ is not a package)
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("corroborate_web_corpus", Path(__file__).with_name("conftest.py"))
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module.build_corpus


build_corpus = _load_builder()
# schemathesis' lazy fixture loader does not work with this pytest (it reads a private
# attribute pytest 9 removed), so the app is built when the module is collected.
_tmp = tempfile.TemporaryDirectory(prefix="corroborate-fuzz-")
app = create_app(build_corpus(Path(_tmp.name)).store)
schema = schemathesis.openapi.from_asgi("/api/openapi.json", app)

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_never_500_and_matches_schema(case):
    response = case.call()
    assert response.status_code < 500, (case.path, case.query, response.text[:300])
    case.validate_response(response, checks=CHECKS)
    if response.status_code >= 400:
        body = response.json()
        assert set(body) == {"error"} and {"code", "message", "item"} == set(body["error"])
