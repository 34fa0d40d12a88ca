"""The REST API and the web page (`newsevents serve`)."""

from .app import Settings, create_app

__all__ = ["Settings", "create_app"]
