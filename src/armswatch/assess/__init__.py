"""Assessment: claims → graded events (clustering, independent sources, Admiralty/STIX grades,
evasion typologies) and alerts on what is new.

``armswatch.assess`` is both this package and the public function
``armswatch.assess(claims, documents, grades=…)``: once the package is imported
its name shadows the lazy API entry, so the package itself is made callable.
"""

from __future__ import annotations

import sys
import types
from typing import Any


class _CallablePackage(types.ModuleType):
    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        from armswatch.assess.core import assess

        return assess(*args, **kwargs)


sys.modules[__name__].__class__ = _CallablePackage
