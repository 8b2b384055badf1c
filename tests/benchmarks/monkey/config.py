"""The monkey's settings: seeds, window sizes, limits and goals, action weights, typed texts."""

DEFAULT_SEEDS = (0, 1, 2)
DEFAULT_ACTIONS = 2000
START_SIZE = (1366, 768)
SIZES = ((1024, 768), (1280, 720), (1366, 768), (1920, 1080))
GAP_LIMIT_S = 1.0
LONGEST_FROM_S = 0.3  # the five longest gaps above this are listed too (with trails)
RSS_GOAL_BYTES = 2 * 1024**3
WIDGET_SLACK = 5
TRAIL = 5
FIRST_DISTINCT = 20

# How often each kind of action is picked (a weight, not a percentage; ~95 in all).
WEIGHTS = {
    "start": 18,
    "stop": 3,
    "button": 10,
    "spin": 12,
    "combo": 5,
    "check": 4,
    "slider": 4,
    "line_edit": 8,
    "tab": 5,
    "page": 6,
    "inner_tab": 2,
    "theme": 3,
    "language": 1,
    "resize": 2,
    "plot_menu": 3,
    "plot_export": 3,
    "heatmap_click": 2,
    "list_table": 2,
    "menu": 1,
    "recent": 1,
    "wait_long": 4,
}
ALWAYS_POSSIBLE = ("tab", "page", "theme", "resize", "wait_long")

LONG_PASTE = (
    "En un lugar de la Mancha, de cuyo nombre no quiero acordarme, no ha mucho tiempo que vivía "
    "un hidalgo de los de lanza en astillero, adarga antigua, rocín flaco y galgo corredor. "
) * 400  # ~65,000 characters
TEXTS = (
    "El gato duerme en la alfombra.",
    "la niña lee un libro",
    "",
    "   \t  ",
    LONG_PASTE[:65_000],
    "🙂👍🏽 ñandú — 👨‍👩‍👧 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \u200b\u202eabc\u202c ﷽ 漢字",
    "5, 10, 20",
    "5, many",
    "-1, 0, 99999",
    "0",
    "1e9",
    "text",
    "label",
    "<b>negrita</b> & <script>x</script> %1 %2",
    "línea uno\\nlínea dos\nlínea tres",
    "\x00\x01\x7f",
)
