"""Plain export records for the export tests: two events over three articles, hostile strings included."""

from __future__ import annotations

from armswatch.export.types import EventRecord, Evidence, ExportEvent, Hit
from armswatch.model import Claim, Document, Mention

HOSTILE = "<script>alert(1)</script>"
FORMULA = "=cmd|' /C calc'!A0"
JS_URL = "javascript:alert(document.cookie)"


def _doc(doc_id: str, text: str, outlet: str, url: str, title: str, published: str) -> Document:
    return Document(id=doc_id, text=text, title=title, url=url, outlet=outlet, published=published,
                    date_precision="day", fetched_at=f"{published}T08:00:00+00:00", language="en")


def _claim(doc: Document, quote: str, **kw: object) -> Claim:
    start = doc.text.index(quote)
    values = {"type": "transfer", "actor": "KP", "recipient": "RU", "item": "artillery shells",
              "status": "reported", "date": "2024-06"}
    values.update(kw)
    return Claim(evidence=quote, evidence_start=start, evidence_end=start + len(quote), **values)  # type: ignore[arg-type]


def documents() -> dict[str, Document]:
    a = _doc("a1b2c3d4e5f60718", "Officials said North Korea shipped artillery shells to Russia in June 2024. "
             "Satellite images showed rail cars at Tumangang.", "Example Wire", "https://wire.example/kp-shells",
             "Shells move by rail", "2024-06-20")
    b = _doc("b1b2c3d4e5f60718", "A second outlet reported that Pyongyang delivered artillery shells to Moscow. "
             f"Moscow denied it. {HOSTILE} {FORMULA}", f"Hostile {HOSTILE} Post", JS_URL,
             f"{FORMULA} headline {HOSTILE}", "2024-06-25")
    c = _doc("c1b2c3d4e5f60718", "Front company Example Trading LLC is believed to have moved funds for "
             "the Munitions Industry Department.", "Finance Daily", "https://finance.example/front",
             "Front company named", "2024-07-02")
    return {d.id: d for d in (a, b, c)}


def records() -> list[EventRecord]:
    docs = documents()
    a, b, c = docs.values()
    transfer = ExportEvent(
        type="transfer", actor="KP", recipient="RU", item="artillery shells", status="disputed",
        date_first="2024-06", date_last="2024-06", sources=2, articles=2, origins=["Example Wire", "Hostile"],
        status_counts={"reported": 2, "denied": 1}, reliability="B", credibility=2, confidence=70,
        typologies=["transshipment"], id=1,
        evidence=[Evidence(1, a.id, _claim(a, "North Korea shipped artillery shells to Russia in June 2024"),
                           review="accepted", origin_name="Example Wire"),
                  Evidence(2, b.id, _claim(b, "Pyongyang delivered artillery shells to Moscow"),
                           origin_name="Hostile"),
                  Evidence(3, b.id, _claim(b, "Moscow denied it", status="denied"), review="rejected")])
    evasion = ExportEvent(
        type="evasion", actor=f"Example Trading LLC {HOSTILE}", recipient=None, item=FORMULA,
        status="speculated", date_first=None, sources=1, articles=1, origins=["Finance Daily"],
        status_counts={"speculated": 1}, reliability="F", credibility=4, confidence=30,
        typologies=["front_companies"], id=2,
        evidence=[Evidence(4, c.id, _claim(c, "Front company Example Trading LLC is believed to have moved funds",
                                           type="evasion", actor=f"Example Trading LLC {HOSTILE}", recipient=None,
                                           item=FORMULA, status="speculated", date=None))])
    mentions = {a.id: [Mention("North Korea", "COUNTRY", 9, 20, "KP"), Mention("Russia", "COUNTRY", 55, 61, "RU")],
                c.id: [Mention("Example Trading LLC", "ORG", 14, 33, f"Example Trading LLC {HOSTILE}"),
                       Mention("Munitions Industry Department", "ORG", 84, 113, "Munitions Industry Department")]}
    return [EventRecord(transfer, {a.id: a, b.id: b}, {a.id: mentions[a.id]}),
            EventRecord(evasion, {c.id: c}, {c.id: mentions[c.id]})]


def hits() -> list[Hit]:
    return [Hit(document_id="c1b2c3d4e5f60718", name="Munitions Industry Department", schema="Organization",
                entity_id="un-KPe.028", caption="Munitions Industry Department", list="un", score=0.97,
                match=True, reference="KPe.028", programs=["UN 1718"],
                explanations={"name": {"score": 1.0, "detail": "exact name"}})]
