"""Training and evaluation of the lure model (reads files; not needed at run time)."""
