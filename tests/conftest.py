"""Shared test helpers: fixture paths and the optional ../shared dev corpus."""

from __future__ import annotations

import json
import pathlib

import pytest

HERE = pathlib.Path(__file__).parent
FIXTURES = HERE / "fixtures"
SHARED = HERE.parent.parent / "shared"
DEV_CORPUS = SHARED / "corpus" / "dev"


def read_jsonl(path: pathlib.Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture
def dev_corpus():
    if not DEV_CORPUS.is_dir():
        pytest.skip("../shared dev corpus not present")
    return DEV_CORPUS
