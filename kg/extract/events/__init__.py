"""Events: the mission's programme items and other events, with their participants. One module
per step: cues (the words that tell an event), finding (which cues of a sentence tell one),
kinds (its type), naming (its name), participants (who takes part, in which role) and builder
(EventBuilder, which dates them and keeps one event per thing told)."""
from .builder import EventBuilder
from .naming import slug

__all__ = ["EventBuilder", "slug"]
