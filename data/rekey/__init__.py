"""The re-keying scripts: they read the publishers' files (kept outside the repository,
in ``../shared/data-candidates``) and write the book's tidy tables of ``data/``. Each
script runs on its own (``python -m rekey.<script>``); :mod:`rekey.common` holds what
they share."""
