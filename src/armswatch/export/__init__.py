"""Exports and reports: STIX 2.1, FollowTheMoney, a CSV register and readable dossiers.

Every exporter is a pure function from plain records (:mod:`armswatch.export.types`) to
objects, rows or text; :mod:`armswatch.export.select` reads those records from the store.
"""
