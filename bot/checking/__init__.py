"""Checking an ad, text or image: the check service every face calls, the classifier engine, and the memory that joins
an ad cut in two."""
