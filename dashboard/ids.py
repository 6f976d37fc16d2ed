"""Every component id, defined once and prefixed by its page."""

# shell
LANG_LINK = "shell-lang-link"
LANG_SINK = "shell-lang-sink"

# home page (/)
HOME_URL = "home-url"
HOME_HEADING = "home-heading"
HOME_INDICATOR = "home-indicator"
HOME_EDITION = "home-edition"
HOME_LEVEL = "home-level"
HOME_DISTRICTS = "home-districts"
HOME_TYPES = "home-types"
HOME_CONFIDENCE = "home-confidence"
HOME_METHOD = "home-method"
HOME_K = "home-k"
HOME_BREAKS = "home-breaks"
HOME_CONTROLS = "home-controls"
HOME_CONTROLS_BOX = "home-controls-box"
HOME_MAP = "home-map"
HOME_UNITS = "home-units"
HOME_SPACES = "home-spaces"
HOME_LEGEND = "home-legend"
HOME_SOURCE = "home-source"
HOME_NOTICE = "home-notice"
HOME_RANKING = "home-ranking"
HOME_RANKING_NOTE = "home-ranking-note"
HOME_TABLE = "home-table"
HOME_TABLE_CLICK = "home-table-click"
HOME_CSV = "home-csv"
HOME_DOWNLOAD = "home-download"
HOME_PANEL = "home-panel"
HOME_K_NOTE = "home-k-note"
HOME_BREAKS_ERROR = "home-breaks-error"
HOME_FILTER_NOTE = "home-filter-note"
HOME_TITLE_SINK = "home-title-sink"

CONTROL_IDS = (
    HOME_INDICATOR,
    HOME_EDITION,
    HOME_LEVEL,
    HOME_DISTRICTS,
    HOME_TYPES,
    HOME_CONFIDENCE,
    HOME_METHOD,
    HOME_K,
    HOME_BREAKS,
)
"""The controls of the main view, in the order of :func:`control_values`."""

# data page: Aktionsprogramme
DATA_PROGRAMMES = "data-programmes"
# compare (/vergleich)
COMPARE_URL = "compare-url"
COMPARE_CLICK = "compare-click"
COMPARE_DOWNLOAD = "compare-download"
COMPARE_CSV = "compare-csv"
COMPARE_NOTICE = "compare-notice"
COMPARE_SPACES = "compare-spaces"
COMPARE_UNITS = "compare-units"
COMPARE_UNIT_ADD = "compare-unit-add"
COMPARE_FIELD = "compare-field"
COMPARE_EDITION = "compare-edition"
COMPARE_MESSAGE = "compare-message"
COMPARE_SIDE = "compare-side"
COMPARE_MATRIX = "compare-matrix"
COMPARE_LEGEND = "compare-legend"
COMPARE_NOTES = "compare-notes"

# money (/mittel)
MONEY_URL = "money-url"
MONEY_NOTICE = "money-notice"
MONEY_INDICATOR = "money-indicator"
MONEY_EDITION = "money-edition"
MONEY_SCALE = "money-scale"
MONEY_CHART = "money-chart"
MONEY_POINTS = "money-points"
MONEY_FUNDING = "money-funding"
MONEY_SOURCE = "money-source"
MONEY_CONTROLS = "money-controls"
# map
HOME_MAP_WRAP = "home-map-wrap"
HOME_MAP_HELP = "home-map-help"
HOME_MAP_STATUS = "home-map-status"
HOME_MAP_LABELS = "home-map-labels"
HOME_MAP_LAYERS = "home-map-layers"
# --- accessibility gate (a11y) ---
HOME_MAP_TEXT = "home-map-text"
HOME_RANKING_TEXT = "home-ranking-text"
HOME_TABLE_HEADING = "home-table-heading"
PROFILE_TABLE = "profile-table"
PROFILE_SPINE_TEXT = "profile-spine-text"
MONEY_CHART_TEXT = "money-chart-text"
HOME_LEGEND_LIST = "home-legend-list"
