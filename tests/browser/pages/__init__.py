"""Page objects for the browser tests: the tests say what a user does and sees, these modules
know how the pages are built.

* :mod:`pages.common` -- what every page needs: the data the app shows (read from ``data/``),
  address patterns, :class:`~pages.common.BasePage` (open, wait for an address, screenshot, axe).
* :mod:`pages.home` -- ``/``: :class:`~pages.home.HomePage` drives the linked main view and
  reads it back as a :class:`~pages.home.View`. Its DOM reader is ``home.js``.
* :mod:`pages.checks` -- assertions over a :class:`~pages.home.View` that many tests share
  (map, legend, ranking and table agree; one area is selected; nothing is selected).
* :mod:`pages.data` -- ``/daten``, the catalogue.
"""
