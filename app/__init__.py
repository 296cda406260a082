"""Kaiban: the desktop back office of a city's business start-up platform."""

__version__ = "0.1.0"

#: Version of the plugin API the core offers; plugins declare the range they support.
PLUGIN_API_VERSION = "1.0"
