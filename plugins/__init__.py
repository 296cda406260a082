"""Built-in plugins (the departments, then the cross-cutting ones), registered as default plugins in this order."""

BUILTIN_PLUGINS = (
    "plugins.registration",
    "plugins.seal",
    "plugins.bank",
    "plugins.tax",
    "plugins.social_insurance",
    "plugins.incubator",
    "plugins.supervision",
    "plugins.analytics",
    "plugins.ratings",
    "plugins.delivery",
)
