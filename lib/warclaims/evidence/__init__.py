"""Independent evidence and other claimants' series, as tidy frames.

One module per source family:

- :mod:`.general_staff`: Ukraine's General Staff daily cumulative loss claims;
- :mod:`.oryx`: Oryx's visually confirmed equipment losses;
- :mod:`.territory`: area under Russian control by tracker (ISW, liveuamap, NZZ);
- :mod:`.polygons`: areas of daily control polygons in an equal-area projection;
- :mod:`.place_control`: which side a control map shows holding each claimed place, and
  verdicts on claims of places changing hands;
- :mod:`.registry`: the loaders, trackers and control-polygon datasets the sidecars name;
- :mod:`.estimates`: other claimants' casualty estimates (The Economist's table, UK MoD);
- :mod:`.named_dead`: Russian soldiers confirmed dead by name (Mediazona with BBC Russian), a floor;
- :mod:`.crosswalk`: equipment categories across the General Staff, Oryx and the ledger.

Every loader reads its files through :func:`warclaims.datasets.dataset_file`, so a missing
dataset raises :class:`~warclaims.errors.DatasetMissingError` saying how to fetch it.
"""
