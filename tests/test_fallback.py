"""The learned fallback: training, the shipped weights, and where it may speak."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from armswatch.extraction import fallback, training
from armswatch.extraction.core import extract, from_parsed
from armswatch.extraction.nlp import get_nlp

FIXTURES = Path(__file__).parent / "fixtures"
LEAD = "North Korea shipped artillery shells to Russia last month, officials said.\n"
# no rule reads this sentence: the fallback's type and party models do
UNREAD = "Russian tankers then load fuel at Vostochny and sail straight to the port of Nampo."


def test_fit_separates_a_learnable_signal() -> None:
    examples = [(["BIAS", "L:ship"], 1), (["BIAS", "L:sell"], 1), (["BIAS", "L:rain"], 0), (["BIAS", "L:vote"], 0)] * 5
    weights = training.fit(examples)
    assert weights["L:ship"] > 0.5 and weights["L:rain"] < -0.5
    assert fallback._prob(weights, ["BIAS", "L:sell"]) > 0.8 > 0.2 > fallback._prob(weights, ["BIAS", "L:vote"])


def test_packed_table_scores_each_type_as_its_own_model() -> None:
    model = {"version": 1, "types": {k: {"L:a": 0.5, "BIAS": -1.0} for k in training.TYPES},
             "actor": {}, "recipient": {}}
    model["types"]["test"] = {"L:b": 2.0, "BIAS": 0.25}
    probs = fallback.type_probs(json.loads(json.dumps(training.packed(model)))["types"], ["BIAS", "L:a", "L:b"])
    for kind in training.TYPES:
        assert probs[kind] == pytest.approx(fallback._prob(model["types"][kind], ["BIAS", "L:a", "L:b"]))
    assert probs["test"] > 0.9 > 0.5 > probs["transfer"]


def test_an_unread_sentence_gets_a_learned_claim_marked_as_such() -> None:
    claims = extract(LEAD + UNREAD, "2026-03-01").claims
    assert [c.rule for c in claims if c.evidence == LEAD.strip()] == ["transfer:ship"]
    learned = [c for c in claims if c.evidence == UNREAD]
    assert learned and all(c.rule.startswith("learned:") for c in learned)
    assert learned[0].type == "transfer" and learned[0].item == "oil"
    assert [c.evidence_start for c in claims] == sorted(c.evidence_start for c in claims)


def test_the_fallback_is_silent_where_the_rules_find_nothing() -> None:
    """An article the rules find off topic gets no claims from the fallback either."""
    assert extract(UNREAD, "2026-03-01").claims == []


def test_the_fallback_never_changes_what_the_rules_say() -> None:
    text = (FIXTURES / "heldout_k" / "articles" / "hk01.txt").read_text("utf-8").split("\n\n", 1)[1]
    doc = get_nlp()(text)
    rules_only = from_parsed(doc, "2025-06-01", learned=False).claims
    both = from_parsed(doc, "2025-06-01").claims
    assert not any(c.rule.startswith("learned:") for c in rules_only)
    assert [c for c in both if not c.rule.startswith("learned:")] == rules_only
    assert len(both) > len(rules_only)


@pytest.mark.parametrize(("folder", "files"), [("heldout_m", ("hm12.txt",)),
                                               ("heldout_n", ("hn05.txt", "hn11.txt")),
                                               ("heldout_o", ("ho204.txt", "ho209.txt")),
                                               ("heldout_p", ("hp06.txt", "hp11.txt")),
                                               ("heldout_q", ("hq04.txt", "hq09.txt")),
                                               ("heldout_r", ("hr11.txt",)),
                                               ("heldout_s", ("s11.txt", "s12.txt")),
                                               ("heldout_t", ("t11.txt", "t12.txt")),
                                               ("heldout_u", ("u12.txt",)),
                                               ("heldout_v", ("v04.txt", "v09.txt")),
                                               ("heldout_w", ("w04.txt", "w09.txt")),
                                               ("heldout_x", ("x11.txt", "x12.txt")),
                                               ("heldout_y", ("y11.txt", "y12.txt")),
                                               ("heldout_z", ("z11.txt", "z12.txt")),
                                               ("heldout_aa", ("aa11.txt", "aa12.txt")),
                                               ("heldout_ab", ("ab11.txt", "ab12.txt")),
                                               ("heldout_ac", ("ac05.txt", "ac10.txt")),
                                               ("heldout_ad", ("ad11.txt", "ad12.txt")),
                                               ("heldout_ae", ("ae11.txt", "ae12.txt")),
                                               ("heldout_af", ("af11.txt", "af12.txt")),
                                               ("heldout_ag", ("ag11.txt", "ag12.txt")),
                                               ("heldout_ah", ("ah04.txt", "ah09.txt")),
                                               ("heldout_ai", ("ai11.txt", "ai12.txt")),
                                               ("heldout_aj", ("aj11.txt", "aj12.txt")),
                                               ("heldout_ak", ("ak06.txt", "ak11.txt")),
                                               ("heldout_al", ("al11.txt", "al12.txt")),
                                               ("heldout_am", ("am05.txt", "am11.txt")),
                                               ("heldout_an", ("an04.txt", "an09.txt")),
                                               ("heldout_ao", ("ao03.txt", "ao08.txt")),
                                               ("heldout_ap", ("ap11.txt", "ap12.txt")),
                                               ("heldout_aq", ("aq11.txt", "aq12.txt")),
                                               ("heldout_ar", ("ar04.txt", "ar09.txt")),
                                               ("heldout_as", ("as11.txt", "as12.txt")),
                                               ("heldout_at", ("at11.txt", "at12.txt")),
                                               ("heldout_au", ("au04.txt", "au09.txt")),
                                               ("heldout_av", ("av11.txt", "av12.txt")),
                                               ("heldout_aw", ("aw11.txt", "aw12.txt")),
                                               ("heldout_ax", ("ax11.txt", "ax12.txt")),
                                               ("heldout_ay", ("ay09.txt", "ay10.txt")),
                                               ("heldout_az", ("az05.txt", "az11.txt")),
                                               ("heldout_ba", ("ba11.txt", "ba12.txt")),
                                               ("heldout_bb", ("bb11.txt", "bb12.txt")),
                                               ("heldout_u", ("u11.txt",))])
def test_blind_set_negatives_give_no_claims(folder: str, files: tuple[str, ...]) -> None:
    from armswatch.extraction.evaluate import evaluate

    root = FIXTURES / folder
    scores = evaluate(root / "articles", root / "gold.jsonl", files=set(files))
    assert scores["articles"] == len(files) and scores["claims"]["fp"] == 0


def test_training_on_the_fixture_sets_reproduces_the_shipped_weights(tmp_path: Path) -> None:
    """The weights in armswatch/data are exactly what `python -m armswatch.extraction.training` writes."""
    sets = [str(path) for path in sorted(FIXTURES.glob("heldout_*"))]  # as the shell expands heldout_*
    out = tmp_path / "fallback.json"
    assert training.main([str(out), *sets]) == 0
    shipped = Path(fallback.__file__).parents[1] / "data" / "fallback.json"
    assert json.loads(out.read_text("utf-8")) == json.loads(shipped.read_text("utf-8"))


def test_rules_only_switch_on_the_cli(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from armswatch.cli.main import app

    article = tmp_path / "a.txt"
    article.write_text("TITLE: Fuel\nDATE: 2026-03-01\n\n" + LEAD + UNREAD + "\n", "utf-8")
    runner = CliRunner()
    both = json.loads(runner.invoke(app, ["extract", str(article), "--json"]).stdout)
    rules = json.loads(runner.invoke(app, ["extract", str(article), "--json", "--rules-only"]).stdout)
    assert any(c["rule"].startswith("learned:") for c in both["claims"])
    assert rules["claims"] and not any(c["rule"].startswith("learned:") for c in rules["claims"])


def test_a_learned_enforcement_never_names_the_violator_as_enforcer() -> None:
    """'reported on violations of the embargo and on evasion by North Korea': KP is the violator. The check is
    tested on the sentence itself (whether the shipped weights would draft KP there changes with retraining),
    and end to end on the example article."""
    from armswatch.extraction.sentfeats import Candidate

    doc = get_nlp()("The panel reported on violations of the embargo and on evasion by North Korea for years.")
    korea = next(t for t in doc if t.text == "Korea")
    panel = next(t for t in doc if t.text == "panel")
    sent = next(iter(doc.sents))
    assert fallback._violator(Candidate("KP", [], korea.i), sent)
    assert not fallback._violator(Candidate("UN", [], panel.i), sent)
    path = Path(__file__).parents[1] / "examples" / "2024-03-panel-of-experts-veto.txt"
    from armswatch.ingestion.build import build_document
    from armswatch.ingestion.text import parse_text

    article = build_document(parse_text(path.read_text("utf-8"), path.name))
    assert "KP" not in {c.actor for c in extract(article).claims if c.type == "enforcement"}


def test_armed_groups_and_companies_are_never_learned_enforcers() -> None:
    assert fallback._cannot_enforce("Lazarus Group") and fallback._cannot_enforce("Wagner Group")
    assert not fallback._cannot_enforce("European Union") and not fallback._cannot_enforce("US")


def test_a_learned_supply_told_without_goods_stands_with_an_unspecified_item() -> None:
    """'authorised $571 million in defence articles and services for Taiwan': no item word the lexicon knows,
    yet a supply the fallback reads; its item says so instead of the claim being dropped."""
    text = (FIXTURES / "heldout_e" / "articles" / "he04.txt").read_text("utf-8").split("\n\n", 1)[1]
    claims = extract(text, "2023-12-21").claims
    unnamed = [c for c in claims if c.item == fallback.UNNAMED_ITEM["transfer"]]
    assert unnamed and all(c.rule == "learned:transfer" for c in unnamed)
    assert {(c.actor, c.recipient) for c in unnamed} == {("US", "TW")}
    assert set(fallback.UNNAMED_ITEM) == {"enforcement", "evasion", "agreement", "transfer"}
