#!/usr/bin/env bash
# Opens the HTML report of the bundled dataset in headless Chromium, in English and Korean, and
# that of a generated programme of 3,000 consortia (cut sections, tables beside the page), and
# fails on a JavaScript error, a blank page, or a diagram or a download missing.
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
