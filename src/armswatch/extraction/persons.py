"""Person names tidied after statistical NER: titles stripped ('Gen', 'Prince'), name particles kept ('Ursula von
der Leyen', 'Khalid bin Salman'), titled names the model took for organizations made persons ('President
Faustin-Archange Touadéra'), firm, outlet, place or ship names the model took for persons set right ('Rocket Lab',
'DMM Bitcoin', 'Der Spiegel', 'Clark Air Base', 'the vessel Laura Maersk', 'the tankers Ocean Pearl and Silver
Horizon'), and names the model cut short made whole ('No Kwang Chol' from 'Kwang Chol', 'Park Sun-won')."""

from __future__ import annotations

import re
from typing import Any

from armswatch.extraction.gazetteer import gazetteer

TITLE = re.compile(r"^(?:(?:Gen|Lt|Col|Maj|Adm|Brig|Sgt|Capt|Dr|Mr|Mrs|Ms|Gov|Sen|Rep)\.?|General|Prince|Princess|"
                   r"King|Queen|Sheikh|Emir|President|Premier|Chancellor|Minister|Field Marshal|Marshal|Crown Prince|"
                   r"Chief Executive|Chairman|Director|Commander|Secretary|Senator|Ambassador|"
                   r"Spokes(?:man|woman|person)|(?:Senior |Staff |Master |Lieutenant |Major |Brigadier |Rear |Vice )?"
                   r"(?:Sergeant|Lieutenant|Colonel|Major|Captain|Corporal|Admiral|Brigadier))\s+")
TITLE_BEFORE = re.compile(r"(?:\b(?:President|Minister|Premier|Chancellor|[Cc]hief [Ee]xecutive|CEO|[Cc]hairman|"
                          r"[Cc]hairwoman|General|Gen\.?|[Ss]pokes(?:man|woman|person)|[Ll]eader|Secretary|Commander|"
                          r"[Dd]irector|Ambassador|Senator|Prince|King|Sheikh),?\s+)$")
PARTICLE_TAIL = re.compile(r"^\s+(?:(?:von|van|de|der|den|da|dos|del|di|le|la|al|el|bin|ibn|bint)\s+)+"
                           r"[A-Z][\w'’-]+|^[-‐](?:[A-Z][\w'’]+|[a-z]{2,}\b)")
ENDS_WITH_PARTICLE = re.compile(r"\s(?:von|van|de|der|den|da|dos|del|di|bin|ibn|bint|al)$")
FIRM_WORDS = {"Lab", "Labs", "Cash", "Wallet", "Bitcoin", "Coin", "Exchange", "Airlines", "Shipping", "Trading",
              "Capital", "Network", "Systems", "Media", "Finance", "Swap", "Protocol", "Markets", "Motors",
              "Fireworks", "United", "Pay", "Monitor", "Orbital", "Space", "Line", "Lines", "Cargo", "Logistics",
              "Electronics", "Aerospace", "Dynamics", "Robotics", "Microtech", "Lojistik", "Tech", "Technologies",
              "Elektronik", "Ticaret"}
# a name followed by one of these names a place or an event after the person: 'Kim Il Sung Square', 'the Freedom
# Shield exercise'
NAMED_AFTER = re.compile(r"\s+(?:Square|Street|Avenue|Stadium|University|Academy|Airport|Station|Bridge|exercises?|"
                         r"drills?)\b")
# a designation entry: a name in capitals heading a line, with personal particulars after it ('RI CHOL GWANG
# (a.k.a. Ri Chol-kwang). Date of birth 12 March 1981; nationality North Korea')
LISTED = re.compile(r"^([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){1,3})(?=\s*[.,;(])", re.M)
PARTICULARS = re.compile(r"\b(?:[Dd]ate of birth|DOB|[Bb]orn|[Nn]ationality|[Pp]assport)\b")
PLACE_WORDS = {"Base", "Airport", "Port", "Harbour", "Harbor", "Airfield", "Street", "Square", "Bridge", "Island"}
PLACE_TAILS = {"Bay", "Park", "Spaceport", "Cosmodrome", "Beach", "Strait", "Canal", "Province", "Valley"}  # last word
KOREAN_SURNAMES = {"Kim", "Ri", "Pak", "Park", "Choe", "Choi", "Jong", "Jang", "Kang", "Han", "Ho", "Hong", "Jo", "Cho",
                   "No", "Rim", "Yun", "Song", "O", "Paek", "Sin", "Hwang", "Ryu", "Kwon", "Ju", "Chae", "Mun", "Son",
                   "Yang", "An", "Ko", "Jon", "Sim", "Thae", "Hyon", "Kye", "Ryom", "Yu", "Nam", "Jin"}
ARTICLES = {"Der", "Die", "Das", "Le", "La", "Les", "El", "Il"}
VESSELS = {"vessel", "ship", "tanker", "freighter", "carrier", "boat", "feeder", "ferry", "yacht", "liner"}
SHIPS = VESSELS - {"carrier", "liner"}  # an organization after 'low-cost carrier' is an airline
_NAME = re.compile(r"^[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|von|van|de|der|al|bin|ibn|la|le)){1,4}$")
_ORGISH = re.compile(r"\b(?:Inc|Corp|Company|Co|Ltd|LLC|Group|Bank|Agency|Ministry|Department|Council|Committee|"
                     r"Institute|Party|Army|Navy|Force|Forces|Office|Service|Industries|Holdings|News|Aviation)\b")


def _vessel_name(doc: Any, ent: Any, vessels: set[str] = VESSELS) -> bool:
    span = doc.char_span(ent.start, ent.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    head = root
    while head.dep_ == "conj" and head.head.i < head.i:  # 'two cargo ships, the Sahand Star and the Kavir Bay'
        head = head.head
    return head.dep_ == "appos" and head.head.lemma_.lower() in vessels or \
        any(t.lemma_.lower() in vessels for t in doc[max(span.start - 2, 0):span.start]) or \
        any(c.dep_ == "appos" and c.lemma_.lower() in vessels for c in root.children)  # 'X, a cargo ship'


def _after_the(doc: Any, ent: Any) -> bool:
    """'the Ocean Mirage, Silver Lyra and Kestrel Star': a name after 'the' (or a conjunct of one) is a ship,
    firm or place; people take no article ('the late X' aside)."""
    span = doc.char_span(ent.start, ent.end, alignment_mode="expand")
    if span is None or span.root.dep_ in ("compound", "poss", "nmod", "amod"):
        return False  # 'the Yoon Suk Yeol government'
    first = span.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    start = span.start
    if first.i != span.root.i:  # the first conjunct's name: its head and the words joined to it on the left
        start = first.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == first.i:
            start -= 1
    return start > 0 and doc[start - 1].lower_ == "the"


def _korean_surname(ent: Any, text: str) -> None:
    """'No Kwang Chol' tagged from 'Kwang Chol': a Korean surname just before a two-syllable given name."""
    words = ent.text.split()
    before = text[max(0, ent.start - 8):ent.start]
    m = re.search(r"(?<![\w.])([A-Z][a-z]{0,4}) $", before)
    if m is None or m.group(1) not in KOREAN_SURNAMES or len(words) != 2 or ent.canonical != ent.text or \
            words[0] in KOREAN_SURNAMES:
        return
    ent.start -= len(m.group(1)) + 1
    ent.text = text[ent.start:ent.end]
    ent.canonical = ent.text


_CAP = r"[A-Z][a-zà-ÿżźćńółęąś'’-]+"
TITLED = re.compile(r"\b(?:President|Prime Minister|Minister|Premier|Chancellor|[Cc]hief [Ee]xecutive|[Cc]hairman|"
                    r"[Cc]hairwoman|General|Gen\.?|[Ss]pokes(?:man|woman|person)|Secretary|Commander|Ambassador|"
                    rf"Senator|Prince|Sheikh)\s+({_CAP}(?:\s+(?:(?:al|bin|ibn|von|van|der|de)[- ])?{_CAP}){{1,3}})")


def titled_names(text: str, ents: list[Any]) -> list[Any]:
    """'chief executive Haluk Bayraktar', 'General Abdel Fattah al-Burhan': a titled name NER missed."""
    from armswatch.extraction.entities import Ent

    out = []
    for m in TITLED.finditer(text):
        start, end = m.span(1)
        name = m.group(1)
        words = name.split()
        if "\n" in name or any(w in FIRM_WORDS | PLACE_WORDS for w in words) or _ORGISH.search(name) or \
                any(e.start < end and start < e.end and e.label != "WEAPON" for e in ents):
            continue
        out.append(Ent(start, end, "PERSON", gazetteer().persons.get(name, name), name, "ner"))
    return out


def listed_people(text: str) -> list[tuple[int, int, str]]:
    """People heading designation entries in capitals: (start, end, name as written in title case)."""
    out = []
    for m in LISTED.finditer(text):
        end = text.find("\n", m.end())
        line = text[m.end():end if end >= 0 else len(text)]
        if PARTICULARS.search(line[:160]) and not _ORGISH.search(m.group(1).title()):
            out.append((m.start(1), m.end(1), m.group(1).title()))
    return out


def tidy_persons(doc: Any, ents: list[Any], text: str) -> list[Any]:
    ents = sorted([*ents, *titled_names(text, ents)], key=lambda e: e.start)
    out: list[Any] = []
    for e in ents:
        if e.label == "ORG" and e.source == "ner" and TITLE_BEFORE.search(text[max(0, e.start - 30):e.start]) and \
                _NAME.match(e.text) and not _ORGISH.search(e.text) and " " in e.text:
            e.label = "PERSON"  # 'President Faustin-Archange Touadéra', 'chief executive Guillaume Faury'
            e.canonical = e.text
        if e.label != "PERSON":
            if not (e.label == "ORG" and e.source == "ner" and _vessel_name(doc, e, SHIPS)):
                out.append(e)  # a ship is neither a person nor an organization
            continue
        if (m := TITLE.match(e.canonical)) and " " in e.canonical[m.end():]:
            e.start += m.end()
            e.text = e.text[m.end():] if e.text.startswith(m.group(0)) else e.text
            e.canonical = e.canonical[m.end():]
        tail = PARTICLE_TAIL.match(text[e.end:e.end + 40])
        if tail is None and ENDS_WITH_PARTICLE.search(e.canonical):
            tail = re.match(r"^\s+[A-Z][\w'’-]+", text[e.end:e.end + 40])
        if tail is not None and e.canonical == e.text:
            e.end += tail.end()
            e.text = text[e.start:e.end]
            e.canonical = e.text
        _korean_surname(e, text)
        e.canonical = gazetteer().persons.get(e.canonical, e.canonical)
        words = e.canonical.split()
        if words[0] in ARTICLES or any(w in FIRM_WORDS for w in words) or \
                (len(words[0]) > 1 and words[0].isupper() and words[0].isalpha()):
            e.label = "ORG"  # 'Der Spiegel', 'Rocket Lab', 'DMM Bitcoin'
        elif any(w in PLACE_WORDS for w in words) or words[-1] in PLACE_TAILS or _vessel_name(doc, e) or \
                _after_the(doc, e) or NAMED_AFTER.match(text, e.end) or text[max(0, e.start - 6):e.start] == "a.k.a. ":
            # ('(a.k.a. Haebit Tech)': an alias in a designation entry is a firm's as often as a person's)
            continue  # 'Clark Air Base', 'the feeder vessel Laura Maersk'
        out.append(e)
    people = [o for o in out if o.label == "PERSON"]
    return [e for e in out if not any(o is not e and o.start <= e.start < o.end
                                      and (o.end - o.start) > (e.end - e.start) for o in people)]
