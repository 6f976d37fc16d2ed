"""Every component id, defined once and prefixed by its page."""

# shell
LOCATION = "shell-location"
LANG_LINK = "shell-lang-link"

# home page (/)
HOME_URL = "home-url"
HOME_INDICATOR = "home-indicator"
HOME_EDITION = "home-edition"
HOME_MAP = "home-map"
HOME_UNITS = "home-units"
HOME_SPACES = "home-spaces"
HOME_LEGEND = "home-legend"
HOME_SOURCE = "home-source"
HOME_NOTICE = "home-notice"
