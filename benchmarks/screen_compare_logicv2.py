"""Accuracy: armswatch vs OpenSanctions nomenklatura ``logic-v2`` on the same pairs, same run.

nomenklatura is NOT a project dependency; it runs in its own venv (/tmp/aw/nkvenv, override with
NK_PYTHON) through a subprocess that reads JSON pairs on stdin and writes scores.

Pairs: tests/fixtures/screen/pairs.csv (labelled, used while tuning), pairs_more.csv (labelled, written
before the second round of tuning), both together, and the yente candidate-generation benchmark
(row i of positives_un_treated.csv <-> row i of positives_un_untreated.csv, all true matches).
Also: recall of treated UN names against the full UN+OFAC index, and false positives of
positives_us_congress_untreated.csv against the same index.

Run: .venv/bin/python benchmarks/screen_compare_logicv2.py [--misses] [--pairs-only]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
from pathlib import Path

from armswatch.screening.core import pair_score, screen
from armswatch.screening.index import ScreenIndex
from armswatch.screening.loaders import load_list
from armswatch.screening.pairs import prf, read_pairs
from armswatch.screening.score import THRESHOLD

ROOT = Path(__file__).parents[1]
SHARED = ROOT / ".." / "shared" / "data" / "sanctions"
CGB = SHARED / "opensanctions" / "yente_fixtures" / "candidate_generation_benchmark"
NK_PYTHON = os.environ.get("NK_PYTHON", "/tmp/aw/nkvenv/bin/python")
NK_SCRIPT = r"""
import json, sys
from followthemoney import model
from nomenklatura.matching import get_algorithm
algo = get_algorithm("logic-v2")
config = algo.default_config()
out = []
for i, p in enumerate(json.load(sys.stdin)):
    schema = p["schema"] or "LegalEntity"
    q = model.make_entity(schema); q.id = "q%d" % i; q.add("name", p["name1"])
    r = model.make_entity(schema); r.id = "r%d" % i; r.add("name", p["name2"])
    for key in ("birthDate", "nationality"):
        if p.get(key) and schema == "Person":
            q.add(key, p[key]); r.add(key, p[key])
    out.append(algo.compare(q, r, config).score)
json.dump(out, sys.stdout)
"""


def logic_v2(pairs: list[dict]) -> list[float] | None:
    if not Path(NK_PYTHON).exists():
        return None
    proc = subprocess.run([NK_PYTHON, "-c", NK_SCRIPT], input=json.dumps(pairs), capture_output=True, text=True)
    if proc.returncode != 0:
        print("logic-v2 failed:", proc.stderr[-500:], file=sys.stderr)
        return None
    return json.loads(proc.stdout)


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def best_f1(scored: list[dict]) -> dict:
    return max(prf(scored, tuple(x / 100 for x in range(30, 100, 5))), key=lambda m: m["f1"])


def misses(label: str, pairs: list[dict], scores: list[float], t: float) -> None:
    for p, s in zip(pairs, scores, strict=True):
        if p["is_match"] is not None and (s >= t) != p["is_match"]:
            kind = "FN" if p["is_match"] else "FP"
            print(f"  {label} {kind} {s:.3f} {p['name1']!r} ~ {p['name2']!r}")


def report(label: str, pairs: list[dict], ours: list[float], theirs: list[float] | None, nk_t: float = 0.7,
           show: bool = False) -> None:
    a = [{**p, "score": s} for p, s in zip(pairs, ours, strict=True)]
    ma = {m["threshold"]: m for m in prf(a, (THRESHOLD,))}[THRESHOLD]
    print(f"{label}: armswatch @{THRESHOLD}: P {ma['precision']:.3f} R {ma['recall']:.3f} F1 {ma['f1']:.3f}; "
          f"best {best_f1(a)}")
    if theirs is not None:
        b = [{**p, "score": s} for p, s in zip(pairs, theirs, strict=True)]
        mb = prf(b, (nk_t,))[0]
        print(f"{label}: logic-v2 @{nk_t}: P {mb['precision']:.3f} R {mb['recall']:.3f} F1 {mb['f1']:.3f}; "
              f"best {best_f1(b)}")
    if show:
        misses("armswatch", pairs, ours, THRESHOLD)
        if theirs is not None:
            misses("logic-v2", pairs, theirs, nk_t)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--misses", action="store_true", help="list misclassified labelled pairs")
    ap.add_argument("--pairs-only", action="store_true", help="labelled pairs only (skip the UN/OFAC runs)")
    args = ap.parse_args()
    fixtures = ROOT / "tests" / "fixtures" / "screen"
    old, new = read_pairs(fixtures / "pairs.csv"), read_pairs(fixtures / "pairs_more.csv")
    ours_old = [pair_score(p["name1"], p["name2"], p["schema"])[0] for p in old]
    ours_new = [pair_score(p["name1"], p["name2"], p["schema"])[0] for p in new]
    nk = logic_v2(old + new)
    nk_old, nk_new = (nk[:len(old)], nk[len(old):]) if nk is not None else (None, None)
    report(f"pairs.csv ({len(old)})", old, ours_old, nk_old, show=args.misses)
    report(f"pairs_more.csv ({len(new)})", new, ours_new, nk_new, show=args.misses)
    report(f"both ({len(old) + len(new)})", old + new, ours_old + ours_new, nk)
    if args.pairs_only:
        return
    treated, untreated = rows(CGB / "positives_un_treated.csv"), rows(CGB / "positives_un_untreated.csv")
    assert len(treated) == len(untreated)
    agree = sum(1 for a, b in zip(treated, untreated, strict=True)
                if a["date_of_birth"] == b["date_of_birth"] and a["nationality"] == b["nationality"])
    print(f"UN treated/untreated rows: {len(treated)}, rows agreeing on birth date and nationality: {agree}")
    un_pairs = [{"name1": a["full_name"], "name2": b["full_name"], "schema": "Person", "is_match": True}
                for a, b in zip(treated, untreated, strict=True)]
    ours = [pair_score(p["name1"], p["name2"], "Person")[0] for p in un_pairs]
    theirs = logic_v2(un_pairs)
    rec = sum(s >= THRESHOLD for s in ours) / len(ours)
    line = f"UN treated vs untreated pair recall: armswatch {rec:.3f}"
    if theirs is not None:
        line += f", logic-v2 (>=0.7) {sum(s >= 0.7 for s in theirs) / len(theirs):.3f}"
    print(line)
    entries = load_list(SHARED / "un" / "un_consolidated.xml").entries
    entries += load_list(SHARED / "ofac" / "sdn_2024-05-03" / "sdn.csv").entries
    index = ScreenIndex(entries)
    hit = found = 0
    for a in treated:
        ms = screen(a["full_name"], "Person", index=index, birth_date=a["date_of_birth"] or None)
        found += any(m.list == "un" for m in ms[:10])
        hit += any(m.match for m in ms)
    print(f"UN treated names vs full UN+OFAC index: candidate recall@10 {found / len(treated):.3f}, "
          f"match recall {hit / len(treated):.3f}")
    congress = rows(CGB / "positives_us_congress_untreated.csv")
    fps = [(c["full_name"], ms[0].caption, ms[0].score) for c in congress
           if (ms := [m for m in screen(c["full_name"], "Person", index=index) if m.match])]
    print(f"US Congress names ({len(congress)}): {len(fps)} raised as matches "
          f"({len(fps) / len(congress):.2%}); e.g. {fps[:3]}")


if __name__ == "__main__":
    main()
