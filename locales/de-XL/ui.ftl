### Wegweiser: UI strings for Leichte Sprache (Easy German), tag de-XL.
### Only what differs from standard German is here: every other string falls back to `de`
### per message, which is what readers of Leichte Sprache get on most public sites too.

# The name of this language, as its readers look for it in a language switcher.
language-name = Leichte Sprache
