"""The answer: the text a user reads. Reply composition, advice (which hotlines and warnings), the official content
(warnings/ YAML), UI strings (gettext catalogs in locale/). Pure: no Telegram, no database; shared by every face."""
