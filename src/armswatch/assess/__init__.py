"""Assessment: claims → graded events (clustering, independent sources, Admiralty/STIX grades,
evasion typologies) and alerts on what is new."""
