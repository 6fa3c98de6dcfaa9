"""Everything around the classifier: content, advice, replies, storage, Telegram and the command line."""
