/// The HTML report: one self-contained page with inline CSS and a little inline JavaScript
/// (sortable tables, highlighting across diagrams, zoom). It fetches nothing from the network.
enum HTMLTemplate {
    static let text = #"""
        <!DOCTYPE html>
        <html lang="{{s.htmlLanguage}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="instgraph">
        <title>{{title}}</title>
        <style>
        :root { --ink: #111827; --muted: #4b5563; --line: #e5e7eb; --accent: #dc2626; --paper: #ffffff; --band: #f8fafc;
          --link: #1d4ed8; --control: #ffffff; --control-line: #cbd5e1; --faint: #9ca3af; color-scheme: light dark; }
        @media (prefers-color-scheme: dark) {
          :root { --ink: #e5e7eb; --muted: #9ca3af; --line: #374151; --accent: #f87171; --paper: #111827; --band: #1f2937;
            --link: #93c5fd; --control: #1f2937; --control-line: #4b5563; --faint: #6b7280; }
          .viewport { background: #ffffff; }
        }
        a { color: var(--link); }
        :lang(ko) { word-break: keep-all; }
        p, li, td, dd, code { overflow-wrap: anywhere; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--ink); background: var(--paper); line-height: 1.55;
          font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans KR", "Noto Sans CJK KR", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif; }
        main { max-width: 1180px; margin: 0 auto; padding: 1.5rem 1.25rem 4rem; }
        header h1 { font-size: 1.8rem; margin: 0.2rem 0 0.4rem; line-height: 1.3; }
        header p { margin: 0.1rem 0; color: var(--muted); }
        header p.lead { color: var(--ink); font-size: 1.08rem; margin-top: 0.8rem; max-width: 62rem; }
        .diagram p.summary { margin: 0; padding: 0.4rem 0.7rem; color: var(--muted); font-size: 0.88rem; border-bottom: 1px solid var(--line); }
        nav { margin: 1.2rem 0 0.5rem; padding: 0.6rem 0.9rem; background: var(--band); border: 1px solid var(--line); border-radius: 8px; }
        nav ol { margin: 0; padding-left: 1.3rem; columns: 2 15rem; column-gap: 2rem; }
        nav li { break-inside: avoid; }
        section { margin-top: 2.4rem; }
        h2 { font-size: 1.35rem; border-bottom: 2px solid var(--ink); padding-bottom: 0.2rem; }
        h3 { font-size: 1.05rem; margin: 1.4rem 0 0.3rem; }
        .counts { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 0.8rem; }
        .count { border: 1px solid var(--line); border-radius: 8px; padding: 0.7rem 0.9rem; background: var(--band); }
        .count b { display: block; font-size: 1.8rem; line-height: 1.1; }
        .count span { color: var(--muted); font-size: 0.9rem; }
        .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(330px, 1fr)); gap: 1rem; }
        .card { border: 1px solid var(--line); border-radius: 8px; padding: 0.9rem 1rem; }
        .card h3 { margin-top: 0; }
        .card dl { margin: 0; display: grid; grid-template-columns: minmax(5.5rem, 28%) 1fr; gap: 0.25rem 0.8rem; font-size: 0.92rem; }
        .card dt { color: var(--muted); }
        .card dd { margin: 0; }
        table { border-collapse: collapse; width: 100%; font-size: 0.92rem; margin: 0.4rem 0 0.8rem; }
        th, td { text-align: left; padding: 0.35rem 0.55rem; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { background: var(--band); position: relative; white-space: nowrap; }
        th button.sort { all: inherit; padding: 0; cursor: pointer; user-select: none; }
        th button.sort:focus-visible { outline: 2px solid var(--link); outline-offset: 2px; }
        th button.sort::after { content: " ↕"; color: var(--faint); font-size: 0.8em; }
        th[aria-sort="ascending"] button.sort::after { content: " ↑"; color: var(--ink); }
        th[aria-sort="descending"] button.sort::after { content: " ↓"; color: var(--ink); }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        table.matrix { width: auto; }
        .matrix td { text-align: center; min-width: 3rem; font-variant-numeric: tabular-nums; }
        .matrix td.diagonal { color: var(--muted); background: repeating-linear-gradient(45deg, var(--band), var(--band) 4px, var(--paper) 4px, var(--paper) 8px); }
        .matrix th.rowhead { white-space: nowrap; }
        .measure-pick select { font: inherit; padding: .15rem .3rem; }
        dl.meanings { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .8rem; font-size: .9rem; }
        dl.meanings dt { font-weight: 600; }
        dl.meanings dd { margin: 0; }
        .meaning, .note { color: var(--muted); font-size: 0.88rem; margin: 0 0 0.3rem; }
        {{#hasScaleNotes}}
        .note.scale { border-left: 3px solid #f59e0b; padding-left: 0.5rem; }
        {{/hasScaleNotes}}
        .diagram { border: 1px solid var(--line); border-radius: 8px; margin: 0.6rem 0 1.6rem; }
        .diagram .bar { display: flex; gap: 0.4rem; align-items: center; padding: 0.45rem 0.6rem; border-bottom: 1px solid var(--line); background: var(--band); border-radius: 8px 8px 0 0; }
        .diagram .bar h3 { margin: 0 auto 0 0; }
        .diagram button { font: inherit; font-size: 0.85rem; padding: 0.15rem 0.6rem; border: 1px solid var(--control-line); border-radius: 5px; background: var(--control); color: var(--ink); cursor: pointer; }
        .viewport { overflow: auto; max-height: 80vh; touch-action: pan-x pan-y; }
        .viewport:focus-visible { outline: 2px solid var(--link); outline-offset: -2px; }
        .viewport.panning { cursor: grabbing; user-select: none; }
        .viewport svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
        svg .hl polygon, svg .hl ellipse, svg .hl path { stroke: var(--accent) !important; stroke-width: 3.5px !important; }
        svg .hl text { fill: var(--accent); font-weight: bold; }
        svg .hl.consortium text { fill: #ffffff; }
        svg .hl.consortium path, svg .hl.consortium polygon { fill: var(--accent) !important; }
        svg.dimmed g.node:not(.hl), svg.dimmed g.edge:not(.hl) { opacity: 0.22; }
        svg g.node { cursor: pointer; }
        svg g.node:focus { outline: none; }
        svg g.node:focus-visible polygon, svg g.node:focus-visible ellipse, svg g.node:focus-visible path { stroke: var(--link) !important; stroke-width: 3px !important; }
        ul.warnings { padding-left: 1.2rem; }
        .wide { overflow-x: auto; }
        ul.downloads code { color: var(--muted); font-size: 0.85rem; }
        ul.warnings code { color: var(--muted); }
        .clean { color: #15803d; }
        footer { margin-top: 3rem; color: var(--muted); font-size: 0.85rem; }
        @media print {
          @page { size: A4 landscape; margin: 12mm; }
          :root { --ink: #000000; --muted: #374151; --paper: #ffffff; --band: #f3f4f6; --line: #d1d5db; }
          nav, .diagram button, .measure-pick { display: none; }
          main { max-width: none; padding: 0; }
          .viewport { max-height: none; overflow: visible; }
          .viewport svg { width: auto !important; max-width: 100% !important; max-height: 180mm; }
          .wide { overflow: visible; }
          table { font-size: 0.72rem; width: 100%; }
          th { white-space: normal; }
          th button.sort::after, th[aria-sort] button.sort::after { content: none; }
          h2, h3 { break-after: avoid; }
          tr, .count, .card { break-inside: avoid; }
          .diagram { break-inside: avoid; }
        }
        </style>
        </head>
        <body>
        <main>
        <header>
        <h1>{{title}}</h1>
        {{#source}}<p>{{s.source}}: {{#sourceURL}}<a href="{{sourceURL}}">{{/sourceURL}}{{source}}{{#sourceURL}}</a>{{/sourceURL}}</p>{{/source}}
        {{#asOf}}<p>{{s.asOf}}: {{asOf}}</p>{{/asOf}}
        <p class="lead">{{lead}}</p>
        </header>
        <nav aria-label="{{s.contents}}"><ol>
        <li><a href="#counts">{{s.countsTitle}}</a></li>
        {{#changes}}<li><a href="#changes">{{t.changesTitle}}</a></li>
        {{/changes}}<li><a href="#consortia">{{s.consortiaTitle}}</a></li>
        <li><a href="#shared">{{s.sharedTitle}}</a></li>
        <li><a href="#overlap">{{s.overlapTitle}}</a></li>
        <li><a href="#centrality">{{s.centralityTitle}}</a></li>
        <li><a href="#brokers">{{t.brokerageTitle}}</a></li>
        <li><a href="#communities">{{t.communitiesTitle}}</a></li>
        {{#showsWhatIf}}<li><a href="#whatif">{{t.whatIfTitle}}</a></li>
        {{/showsWhatIf}}<li><a href="#diagrams">{{s.diagramsTitle}}</a></li>
        {{#hasDownloads}}<li><a href="#downloads">{{t.downloadsTitle}}</a></li>
        {{/hasDownloads}}<li><a href="#quality">{{s.qualityTitle}}</a></li>
        </ol></nav>

        <section id="counts">
        <h2>{{s.countsTitle}}</h2>
        <div class="counts">
        {{#counts}}<div class="count"><b>{{value}}</b><span>{{label}}</span></div>
        {{/counts}}
        </div>
        </section>

        {{#changes}}
        <section id="changes">
        <h2>{{title}}</h2>
        <p>{{t.changesIntro}}</p>
        {{#unchanged}}<p>{{t.noChanges}}</p>{{/unchanged}}
        <div class="wide">
        <table class="changes">
        <thead><tr><th>{{t.count}}</th><th class="num">{{t.before}}</th><th class="num">{{t.after}}</th><th class="num">±</th></tr></thead>
        <tbody>
        {{#counts}}<tr><td>{{label}}</td><td class="num">{{before}}</td><td class="num">{{after}}</td><td class="num">{{change}}</td></tr>
        {{/counts}}
        </tbody>
        </table>
        </div>
        {{#hasListChanges}}
        <ul class="changes">
        {{#consortia}}<li>{{t.consortiaChanged}} · {{.}}</li>
        {{/consortia}}
        {{#institutions}}<li>{{t.institutionsChanged}} · {{.}}</li>
        {{/institutions}}
        </ul>
        {{/hasListChanges}}
        {{#hasMembers}}
        <h3>{{t.membersChanged}}</h3>
        <div class="wide">
        <table class="sortable">
        <thead><tr><th>{{t.consortium}}</th><th>{{t.joined}}</th><th>{{t.left}}</th><th>{{t.lead}}</th></tr></thead>
        <tbody>
        {{#members}}<tr><td>{{consortium}}</td><td>{{joined}}</td><td>{{left}}</td><td>{{lead}}</td></tr>
        {{/members}}
        </tbody>
        </table>
        </div>
        {{/hasMembers}}
        {{#hasShared}}
        <h3>{{t.sharedChanged}}</h3>
        <div class="wide">
        <table class="sortable">
        <thead><tr><th>{{t.institution}}</th><th class="num">{{t.before}}</th><th class="num">{{t.after}}</th></tr></thead>
        <tbody>
        {{#shared}}<tr><td>{{name}}</td><td class="num">{{before}}</td><td class="num">{{after}}</td></tr>
        {{/shared}}
        </tbody>
        </table>
        </div>
        {{/hasShared}}
        </section>
        {{/changes}}

        <section id="consortia">
        <h2>{{s.consortiaTitle}}</h2>
        {{#consortiaNote}}
        <p class="note scale">{{text}}{{#link}} <a href="{{href}}" download="{{file}}">{{file}}</a>{{/link}}</p>
        {{/consortiaNote}}
        <div class="cards">
        {{#consortia}}
        <article class="card" id="consortium-{{id}}">
        <h3>{{name}}</h3>
        <dl>
        <dt>{{s.lead}}</dt><dd>{{lead}}</dd>
        <dt>{{s.size}}</dt><dd>{{size}}</dd>
        <dt>{{s.byKind}}</dt><dd>{{kinds}}</dd>
        {{#attributes}}<dt>{{name}}</dt><dd>{{value}}</dd>
        {{/attributes}}
        <dt>{{s.members}}</dt><dd>{{members}}</dd>
        </dl>
        </article>
        {{/consortia}}
        </div>
        </section>

        <section id="shared">
        <h2>{{s.sharedTitle}}</h2>
        {{#hasShared}}
        <p>{{s.sharedIntro}}</p>
        {{#sharedNote}}
        <p class="note scale">{{text}}{{#link}} <a href="{{href}}" download="{{file}}">{{file}}</a>{{/link}}</p>
        {{/sharedNote}}
        <div class="wide">
        <table class="sortable">
        <thead><tr><th>{{s.institution}}</th><th>{{s.kind}}</th>{{#hasPlace}}<th>{{placeColumn}}</th>{{/hasPlace}}<th class="num">{{s.count}}</th><th>{{s.memberOf}}</th></tr></thead>
        <tbody>
        {{#shared}}<tr data-institution="{{id}}"><td>{{name}}</td><td>{{kind}}</td>{{#hasPlace}}<td>{{place}}</td>{{/hasPlace}}<td class="num">{{count}}</td><td>{{consortia}}</td></tr>
        {{/shared}}
        </tbody>
        </table>
        </div>
        {{/hasShared}}
        {{^hasShared}}<p>{{s.sharedNone}}</p>{{/hasShared}}
        </section>

        <section id="overlap">
        <h2>{{s.overlapTitle}}</h2>
        {{#hasMatrix}}
        <p>{{s.overlapIntro}}</p>
        <div class="wide">
        <table class="matrix">
        <thead><tr><th></th>{{#matrixNumbers}}<th>{{.}}</th>{{/matrixNumbers}}</tr></thead>
        <tbody>
        {{#matrix}}<tr><th class="rowhead">{{number}}. {{name}}</th>{{#cells}}<td{{#diagonal}} class="diagonal"{{/diagonal}} style="background: {{background}}" title="{{title}}">{{text}}</td>{{/cells}}</tr>
        {{/matrix}}
        </tbody>
        </table>
        </div>
        {{/hasMatrix}}
        {{^hasMatrix}}<p>{{s.overlapTooLarge}}</p>{{/hasMatrix}}
        {{#overlapNote}}
        <p class="note scale">{{text}}{{#link}} <a href="{{href}}" download="{{file}}">{{file}}</a>{{/link}}</p>
        {{/overlapNote}}
        <div class="wide">
        <table class="sortable">
        <thead><tr><th>{{s.consortiumA}}</th><th>{{s.consortiumB}}</th><th class="num">{{s.pairShared}}</th><th class="num">{{s.jaccard}}</th><th>{{s.sharedInstitutions}}</th></tr></thead>
        <tbody>
        {{#pairs}}<tr><td>{{first}}</td><td>{{second}}</td><td class="num">{{count}}</td><td class="num">{{jaccard}}</td><td>{{names}}</td></tr>
        {{/pairs}}
        </tbody>
        </table>
        </div>
        </section>

        <section id="centrality">
        <h2>{{s.centralityTitle}}</h2>
        <p>{{s.centralityIntro}}</p>
        {{#centralityNote}}
        <p class="note scale">{{text}}{{#link}} <a href="{{href}}" download="{{file}}">{{file}}</a>{{/link}}</p>
        {{/centralityNote}}
        {{#centrality}}
        <h3>{{title}}</h3>
        <p class="note">{{note}}</p>
        {{#estimate}}
        <p class="note scale">{{estimate}}</p>
        {{/estimate}}
        {{#skipped}}
        <p class="note scale">{{skipped}}</p>
        {{/skipped}}
        {{^empty(rows)}}
        <div class="scores">
        <p class="measure-pick"><label>{{s.rankBy}} <select data-first-score="{{firstScoreColumn}}">{{#measures}}<option value="{{column}}">{{name}}</option>{{/measures}}</select></label></p>
        <div class="wide">
        <table class="sortable">
        <thead><tr><th>{{s.institution}}</th><th>{{s.kind}}</th>{{#hasPlace}}<th>{{placeColumn}}</th>{{/hasPlace}}{{#measures}}<th class="num"{{#first()}} aria-sort="descending"{{/first()}}>{{name}}</th>{{/measures}}</tr></thead>
        <tbody>
        {{#rows}}<tr data-institution="{{id}}"><td>{{name}}</td><td>{{kind}}</td>{{#hasPlace}}<td>{{place}}</td>{{/hasPlace}}{{#scores}}<td class="num">{{.}}</td>{{/scores}}</tr>
        {{/rows}}
        </tbody>
        </table>
        </div>
        <dl class="meanings">{{#measures}}<dt>{{name}}</dt><dd>{{meaning}}</dd>{{/measures}}</dl>
        {{#ties}}<p class="note">{{.}}</p>{{/ties}}
        </div>
        {{/empty(rows)}}
        {{/centrality}}
        </section>

        <section id="brokers">
        <h2>{{t.brokerageTitle}}</h2>
        <p>{{t.brokerageIntro}}</p>
        {{#brokersNote}}
        <p class="note scale">{{text}}{{#link}} <a href="{{href}}" download="{{file}}">{{file}}</a>{{/link}}</p>
        {{/brokersNote}}
        {{^hasBrokers}}<p>{{t.brokersNone}}</p>{{/hasBrokers}}
        {{#hasBrokers}}
        <div class="wide">
        <table class="sortable">
        <thead><tr><th class="num">{{s.rank}}</th><th>{{s.institution}}</th><th>{{s.kind}}</th><th class="num">{{t.partners}}</th><th class="num">{{t.effectiveSize}}</th><th class="num">{{t.efficiencyRatio}}</th><th class="num">{{t.constraint}}</th><th class="num">{{t.coordinator}}</th><th class="num">{{t.itinerant}}</th><th class="num">{{t.gatekeeper}}</th><th class="num">{{t.liaison}}</th></tr></thead>
        <tbody>
        {{#brokers}}<tr data-institution="{{id}}"><td class="num">{{rank}}</td><td>{{name}}</td><td>{{kind}}</td><td class="num">{{partners}}</td><td class="num">{{effectiveSize}}</td><td class="num">{{efficiency}}</td><td class="num">{{constraint}}</td><td class="num">{{coordinator}}</td><td class="num">{{itinerant}}</td><td class="num">{{gatekeeper}}</td><td class="num">{{liaison}}</td></tr>
        {{/brokers}}
        </tbody>
        </table>
        </div>
        {{/hasBrokers}}
        </section>

        <section id="communities">
        <h2>{{t.communitiesTitle}}</h2>
        <p>{{t.communitiesIntro}}</p>
        <p class="note">{{communityNote}}</p>
        {{#communitiesNote}}
        <p class="note scale">{{text}}{{#link}} <a href="{{href}}" download="{{file}}">{{file}}</a>{{/link}}</p>
        {{/communitiesNote}}
        <div class="wide">
        <table class="sortable">
        <thead><tr><th class="num">{{t.community}}</th><th class="num">{{t.size}}</th><th>{{t.mostlyFrom}}</th><th>{{t.members}}</th></tr></thead>
        <tbody>
        {{#communities}}<tr><td class="num">{{number}}</td><td class="num">{{size}}</td><td>{{mostlyFrom}}</td><td>{{members}}</td></tr>
        {{/communities}}
        </tbody>
        </table>
        </div>
        </section>

        {{#showsWhatIf}}
        <section id="whatif">
        <h2>{{t.whatIfTitle}}</h2>
        <p>{{t.whatIfIntro}}</p>
        {{#whatIfNote}}
        <p class="note scale">{{text}}{{#link}} <a href="{{href}}" download="{{file}}">{{file}}</a>{{/link}}</p>
        {{/whatIfNote}}

        {{#hasWhatIf}}
        <div class="wide">
        <table class="sortable">
        <thead><tr><th class="num">{{s.rank}}</th><th>{{t.dropped}}</th><th class="num">{{t.orphaned}}</th><th>{{t.noLongerShared}}</th><th class="num">{{t.overlapsLost}}</th><th class="num">{{t.tiesLost}}</th><th class="num">{{t.components}}</th><th class="num">{{t.efficiency}}</th></tr></thead>
        <tbody>
        {{#whatIf}}<tr><td class="num">{{rank}}</td><td>{{dropped}}</td><td class="num">{{orphaned}}</td><td>{{noLongerShared}}</td><td class="num">{{overlapsLost}}</td><td class="num">{{tiesLost}}</td><td class="num">{{components}}</td><td class="num">{{efficiency}}</td></tr>
        {{/whatIf}}
        </tbody>
        </table>
        </div>
        {{/hasWhatIf}}
        </section>
        {{/showsWhatIf}}

        <section id="diagrams">
        <h2>{{s.diagramsTitle}}</h2>
        <p>{{s.diagramsIntro}}</p>
        {{#diagrams}}
        <figure class="diagram" id="diagram-{{view}}">
        {{#note}}<p class="note scale">{{note}}</p>
        {{/note}}<div class="bar"><h3 id="title-{{view}}">{{title}}</h3>
        <button type="button" data-zoom="1.25" aria-label="{{s.zoomIn}}">＋</button>
        <button type="button" data-zoom="0.8" aria-label="{{s.zoomOut}}">－</button>
        <button type="button" data-zoom="0">{{s.zoomReset}}</button></div>
        <p class="summary" id="summary-{{view}}">{{summary}}</p>
        <div class="viewport" role="img" aria-labelledby="title-{{view}}" aria-describedby="summary-{{view}}">
        {{{svg}}}
        </div>
        </figure>
        {{/diagrams}}
        </section>

        {{#hasDownloads}}
        <section id="downloads">
        <h2>{{t.downloadsTitle}}</h2>
        <p>{{t.downloadsIntro}}</p>
        {{#downloadsNote}}<p class="note scale">{{downloadsNote}}</p>
        {{/downloadsNote}}<ul class="downloads">
        {{#downloads}}<li><a href="{{href}}" download="{{file}}">{{label}}</a> <code>{{file}}</code></li>
        {{/downloads}}
        </ul>
        </section>
        {{/hasDownloads}}

        <section id="quality">
        <h2>{{s.qualityTitle}}</h2>
        {{#hasWarnings}}
        {{#warningsNote}}
        <p class="note scale">{{text}}{{#link}} <a href="{{href}}" download="{{file}}">{{file}}</a>{{/link}}</p>
        {{/warningsNote}}
        <ul class="warnings">
        {{#warnings}}<li><code>{{location}}</code> {{message}}</li>
        {{/warnings}}
        </ul>
        {{/hasWarnings}}
        {{^hasWarnings}}<p class="clean">{{s.qualityClean}}</p>{{/hasWarnings}}
        </section>

        <footer>{{generatedBy}}{{#source}} · {{s.source}}: {{#sourceURL}}<a href="{{sourceURL}}">{{/sourceURL}}{{source}}{{#sourceURL}}</a>{{/sourceURL}}{{/source}}</footer>
        </main>
        <script>
        (function () {
          "use strict";
          // Sortable tables: each header holds a button (reachable by Tab, pressed with Enter or Space)
          // that sorts by its column; pressed again, it reverses the order.
          function sortTable(table, column, ascending) {
            table.querySelectorAll("thead th").forEach(function (th) { th.removeAttribute("aria-sort"); });
            table.tHead.rows[0].cells[column].setAttribute("aria-sort", ascending ? "ascending" : "descending");
            var body = table.tBodies[0];
            var rows = Array.prototype.slice.call(body.rows);
            rows.sort(function (a, b) {
              var x = a.cells[column].textContent.trim(), y = b.cells[column].textContent.trim();
              var nx = parseFloat(x), ny = parseFloat(y);
              var order = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
              return ascending ? order : -order;
            });
            rows.forEach(function (row) { body.appendChild(row); });
          }
          document.querySelectorAll("table.sortable").forEach(function (table) {
            table.querySelectorAll("thead th").forEach(function (header, column) {
              header.classList.add("sortable");
              var button = document.createElement("button");
              button.type = "button";
              button.className = "sort";
              while (header.firstChild) { button.appendChild(header.firstChild); }
              header.appendChild(button);
              button.addEventListener("click", function () {
                sortTable(table, column, header.getAttribute("aria-sort") !== "ascending");
              });
            });
          });
          // The centrality tables' measure selector ranks the institutions by the measure chosen, highest
          // first; sorting by a column's header shows its measure in the selector.
          document.querySelectorAll(".scores").forEach(function (scores) {
            var select = scores.querySelector("select");
            var table = scores.querySelector("table");
            var first = parseInt(select.getAttribute("data-first-score"), 10);
            select.addEventListener("change", function () { sortTable(table, first + parseInt(select.value, 10), false); });
            table.querySelectorAll("thead th").forEach(function (header, column) {
              header.querySelector("button").addEventListener("click", function () {
                if (column >= first) { select.value = String(column - first); }
              });
            });
          });

          // Highlighting: a node's "is-<id>" class marks it in every diagram, and "of-<id>" marks the edges
          // that touch it; the nodes at their other ends are highlighted too.
          var pinned = null;
          function tokenOf(node) {
            var match = /(?:^|\s)is-(\S+)/.exec(node.getAttribute("class") || "");
            return match ? match[1] : null;
          }
          function clear() {
            document.querySelectorAll("svg .hl").forEach(function (e) { e.classList.remove("hl"); });
            document.querySelectorAll("svg.dimmed").forEach(function (e) { e.classList.remove("dimmed"); });
          }
          function highlight(token) {
            clear();
            if (!token) { return; }
            document.querySelectorAll(".is-" + CSS.escape(token) + ", .of-" + CSS.escape(token)).forEach(function (e) {
              e.classList.add("hl");
              var svg = e.ownerSVGElement;
              if (svg) { svg.classList.add("dimmed"); }
              if (e.classList.contains("edge")) {
                (e.getAttribute("class") || "").split(/\s+/).forEach(function (c) {
                  if (c.indexOf("of-") === 0) {
                    svg.querySelectorAll(".is-" + CSS.escape(c.slice(3))).forEach(function (n) { n.classList.add("hl"); });
                  }
                });
              }
            });
          }
          document.querySelectorAll("svg g.node").forEach(function (node) {
            var token = tokenOf(node);
            if (!token) { return; }
            node.addEventListener("mouseenter", function () { if (!pinned) { highlight(token); } });
            node.addEventListener("mouseleave", function () { if (!pinned) { clear(); } });
            function pin() {
              pinned = (pinned === token) ? null : token;
              highlight(pinned);
            }
            node.addEventListener("click", pin);
            // Reachable by Tab: focus shows a node's ties as hovering does, Enter or Space pins them.
            node.setAttribute("tabindex", "0");
            node.addEventListener("focus", function () { if (!pinned) { highlight(token); } });
            node.addEventListener("blur", function () { if (!pinned) { clear(); } });
            node.addEventListener("keydown", function (event) {
              if (event.key !== "Enter" && event.key !== " ") { return; }
              event.preventDefault();
              pin();
            });
          });

          // Zoom: a diagram opens fitted whole into its box (width and height); the buttons scale it
          // from there, keeping the point at the centre of the view where it was, and "fit" returns to it.
          // Fitting never draws the smallest label below 9 px while the page is wide enough for it: a
          // diagram too tall for its box at that size gets a taller box, and the page scrolls instead.
          document.querySelectorAll(".diagram").forEach(function (figure) {
            var svg = figure.querySelector("svg");
            var viewport = figure.querySelector(".viewport");
            var box = svg.viewBox && svg.viewBox.baseVal;
            var naturalWidth = parseFloat(svg.getAttribute("width")) * 4 / 3;
            var aspect = box && box.width > 0 ? box.height / box.width : 1;
            var sizes = Array.prototype.map.call(svg.querySelectorAll("text[font-size]"), function (text) {
              return parseFloat(text.getAttribute("font-size"));
            }).filter(function (size) { return size > 0; });
            var legibleWidth = box && box.width > 0 && sizes.length ? box.width * 9 / Math.min.apply(null, sizes) : 0;
            var scale = 1;
            function fittedWidth() {
              var room = parseFloat(getComputedStyle(viewport).maxHeight) || viewport.clientHeight || 600;
              var whole = Math.max(80, Math.min(viewport.clientWidth, naturalWidth || viewport.clientWidth, room / aspect));
              if (whole < legibleWidth && legibleWidth <= Math.min(viewport.clientWidth, naturalWidth || Infinity)) {
                viewport.style.maxHeight = Math.ceil(legibleWidth * aspect) + 2 + "px";
                return legibleWidth;
              }
              return whole;
            }
            function apply() {
              var centreX = (viewport.scrollLeft + viewport.clientWidth / 2) / Math.max(1, viewport.scrollWidth);
              var centreY = (viewport.scrollTop + viewport.clientHeight / 2) / Math.max(1, viewport.scrollHeight);
              svg.style.maxWidth = "none";
              svg.style.width = (fittedWidth() * scale) + "px";
              viewport.scrollLeft = centreX * viewport.scrollWidth - viewport.clientWidth / 2;
              viewport.scrollTop = centreY * viewport.scrollHeight - viewport.clientHeight / 2;
            }
            function zoom(factor) {
              scale = factor === 0 ? 1 : Math.min(8, Math.max(0.25, scale * factor));
              apply();
            }
            figure.querySelectorAll("button[data-zoom]").forEach(function (button) {
              button.addEventListener("click", function () { zoom(parseFloat(button.getAttribute("data-zoom"))); });
            });
            // The keyboard (+, -, 0; arrows scroll), the wheel with Ctrl or a pinch, and dragging to pan.
            viewport.tabIndex = 0;
            viewport.addEventListener("keydown", function (event) {
              var factor = { "+": 1.25, "=": 1.25, "-": 0.8, "_": 0.8, "0": 0 }[event.key];
              if (factor === undefined || event.ctrlKey || event.metaKey || event.altKey) { return; }
              event.preventDefault();
              zoom(factor);
            });
            viewport.addEventListener("wheel", function (event) {
              if (!event.ctrlKey) { return; }
              event.preventDefault();
              zoom(event.deltaY < 0 ? 1.1 : 1 / 1.1);
            }, { passive: false });
            var drag = null;
            viewport.addEventListener("pointerdown", function (event) {
              if (event.button === 0) { drag = { x: event.clientX, y: event.clientY, left: viewport.scrollLeft, top: viewport.scrollTop, moved: false }; }
            });
            viewport.addEventListener("pointermove", function (event) {
              if (!drag) { return; }
              var dx = event.clientX - drag.x, dy = event.clientY - drag.y;
              if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) { return; }
              drag.moved = true;
              viewport.classList.add("panning");
              viewport.scrollLeft = drag.left - dx;
              viewport.scrollTop = drag.top - dy;
            });
            var panned = false;
            ["pointerup", "pointercancel", "pointerleave"].forEach(function (name) {
              viewport.addEventListener(name, function () {
                panned = Boolean(drag && drag.moved);
                drag = null;
                viewport.classList.remove("panning");
              });
            });
            // The click that ends a drag pins nothing.
            viewport.addEventListener("click", function (event) {
              if (panned) { event.stopPropagation(); panned = false; }
            }, true);
            apply();
            window.addEventListener("resize", apply);
          });

          // Marks the page as fully scripted, for the browser check.
          document.documentElement.setAttribute("data-ready", "true");
        })();
        </script>
        </body>
        </html>
        """#
}
