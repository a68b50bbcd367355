"""What each notebook shows, built from the ledger and the evidence: one module per notebook.

A view gathers the figures for a parameter set (``build``), draws its charts through
:func:`warclaims.charts.finalise`, and says what it showed (``summary``), so the notebooks
themselves hold only parameters, calls and prose.
"""
