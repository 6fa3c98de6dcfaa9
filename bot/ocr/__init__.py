"""Reading images: OCR of photo and screenshot ads (reader.py)."""
