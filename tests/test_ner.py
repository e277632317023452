"""NER stage: fixtures per pattern family, offsets into the original text, the spaCy factories,
lazy loading, and hypothesis properties."""

from __future__ import annotations

import glob
import json
import os
import subprocess
import sys

import pytest

from tradeie.ner import Entity, NerModelError, build_pipeline, entities, find_entities, find_entities_rules

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "fixtures", "entities")


def _cases():
    for path in sorted(glob.glob(os.path.join(FIXTURES, "*.jsonl"))):
        family = os.path.splitext(os.path.basename(path))[0]
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    yield pytest.param(json.loads(line), id=f"{family}-{n}")


@pytest.mark.parametrize("case", list(_cases()))
def test_fixture(case):
    got = [[e.text, e.label] for e in entities(case["text"])]
    assert got == case["entities"]


def test_fixture_families_present():
    names = {os.path.basename(p) for p in glob.glob(os.path.join(FIXTURES, "*.jsonl"))}
    assert {"gpe.jsonl", "loc.jsonl", "org.jsonl", "person.jsonl", "negative.jsonl"} <= names


# --- offsets ---------------------------------------------------------------------------------


def test_spans_index_original_text_across_line_breaks():
    # a normalised view that joined a hard-wrapped line (as layout.normalize does for PDF text)
    from tradeie.ner import entities_in
    from tradeie.textview import NormTextBuilder

    text = "据国家\n\n数据局统计，大\n连市服务外包增长。"
    b = NormTextBuilder(text)
    pos = 0
    for line in text.split("\n"):
        b.copy_clean(pos, pos + len(line))
        pos += len(line) + 1
    ents = entities_in(b.build())
    assert [(e.text, e.label) for e in ents] == [("国家\n\n数据局", "ORG"), ("大\n连市", "GPE")]
    for e in ents:
        assert text[e.span[0] : e.span[1]] == e.text


def test_fullwidth_and_indent_do_not_shift_spans():
    text = "\u3000\u3000（来源：商务部）新加坡　市场增长１２％。"
    ents = entities(text)
    assert [(e.text, e.label) for e in ents] == [("商务部", "ORG"), ("新加坡", "GPE")]
    for e in ents:
        assert text[e.span[0] : e.span[1]] == e.text


def test_find_entities_on_normalised_text():
    norm = "大连市商务局局长李明表示"
    assert find_entities(norm) == [(0, 6, "ORG"), (8, 10, "PERSON")]


def test_entity_model_dump():
    e = Entity(text="商务部", span=(3, 6), label="ORG", rule="gaz_org")
    assert e.model_dump(mode="json", exclude_none=True) == {"text": "商务部", "span": [3, 6], "label": "ORG", "rule": "gaz_org"}
    with pytest.raises(Exception):
        e.text = "x"  # frozen


def test_rules_record_provenance():
    rules = {r for *_, r in find_entities_rules("苏州云帆科技有限公司总经理王强表示，江苏省商务厅支持。")}
    assert {"org_company", "person_title", "org_agency"} <= rules


def test_org_with_place_inside_is_one_org():
    assert [(e.text, e.label) for e in entities("大连市商务局发布数据。")] == [("大连市商务局", "ORG")]


# --- spaCy -----------------------------------------------------------------------------------


def test_pipeline_is_blank_zh_with_jieba_and_domain_words():
    nlp = build_pipeline()
    assert nlp.lang == "zh" and nlp.pipe_names == ["tradeie_ner"]
    words = [t.text for t in nlp.make_doc("离岸服务外包合同签约额增长，一带一路合作深化")]
    for w in ("离岸服务外包", "合同签约额", "一带一路"):
        assert w in words


def test_pipeline_sets_doc_ents_exactly():
    nlp = build_pipeline()
    doc = nlp("国家数据局局长刘烈宏表示，长三角地区增长较快。")
    assert [(e.text, e.label_) for e in doc.ents] == [("国家数据局", "ORG"), ("刘烈宏", "PERSON"), ("长三角地区", "LOC")]


def test_missing_trained_model_is_a_clear_error():
    with pytest.raises(NerModelError) as ex:
        build_pipeline(model="zh_no_such_pipeline_sm")
    assert "never downloads" in str(ex.value)


def test_tradeie_factory_on_blank_pipeline_entities():
    import spacy

    import tradeie.spacy_component  # noqa: F401

    nlp = spacy.blank("zh")
    nlp.add_pipe("tradeie")
    doc = nlp("据商务部数据，1-4月，大连市服务外包执行额79344.3万美元，同比下降32.1%。")
    assert ("商务部", "ORG") in [(e.text, e.label_) for e in doc.ents]
    assert [e.text for e in doc._.entities] == [e.text for e in doc.ents]


def test_tradeie_factory_metrics():
    pytest.importorskip("tradeie.metrics")
    import spacy

    try:
        from tradeie import extract  # noqa: F401
    except ImportError:  # pragma: no cover
        pytest.skip("tradeie.extract not available yet")
    nlp = spacy.blank("zh")
    nlp.add_pipe("tradeie")
    doc = nlp("今年1-4月，大连市服务外包执行额79344.3万美元，同比下降32.1%。")
    assert isinstance(doc._.metrics, list)
    assert doc._.metrics, "expected at least one metric"


def test_import_without_ner_does_not_load_jieba():
    code = (
        "import sys, tradeie; tradeie.normalize('商务部'); "
        "import tradeie.ner, tradeie.spacy_component; "
        "print('jieba' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"


# --- properties ------------------------------------------------------------------------------

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_ALPHABET = st.sampled_from(list("商务部大连市辽宁省日本中国香港协会有限公司局长王李宏·、，。\n 　（）《》0123456789长三角地区区县新"))


@settings(max_examples=150, deadline=None)
@given(st.text(_ALPHABET, max_size=80))
def test_never_raises_spans_quote_and_deterministic(text):
    a = entities(text)
    for e in a:
        assert 0 <= e.span[0] < e.span[1] <= len(text)
        assert text[e.span[0] : e.span[1]] == e.text
        assert e.label in ("PERSON", "ORG", "GPE", "LOC")
    spans = sorted(e.span for e in a)
    assert all(x[1] <= y[0] for x, y in zip(spans, spans[1:]))  # no overlaps
    assert entities(text) == a


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60))
def test_arbitrary_unicode_never_raises(text):
    for e in entities(text):
        assert text[e.span[0] : e.span[1]] == e.text


# --- the segmenter and the Doc builder ---------------------------------------------------------


def test_fast_segmenter_matches_jieba_word_for_word():
    pytest.importorskip("jieba")
    import random

    from spacy.util import get_words_and_spaces

    from tradeie.ner import _jieba_tokenizer, _segmenter, words_and_spaces

    tk, seg = _jieba_tokenizer(), _segmenter()
    texts = [
        "据商务部消息，1-5月全国服务进出口总额32255.3亿元，同比增长8.3%。",
        "大连市数字贸易协会与Alibaba.com合作，离岸服务外包执行额79344.3万美元。\r\n  第二段 text  ",
        "",
        "  \n\n",
    ]
    rnd = random.Random(5)
    alphabet = list("商务部大连市辽宁省日本中国香港协会有限公司局长王李宏·、，。\n 　（）《》0123456789abXY长三角地区区县新\r-.%&#+_\t")
    texts += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 50))) for _ in range(400)]
    for text in texts:
        want = list(tk.cut(text, HMM=False))
        got = seg.cut(text)
        assert got == want, text
        assert words_and_spaces(got) == get_words_and_spaces([w for w in want if w], text), text


def test_tradeie_component_does_not_segment_twice(monkeypatch):
    import spacy

    import tradeie.ner as ner
    import tradeie.spacy_component  # noqa: F401

    nlp = spacy.blank("zh")
    nlp.add_pipe("tradeie")
    calls = []
    monkeypatch.setattr(ner, "get_pipeline", lambda *a, **k: calls.append(1))
    doc = nlp("据商务部数据，大连市服务外包执行额增长。")
    assert calls == []
    assert [(e.text, e.label_) for e in doc.ents] == [("商务部", "ORG"), ("大连市", "GPE")]


def test_dictionary_cache_round_trip(tmp_path):
    pytest.importorskip("jieba")
    code = (
        "import hashlib, sys, tradeie.ner as n; f, t = n._dictionary(); "
        "h = hashlib.sha1(repr(sorted(f.items())).encode()).hexdigest(); "
        "print(h, t, 'jieba' in sys.modules)"
    )
    env = dict(os.environ, TRADEIE_CACHE_DIR=str(tmp_path))
    run = lambda: subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env).stdout.split()  # noqa: E731
    built = run()  # cache miss: built with jieba, then written
    assert built[2] == "True" and list(tmp_path.glob("jieba-*.dict"))
    loaded = run()  # cache hit: same dictionary, jieba not even imported
    assert loaded[:2] == built[:2] and loaded[2] == "False"
