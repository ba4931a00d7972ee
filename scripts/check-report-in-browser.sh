#!/usr/bin/env bash
# Opens the HTML report of the bundled dataset in headless Chromium, in English and Korean, and
# that of a generated programme of 3,000 consortia (cut sections, tables beside the page), and
# fails on a JavaScript error, a blank page, or a diagram or a download missing; on a page wider
# than a 360 px phone, a table header that the keyboard cannot sort, a centrality measure selector
# that does not rank by the measure chosen, a diagram node the keyboard
# cannot pin, text below WCAG AA contrast, a diagram not wholly visible
# after Fit or fitted with labels under 9 px where the page has room for more (scripts/browser/probe.html measures these); and on a printed page (PDF, read with
# pdftotext) that loses a table column, prints sort arrows or starts with a blank page.
# Screenshots are kept in $INSTGRAPH_CHECK_DIR (default: a temporary folder) for a human to look at.
set -euo pipefail
cd "$(dirname "$0")/.."
INSTGRAPH_BROWSER_CHECK=1 bash scripts/setup.sh
swift build --product instgraph >&2
instgraph="$(swift build --show-bin-path)/instgraph"
out="${INSTGRAPH_CHECK_DIR:-$(mktemp -d)}"
mkdir -p "$out"
browser="$(command -v chromium || command -v chromium-browser)"
failures=0

fail() { echo "browser check: FAIL: $*" >&2; failures=$((failures + 1)); }

for lang in en ko; do
    report="$out/report-$lang.html"
    "$instgraph" report --lang "$lang" -o "$report" 2>/dev/null
    flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --allow-file-access-from-files --enable-logging=stderr --v=0)
    timeout 120 "$browser" "${flags[@]}" --dump-dom "file://$report" >"$out/dom-$lang.html" 2>"$out/console-$lang.log" || true
    timeout 120 "$browser" "${flags[@]}" --window-size=1280,2400 --screenshot="$out/screenshot-$lang.png" "file://$report" >/dev/null 2>&1 || true

    grep -q 'data-ready="true"' "$out/dom-$lang.html" || fail "$lang: the report's script did not finish (see $out/console-$lang.log)"
    if grep -E 'Uncaught|CONSOLE.*(Error|error)' "$out/console-$lang.log" >/dev/null; then
        fail "$lang: JavaScript error: $(grep -E 'Uncaught|CONSOLE' "$out/console-$lang.log" | head -1)"
    fi
    for view in bipartite institutions consortia; do
        grep -q "id=\"diagram-$view\"" "$out/dom-$lang.html" || fail "$lang: the $view diagram is missing"
    done
    svgs=$(grep -o '<svg ' "$out/dom-$lang.html" | wc -l)
    [[ $svgs -ge 3 ]] || fail "$lang: $svgs inline SVG diagrams, expected 3"
    nodes=$(grep -o 'class="node institution' "$out/dom-$lang.html" | wc -l)
    [[ $nodes -ge 94 ]] || fail "$lang: $nodes institution nodes in the diagrams, expected at least 94"
    size=$(stat -c %s "$out/screenshot-$lang.png" 2>/dev/null || echo 0)
    [[ $size -gt 100000 ]] || fail "$lang: the screenshot is $size bytes: a blank page?"
    timeout 120 "$browser" "${flags[@]}" --window-size=390,2400 --screenshot="$out/screenshot-$lang-390.png" "file://$report" >/dev/null 2>&1 || true

    # Layout and interaction, measured by scripts/browser/probe.html in the page itself.
    cp scripts/browser/probe.html "$out/probe.html"
    timeout 120 "$browser" "${flags[@]}" --window-size=1600,1000 --virtual-time-budget=20000 --dump-dom "file://$out/probe.html#report-$lang.html" \
        2>/dev/null | sed -n 's/.*<pre id="out">\(.*\)<\/pre>.*/\1/p' >"$out/probe-$lang.json" || true
    python3 - "$out/probe-$lang.json" "$lang" <<'PY' || failures=$((failures + 1))
import json, sys
path, lang = sys.argv[1], sys.argv[2]
problems = []
try:
    found = json.load(open(path))
except ValueError:
    found = {"error": "the probe wrote nothing"}
if "error" in found:
    problems.append(found["error"])
else:
    if found["narrowWidth"] > 360:
        problems.append(f"at 360 px the page is {found['narrowWidth']} px wide: {found['overflowing']}")
    if not (found["sortButton"] and found["sortFocused"] and found["sortState"] == "ascending"):
        problems.append(f"a table header cannot be focused and pressed to sort: {found}")
    if not found["measureSorted"]:
        problems.append("the centrality table's measure selector does not rank the rows by the measure chosen")
    for diagram in found["diagrams"]:
        if not diagram["fits"]:
            problems.append(f"{diagram['id']} is not wholly visible after Fit: {diagram['svg']} in {diagram['viewport']}")
        if not diagram["legible"]:
            problems.append(f"{diagram['id']} is fitted with its smallest label {diagram['smallestLabel']} px high, though the page has room for 9")
    if not (found["nodeFocusable"] and found["nodePinned"]):
        problems.append(f"a diagram node cannot be reached by Tab and pinned with Enter: {found}")
    for text in found["lowContrast"]:
        problems.append(f"text below WCAG AA contrast: {text}")
    for table in found["cutOnPaper"]:
        problems.append(f"print: a table is cut at the page's edge: {table}")
    if found["arrowsOnPaper"]:
        problems.append("print: sort arrows are printed")
    if len(found["diagrams"]) != 3:
        problems.append(f"{len(found['diagrams'])} diagrams fitted, expected 3")
for problem in problems:
    print(f"browser check: FAIL: {lang}: {problem}", file=sys.stderr)
sys.exit(1 if problems else 0)
PY

    # Print: every column of every table on paper, no sort arrows, the lead on the first page.
    timeout 120 "$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$out/report-$lang.pdf" "file://$report" >/dev/null 2>&1 || true
    pdftotext "$out/report-$lang.pdf" "$out/report-$lang.pdf.txt" 2>/dev/null || fail "$lang: printing to PDF failed"
    python3 - "$report" "$out/report-$lang.pdf.txt" "$lang" <<'PY' || failures=$((failures + 1))
import html.parser, re, sys
page, printed, lang = sys.argv[1], open(sys.argv[2]).read(), sys.argv[3]
class Headers(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.headers, self.current = [], None
    def handle_starttag(self, tag, attrs):
        if tag == "th": self.current = ""
    def handle_endtag(self, tag):
        if tag == "th" and self.current is not None:
            self.headers.append(self.current)
            self.current = None
    def handle_data(self, data):
        if self.current is not None: self.current += data
parser = Headers()
parser.feed(open(page).read())
flat = lambda text: re.sub(r"\s+", "", text)
paper = flat(printed)
# A header wrapped on paper comes out of pdftotext a word at a time, between its neighbours' words.
problems = [f"the column '{h.strip()}' is not on paper" for h in sorted(set(parser.headers))
            if any(flat(word) not in paper for word in h.split())]
if any(arrow in printed for arrow in "↕↑↓"):
    problems.append("sort arrows are printed")
lead = re.search(r'<p class="lead">([^<]*)</p>', open(page).read())
if lead and flat(lead.group(1))[:40] not in flat(printed.split("\f")[0]):
    problems.append("the lead paragraph is not on the first page")
for problem in problems[:10]:
    print(f"browser check: FAIL: {lang}: print: {problem}", file=sys.stderr)
sys.exit(1 if problems else 0)
PY
done

if [[ $lang == ko ]] && ! grep -q '한국과학기술원' "$out/dom-ko.html"; then
    fail "ko: Korean names are missing from the Korean report"
fi

# A programme-sized dataset: the report cuts its sections, says so, writes the full tables beside
# the page, and the page still opens and finishes its script.
programme="$out/programme"
mkdir -p "$programme"
python3 scripts/make-affiliation-network.py --seed 7 --consortia 3000 --institutions 4000 --mean-size 6 -q -o "$programme/programme.csv"
"$instgraph" report "$programme/programme.csv" -o "$programme/report.html" 2>"$programme/report.log" || fail "programme: report failed: $(tail -1 "$programme/report.log")"
page_size=$(stat -c %s "$programme/report.html" 2>/dev/null || echo 0)
[[ $page_size -gt 0 && $page_size -le 10000000 ]] || fail "programme: the page is $page_size bytes (at most 10 MB)"
for table in consortia shared pairs centrality brokerage; do
    [[ -s "$programme/report-$table.csv" ]] || fail "programme: report-$table.csv was not written beside the page"
    grep -q "href=\"report-$table.csv\"" "$programme/report.html" || fail "programme: the page does not link report-$table.csv"
done
consortia_rows=$(($(wc -l <"$programme/report-consortia.csv") - 1))
[[ $consortia_rows -eq 3000 ]] || fail "programme: report-consortia.csv has $consortia_rows consortia, expected 3000"
grep -q 'The 24 largest of 3,000 consortia are shown.' "$programme/report.html" || fail "programme: the consortia section does not say it is cut"
timeout 120 "$browser" "${flags[@]}" --dump-dom "file://$programme/report.html" >"$programme/dom.html" 2>"$programme/console.log" || true
grep -q 'data-ready="true"' "$programme/dom.html" || fail "programme: the report's script did not finish (see $programme/console.log)"
timeout 120 "$browser" "${flags[@]}" --window-size=1280,2400 --screenshot="$programme/screenshot.png" "file://$programme/report.html" >/dev/null 2>&1 || true

if ((failures)); then
    echo "browser check: $failures problem(s); files in $out" >&2
    exit 1
fi
echo "browser check: the report opens cleanly in Chromium (en, ko, and a programme of 3,000 consortia); screenshots in $out"
