"""Assessment: claims → graded events (clustering, independent sources, Admiralty/STIX grades,
evasion typologies) and alerts on what is new.

The public entry point is :func:`armswatch.assess` (``armswatch.assessment.core.assess``).
"""
