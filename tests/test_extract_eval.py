"""Accuracy floors on the shared dev corpus and on our own fixture articles (measured, see docs/accuracy.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from armswatch.extraction.evaluate import evaluate, match_claims
from armswatch.model import Claim

FIXTURES = Path(__file__).parent / "fixtures" / "extract"
DEV_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "dev-corpus"


def need_shared(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} not available")
    return path


@pytest.fixture(scope="module")
def dev_scores() -> dict:
    need_shared(DEV_CORPUS)
    return evaluate(DEV_CORPUS / "articles", DEV_CORPUS / "gold.jsonl")


def test_dev_corpus_claims_above_floor(dev_scores: dict) -> None:
    assert dev_scores["articles"] == 10
    assert dev_scores["claims"]["f1"] >= 0.72


def test_dev_corpus_entities_above_floor(dev_scores: dict) -> None:
    ents = dev_scores["entities"]
    assert ents["countries"]["f1"] >= 0.95
    assert ents["organizations"]["f1"] >= 0.93
    assert ents["persons"]["f1"] >= 0.95
    assert ents["weapons"]["f1"] >= 0.9


def test_dev_corpus_negatives_have_no_claims(dev_scores: dict) -> None:
    negatives = [d for d in dev_scores["documents"] if d["file"] in ("dev09.txt", "dev10.txt")]
    assert negatives and all(d["fp"] == 0 for d in negatives)


def test_own_fixture_set() -> None:
    scores = evaluate(FIXTURES, FIXTURES / "gold.jsonl")
    assert scores["claims"]["f1"] >= 0.6
    assert all(d["fp"] == 0 for d in scores["documents"] if d["file"].startswith("neg"))


def _claim(**kw) -> Claim:
    base = {"type": "transfer", "actor": "KP", "recipient": "RU", "item": "shells", "status": "reported",
            "evidence": "x", "evidence_start": 0, "evidence_end": 1}
    return Claim(**{**base, **kw})


def test_matching_rules() -> None:
    gold = [{"type": "agreement", "actor": "RU", "recipient": "KP"},
            {"type": "transfer", "actor": "KP", "recipient": "RU", "optional": True},
            {"type": "evasion", "actor": "Lazarus Group", "recipient": None, "note": "Actor KP also acceptable."}]
    preds = [_claim(type="agreement", actor="KP", recipient="RU"), _claim(), _claim(type="evasion", recipient=None),
             _claim(type="test", recipient=None)]
    pairs, fp, fn = match_claims(preds, gold)
    assert len(pairs) == 2  # agreement (unordered) and evasion (alternative actor); optional counts neither way
    assert (fp, fn) == (1, 0)


def test_heldout_a_floor_and_negatives() -> None:
    """Set A is development data now; this guards against regressions, it is not a blind measure."""
    folder = Path(__file__).parent / "fixtures" / "heldout_a"
    scores = evaluate(folder / "articles", folder / "gold.jsonl")
    assert scores["claims"]["f1"] >= 0.7
    negatives = [d for d in scores["documents"] if d["file"] in ("ho02.txt", "ho07.txt", "ho12.txt")]
    assert len(negatives) == 3 and all(d["fp"] == 0 for d in negatives)


@pytest.mark.parametrize(("folder", "negatives"), [("heldout_g", ("hg04.txt", "hg10.txt")),
                                                   ("heldout_h", ("hh11.txt", "hh12.txt")),
                                                   ("heldout_i", ("hi11.txt", "hi12.txt")),
                                                   ("heldout_j", ("hj11.txt", "hj12.txt")),
                                                   ("heldout_k", ("hk11.txt", "hk12.txt")),
                                                   ("heldout_l", ("hl11.txt", "hl12.txt"))])
def test_heldout_negatives_give_no_claims(folder: str, negatives: tuple[str, ...]) -> None:
    """Airliner deliveries, civilian launches, a lunar landing, a grain deal, football matches and a fireworks show:
    trigger words in civilian senses."""
    root = Path(__file__).parent / "fixtures" / folder
    scores = evaluate(root / "articles", root / "gold.jsonl", files=set(negatives))
    assert scores["articles"] == 2 and scores["claims"]["fp"] == 0
