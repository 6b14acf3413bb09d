"""Who does what to whom: actor and recipient from the dependency parse.

The rules live in `parties` (context, entity values, phrase tokens), `phrases` (phrase parties, coordination,
governing verbs) and `actors` (actor, recipients, origin); this module re-exports the names other modules use.
"""

from __future__ import annotations

from armswatch.extraction.actors import (
    bound_for,
    find_actor,
    find_recipients,
    note_ships,
    object_parties,
    origin_of,
    purpose_recipient,
)
from armswatch.extraction.gazetteer import gazetteer
from armswatch.extraction.parties import (
    BODIES,
    COMPANY_SUFFIX,
    SHIPS,
    Context,
    _group_state,
    _prep_objects,
    _walk,
    parties_in,
    party,
)
from armswatch.extraction.phrases import (
    conj_parties,
    coordinated_states,
    governor,
    named_before,
    phrase_parties,
    run_after,
    with_coordinated,
)

__all__ = [
    "BODIES", "COMPANY_SUFFIX", "SHIPS", "Context", "_group_state", "_prep_objects", "_walk", "bound_for",
    "conj_parties", "coordinated_states", "named_before", "with_coordinated", "find_actor", "find_recipients",
    "gazetteer", "governor", "note_ships", "object_parties", "origin_of", "parties_in", "party",
    "phrase_parties", "purpose_recipient", "run_after",
]
