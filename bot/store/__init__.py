"""Storage: SQLAlchemy models, the engine, and migrations."""

from bot.store.db import create_engine, session_factory
from bot.store.models import Article, Base, Brief, Delivery, Feed, RuntimeState, Subscriber

__all__ = [
    "Article",
    "Base",
    "Brief",
    "Delivery",
    "Feed",
    "RuntimeState",
    "Subscriber",
    "create_engine",
    "session_factory",
]
