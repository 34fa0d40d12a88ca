"""Vocabularies and model files shipped with newsevents."""

import json
from importlib import resources


def read_json(name: str):
    """One vocabulary file of this package, parsed (callers cache what they build from it)."""
    return json.loads(resources.files(__name__).joinpath(name).read_text("utf-8"))
