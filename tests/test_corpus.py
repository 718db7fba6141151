"""Site-level boilerplate: fingerprints, counts, merging, profiles, the wire-story test."""

import os
import pickle
import random
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import clean
from newsclean.config import Config
from newsclean.corpus import (
    BYTES_PER_PARAGRAPH,
    ProfileError,
    SiteCounts,
    count_documents,
    estimate_contexts,
    fingerprint,
    fingerprint_document,
    merge_counts,
)
from newsclean.pipeline import clean_document
from sitegen import article, paragraph, site_boilerplate

CONFIG = Config()


def test_fingerprint_is_stable_and_style_blind():
    assert fingerprint("Hello  “World” — again") == fingerprint('hello "world" - again')
    assert fingerprint("Hello world") != fingerprint("Hello world!")
    # A fixed value: profiles written by one process must be read by another.
    assert fingerprint("Home") == 0x934A5870F61663A7 == fingerprint("HOME")
    code = "from newsclean.corpus import fingerprint; print(fingerprint('Read more about it'))"
    outs = set()
    for seed in ("1", "2", "random"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        outs.add(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout)
    assert len(outs) == 1 and int(outs.pop()) == fingerprint("Read more about it")


def site_docs(n=30, site=0, seed=1):
    rng = random.Random(seed)
    return [article(rng, site, f"Headline number {i} of site {site}") for i in range(n)]


def test_boilerplate_next_to_different_articles_is_dropped():
    docs = site_docs(30)
    counts = count_documents(("s", d) for d in docs)
    view = counts.view("s", CONFIG)
    bp = site_boilerplate(0)
    doc = clean_document(docs[7], CONFIG, view)
    by_text = {p.text: p for p in doc.paragraphs}
    for line in bp["menu"] + bp["banner"] + bp["footer"]:
        assert by_text[line].decision.code == "S101", line
        assert by_text[line].decision.evidence["doc_freq"] == 30
        assert by_text[line].decision.evidence["site_docs"] == 30
    article_text = [p for p in doc.paragraphs if p.text not in bp["menu"] + bp["banner"] + bp["footer"]]
    assert article_text[0].text == "Headline number 7 of site 0" and len(article_text) >= 4
    assert all(p.decision.code != "S101" for p in article_text)


def test_wire_story_in_many_documents_is_not_boilerplate():
    rng = random.Random(5)
    wire = [paragraph(rng) for _ in range(5)]
    docs = [article(rng, 0, f"Wire headline copy {i}", wire) for i in range(15)]
    docs += [article(rng, 0, f"Own story {i}") for i in range(15)]
    counts = count_documents(("s", d) for d in docs)
    view = counts.view("s", CONFIG)
    for i in (0, 14):
        doc = clean_document(docs[i], CONFIG, view)
        codes = {p.text: p.decision.code for p in doc.paragraphs}
        assert all(codes[w] != "S101" for w in wire)  # recurs only with the rest of the same story
        assert codes[site_boilerplate(0)["footer"][0]] == "S101"
    # the wire paragraphs did recur in 15 documents: only the context test saves them
    assert counts.as_dict()["s"][fingerprint(wire[0])][0] == 15


def test_a_paragraph_in_a_few_documents_is_never_site_boilerplate():
    docs = site_docs(8)
    view = count_documents(("s", d) for d in docs).view("s", CONFIG)
    assert not view.candidates
    assert count_documents(("s", d) for d in docs).view("s", CONFIG.with_options(site_min_doc_freq=5)).candidates


def test_min_doc_share_and_context_share():
    docs = site_docs(40)
    counts = count_documents(("s", d) for d in docs)
    assert len(counts.view("s", CONFIG).candidates) == 7
    # The site's boilerplate is on 40 of its 100 documents (60 plain articles).
    rng = random.Random(5)
    plain = ["\n\n".join(paragraph(rng) for _ in range(4)) for _ in range(60)]
    counts = count_documents(("s", d) for d in docs + plain)
    assert len(counts.view("s", CONFIG.with_options(site_min_doc_share=0.4)).candidates) == 7
    assert not counts.view("s", CONFIG.with_options(site_min_doc_share=0.41)).candidates
    assert counts.view("s", CONFIG.with_options(site_min_context_share=0.0)).candidates


def test_sites_are_counted_apart():
    counts = count_documents([("a", d) for d in site_docs(12, site=1)] + [("b", d) for d in site_docs(12, site=2)])
    footer_a = fingerprint(site_boilerplate(1)["footer"][0])
    assert footer_a in counts.view("a", CONFIG).candidates
    assert footer_a not in counts.view("b", CONFIG).candidates
    assert counts.documents("a") == counts.documents("b") == 12
    assert not counts.view("unknown", CONFIG).candidates


def test_ignore_and_no_site_boilerplate_undo_s101():
    docs = site_docs(20)
    view = count_documents(("s", d) for d in docs).view("s", CONFIG)
    assert clean(docs[0], site_profile=view).text.count("Copyright") == 0
    assert "Copyright" in clean(docs[0], site_profile=view, ignore="S101").text
    assert "Copyright" in clean(docs[0], site_profile=view, site_boilerplate=False).text


@settings(deadline=None, max_examples=30)
@given(st.lists(st.tuples(st.sampled_from("xyz"), st.lists(st.sampled_from(["A", "B", "C long paragraph", "D", "E e e"]), max_size=5)),
                max_size=12), st.integers(0, 12))
def test_merge_is_the_same_as_counting_everything(docs, cut):
    texts = [(site, "\n\n".join(paras)) for site, paras in docs]
    whole = count_documents(texts)
    a, b = count_documents(texts[:cut]), count_documents(texts[cut:])
    assert merge_counts(a, b) == whole
    assert merge_counts(b, a) == whole
    assert pickle.loads(pickle.dumps(whole)) == whole
    assert sum(whole.site_docs) == len(texts)


def test_profile_round_trip_and_bad_files(tmp_path):
    counts = count_documents([("site one", d) for d in site_docs(12)] + [("two", d) for d in site_docs(3, seed=2)])
    path = tmp_path / "p.prof"
    counts.save(path)
    assert os.path.getsize(path) < 1024 + BYTES_PER_PARAGRAPH * counts.rows
    loaded = SiteCounts.load(path)
    assert loaded == counts and loaded.site_docs == counts.site_docs
    assert loaded.view("site one", CONFIG) == counts.view("site one", CONFIG)
    (tmp_path / "junk").write_bytes(b"hello")
    with pytest.raises(ProfileError, match="not a newsclean site profile"):
        SiteCounts.load(tmp_path / "junk")
    data = path.read_bytes()
    (tmp_path / "short").write_bytes(data[:-5])
    with pytest.raises(ProfileError, match="truncated"):
        SiteCounts.load(tmp_path / "short")
    with pytest.raises(ProfileError, match="cannot read"):
        SiteCounts.load(tmp_path / "missing")


def test_fingerprint_document_pairs():
    pairs = fingerprint_document("A\n\nB\n\nA\n\n  \n\nC")
    assert [fp for fp, _ in pairs] == [fingerprint("A"), fingerprint("B"), fingerprint("C")]
    assert all(bin(bit).count("1") == 1 for _, bit in pairs)
    assert fingerprint_document("") == []
    assert estimate_contexts(0) == 0 and estimate_contexts(1) == pytest.approx(1.0)
    assert estimate_contexts((1 << 64) - 1) == float("inf")
