"""What is transferred, produced, tested or deployed: short lowercase categories."""

from __future__ import annotations

import re
from typing import Any

from armswatch.extraction.gazetteer import weapon_category

# (pattern over lowercase phrase, category); first match wins, so specific before general
ITEMS: tuple[tuple[str, str], ...] = (
    (r"drone (?:components?|parts|engines?)|(?:components?|parts|engines?|motors?) for (?:the )?(?:[\w-]+ )?drones"
     r"|(?:piston|two-stroke|four-stroke|rotary|wankel) engines?", "drone components"),  # small engines power drones
    (r"missile (?:components?|parts|technology)", "missile technology"),
    (r"drone (?:technolog(?:y|ies)|designs?|know-how)", "drone technology"),
    (r"satellite technolog(?:y|ies)|satellite(?= and \w+ technolog)|space technology|space[- ]launch technology"
     r"|satellite (?:programmes?|programs?|launch technology)", "space technology"),  # 'satellite and X technology'
    (r"submarine (?:technology|propulsion|reactors?)|(?:nuclear[- ]powered )?submarine programmes?",
     "submarine technology"),
    (r"re-?entry (?:technology|vehicles?)", "missile technology"),
    (r"(?:attack|suicide|kamikaze|strike|combat|one-way attack) drones?|loitering (?:munitions?|suicide)"
     r"|suicide (?:unmanned|uavs?)|\bshaheds?\b", "attack drones"),
    (r"drones?|uavs?|unmanned aerial vehicles?|unmanned aircraft", "drones"),
    (r"artillery (?:shells?|ammunition)|mortar (?:rounds?|shells?|bombs?)"
     r"|shells?(?! (?:compan|firm|account|corporation|entit|network|vessel|structure))"
     r"|artillery rounds?|rounds? of ammunition|\bshelling", "artillery shells"),  # not 'shell companies'
    (r"ballistic missiles?|icbms?|srbms?|irbms?", "ballistic missiles"),
    (r"cruise missiles?", "cruise missiles"),
    (r"hypersonic missiles?", "hypersonic missiles"),
    (r"anti-tank (?:missiles?|weapons?)", "anti-tank missiles"),
    (r"air[- ]defen[cs]e (?:equipment|gear|hardware)", "air defence equipment"),
    (r"air[- ]defen[cs]e (?:systems?|missiles?|components?|batteries)"
     r"|surface-to-air missiles?|interceptors?"
     r"|anti-aircraft (?:guns?|systems?|missiles?)", "air defence systems"),
    (r"missiles?", "missiles"),
    (r"(?:multiple )?rocket (?:systems?|launchers?)|mlrs|rockets?", "rocket systems"),
    (r"launchers?|transporter[- ]erector[- ]launchers?|\btels?\b", "missile launchers"),
    (r"ammunition|munitions?|ammo", "munitions"),
    (r"howitzers?|artillery (?:systems?|pieces?|guns?)|artillery|self-propelled guns?|mortars",
     "artillery"),
    (r"infantry fighting vehicles?|ifvs?", "infantry fighting vehicles"),
    (r"tanks?|armou?red (?:vehicles?|personnel carriers?)|apcs?", "tanks"),
    (r"(?:attack |military |combat |transport )?helicopters?|gunships?", "helicopters"),
    (r"fighter jets?|combat aircraft|warplanes?|fighter planes?|(?<!water )(?<!water-)bombers?|fighter aircraft"
     r"|military aircraft|(?:jet )?trainer (?:jets?|aircraft)|jet trainers?|light attack (?:jets?|aircraft)",
     "combat aircraft"),
    (r"warships?|submarines?|frigates?|naval vessels?|destroyers?|corvettes?", "warships"),
    (r"(?:jet|turbojet|turbofan|aircraft|missile) engines?|(?:engine|aircraft|airframe) parts", "aircraft parts"),
    (r"guidance (?:kits?|systems?|components?|sets?)|precision-guidance (?:kits?|components?)", "guidance kits"),
    (r"night[- ]vision (?:devices?|goggles|equipment|components?|sights?)|thermal[- ]imag(?:ing|er)s?"
     r"(?: (?:modules?|cameras?|sights?|devices?))?|(?:gun|rifle|optical|telescopic|weapon) sights?|rangefinders?",
     "optical sights"),
    (r"small arms|rifles?|machine guns?|assault weapons?", "small arms"),
    (r"mines?|landmines?", "mines"),
    (r"radars?", "radar"),
    (r"(?:glide|guided|aerial|cluster|gravity) bombs?|bombs?", "bombs"),
    (r"grenades?|grenade launchers?", "grenades"),
    (r"spare parts|replacement parts", "spare parts"),
    (r"nuclear (?:weapons?|warheads?|technology|material)", "nuclear weapons"),
    (r"weapons of mass destruction|wmd", "wmd"),
    (r"(?:military|weapons?|defen[cs]e|sensitive) (?:technolog(?:y|ies)|know-how|expertise)|know-how"
     r"|military and technical cooperation|military-technical cooperation", "military technology"),
    (r"technical (?:assistance|support|help|expertise)|technological (?:assistance|support)", "technical assistance"),
    (r"(?:battlefield|combat|targeting|telemetry|flight|test|performance) data|\bfeedback|telemetry", "data"),
    (r"(?:military )?training", "military training"),
    (r"troops|soldiers|servicemen|forces|battalions?|brigades?|personnel|military units?|contingents?(?! of)"
     r"|reinforcements", "troops"),  # 'a contingent of instructors': the instructors
    (r"mercenar(?:y|ies)|fighters|contractors", "mercenaries"),
    (r"workers|laborers|labourers|(?:software|it) (?:developers|programmers|engineers)|programmers", "workers"),
    (r"engineers|technicians|specialists|advisers|advisors|instructors|deminers|sappers", "military specialists"),
    (r"crude oil|refined petroleum|petroleum|oil|(?<!-)fuel|diesel", "oil"),  # not 'dual-fuel vessels'
    (r"cryptocurrenc(?:y|ies)|crypto|bitcoin|virtual assets", "cryptocurrency"),
    (r"electronic[- ]warfare (?:systems?|equipment|gear|hardware|devices|suites?)|jamming (?:systems?|equipment)"
     r"|jammers?",
     "electronic warfare systems"),
    (r"(?:military )?equipment|hardware|materiel|(?:military|war|defen[cs]e) supplies", "military equipment"),
    (r"weapons?|arms|weaponry|armaments?", "weapons"),
    (r"electronic (?:components?|modules?|parts|assemblies)|(?:micro)?electronics|microchips?|semiconductors?|chips"
     r"|integrated circuits|microcontrollers?|field-programmable gate arrays?|fpgas?|programmable logic controllers?"
     r"|(?:satellite[- ])?navigation (?:antenna )?(?:modules?|components|chips|receivers?)|gps (?:receivers?|modules?)"
     r"|inertial (?:measurement units?|navigation (?:units?|systems?))"
     r"|gyroscopes?|servo[- ]?motors?|radio-frequency (?:parts|components)|(?:engine )?control boards",
     "electronic components"),
    (r"machine tools?|machining centres|milling (?:machines?|centres)|(?:cnc|computer numerical control) machines?"
     r"|lathes", "machine tools"),
    (r"nitrocellulose|propellants?|explosives|(?:sodium |ammonium )?perchlorate", "explosives"),
    (r"dual-use (?:goods|items|products)", "dual-use goods"),
    (r"materials", "materials"),
)
_COMPILED = tuple((re.compile(rf"\b(?:{p})\b"), cat) for p, cat in ITEMS)
_ANY_ITEM = re.compile("|".join(rf"\b(?:{p})\b" for p, _ in ITEMS))  # one pass: does any category occur?
CIVIL_CONTEXT = re.compile(
    r"\b(?:delivery|deliveries|commercial|consumer|civilian|agricultural|hobby|camera|racing|toy|medical|"
    r"passenger|cargo|parcel|food|package|retail|light show|crop[- ]spraying|spraying|crop[- ]dusting|farm|"
    r"survey(?:ing)?|mapping|inspection|firefighting)\s+drones?\b|\bdrones? (?:delivery|deliveries|"
    r"show|light show|racing|photography)\b|\bfireworks?\b|\bpyrotechnic", re.I)
GENERIC_HEADS = {"military equipment", "weapons", "materials", "dual-use goods"}
PERSONNEL = {"troops", "mercenaries", "workers", "military specialists"}


def item_in(text: str) -> str | None:
    """The first item category named in a phrase."""
    low = text.lower()
    best: tuple[int, str] | None = None
    for rx, cat in _COMPILED:
        m = rx.search(low)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), cat)
    return best[1] if best else None


_last_weapons: tuple[list[Any], list[tuple[int, str]]] = ([], [])


def _weapons(ents: list[Any]) -> list[tuple[int, str]]:
    """(start, category) of the weapon entities with a category. The rules ask about one article's entity
    list many times over (~120 spans per article), so the answer for the last list asked about is kept."""
    global _last_weapons
    seen = _last_weapons
    if seen[0] is not ents:
        found = []
        for ent in ents:
            if ent.label == "WEAPON":
                cat, _ = weapon_category(ent.canonical)
                if cat:
                    found.append((ent.start, cat))
        seen = _last_weapons = (ents, found)
    return seen[1]


def items_in_span(tokens: Any, ents: list[Any]) -> list[str]:
    """Item categories in a span, one per coordinated noun ('shells, rockets and troops')."""
    # tokens joined as written when adjacent ('anti-tank'), with a space across gaps
    text = "".join(t.text + (t.whitespace_ if i + 1 < len(tokens) and tokens[i + 1].i == t.i + 1 else " ")
                   for i, t in enumerate(tokens))
    if CIVIL_CONTEXT.search(text):
        return []
    found: list[tuple[int, str]] = []
    if tokens:
        first, last = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        found = [(start, cat) for start, cat in _weapons(ents) if first <= start < last]
    low = text.lower()
    taken: list[tuple[int, int, str]] = []
    for rx, cat in _COMPILED if _ANY_ITEM.search(low) else ():
        for m in rx.finditer(low):
            if any(m.start() < e and s < m.end() for s, e, _ in taken):
                continue
            taken.append((m.start(), m.end(), cat))
    dropped = set()
    for mod in taken:  # 'small-arms ammunition': the head names the item; 'radar equipment': the modifier does
        for head in taken:
            if head[0] >= mod[1] and head[0] - mod[1] <= 1 and low[mod[1]:head[0]] in ("", " ", "-"):
                dropped.add(head if head[2] in GENERIC_HEADS else mod)
    found += [(tokens[0].idx + start, cat) for start, end, cat in taken if (start, end, cat) not in dropped]
    out: list[str] = []
    for _, cat in sorted(found):
        if cat not in out:
            out.append(cat)
    return out
