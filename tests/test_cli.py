"""The command line: contract shapes, standard input, and one-line errors with exit status."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import FIXTURES

EXAMPLE = FIXTURES.parent.parent / "examples" / "sample_bulletin.txt"


def run(*args, stdin: bytes | None = None):
    return subprocess.run([sys.executable, "-m", "tradeie", *args], input=stdin, capture_output=True)


def test_extract_jsonl_records_follow_the_contract():
    p = run("extract", str(EXAMPLE), "--format", "jsonl")
    assert p.returncode == 0, p.stderr
    recs = [json.loads(line) for line in p.stdout.decode().splitlines()]
    assert recs
    text = EXAMPLE.read_text(encoding="utf-8")
    for r in recs:
        assert r["doc"] == EXAMPLE.name
        for key in ("indicator", "subject", "dimensions", "period", "value", "change", "share", "source", "evidence", "section"):
            assert key in r
        for part in ("value", "change", "share", "evidence"):
            if r[part]:
                s, e = r[part]["span"]
                assert text[s:e] == r[part]["text"]
        if r["value"]:
            assert isinstance(r["value"]["normalized"], str)


def test_sections_json_shape():
    p = run("sections", str(EXAMPLE), "--format", "json")
    assert p.returncode == 0
    d = json.loads(p.stdout)
    assert set(d) >= {"doc", "meta", "sections"}
    assert d["sections"] and {"name", "span", "articles"} <= set(d["sections"][0])


def test_stdin_is_read_with_dash():
    p = run("quantities", "-", "--format", "jsonl", stdin="出口11285.2亿元，增长14.6%。".encode())
    assert p.returncode == 0, p.stderr
    recs = [json.loads(line) for line in p.stdout.decode().splitlines()]
    assert [r["normalized"] for r in recs][:1] == ["1128520000000"]


def test_bad_input_is_one_line_on_stderr_and_nonzero(tmp_path):
    for args, stdin in (
        (("extract", str(tmp_path / "missing.txt")), None),
        (("extract", "-"), b""),
        (("sections", "-"), bytes(range(256)) * 10),
    ):
        p = run(*args, stdin=stdin)
        assert p.returncode == 2
        err = p.stderr.decode().strip()
        assert err.count("\n") == 0 and err.startswith("tradeie: error:")
        assert "Traceback" not in err


def test_table_and_csv_output():
    p = run("table", str(EXAMPLE), "--format", "csv")
    assert p.returncode == 0, p.stderr
    lines = p.stdout.decode().splitlines()
    assert lines[0].startswith("doc,") and len(lines) > 1


def test_explain_shows_roles_and_reasons():
    p = run("explain", str(EXAMPLE))
    assert p.returncode == 0, p.stderr
    out = p.stdout.decode()
    assert "rule=" in out and "indicator=" in out and "value '" in out
