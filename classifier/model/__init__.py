"""The transformer side of the classifier: base-model conversion, fast tokenization, inference."""
