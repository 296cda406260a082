"""Built-in department plugins, registered as default plugins in this order."""

BUILTIN_PLUGINS = (
    "plugins.registration",
    "plugins.seal",
    "plugins.bank",
    "plugins.tax",
    "plugins.social_insurance",
    "plugins.incubator",
)
