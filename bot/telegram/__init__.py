"""The Telegram face of LureCheck. Telegram types stay inside this package: handlers turn an update into a plain
call of a service function (bot.checking.service, bot.store) and its result into a message.

    app.py       composition root: build_application, run_polling (`lurecheck run`)
    webhook.py   `lurecheck serve`: Starlette webhook app served by uvicorn
    start.py     /start, /language and the language buttons
    offers.py    pasted ads, captions, forwards and bursts of forwards
    feedback.py  "helpful" / "this is wrong" and "report this ad" buttons
    info.py      /help, /privacy, /forgetme, unknown commands, the command menus
    nontext.py   stickers, voice, pictures, files
    groups.py    when the bot speaks in a group (mentioned or replied to)
    errors.py    the error handler
    admin.py     admin commands (written beside this package; registered first when present)
"""
