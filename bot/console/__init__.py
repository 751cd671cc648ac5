"""The operators' web console: a small server-rendered app served by the bot process.

``app`` builds the Starlette application, ``auth`` the one-time login links and sessions,
``server`` runs it with uvicorn on the bot's event loop, and the ``views_*`` modules hold
the pages. Nothing here is imported by the bot unless ``[console] listen`` is set, except
``auth`` (the ``/console`` command issues links).
"""
