/// The Markdown report: the HTML report's sections as GitHub-flavoured tables, with the diagrams
/// as SVG files beside it. Cell texts are escaped for tables before they reach the template.
enum MarkdownTemplate {
    static let text = #"""
{{%CONTENT_TYPE:MARKDOWN_TABLE}}
# {{title}}

{{#source}}{{s.source}}: {{source}}  
{{/source}}
{{#asOf}}{{s.asOf}}: {{asOf}}
{{/asOf}}

## {{s.countsTitle}}

| | |
|---|---:|
{{#counts}}
| {{label}} | {{value}} |
{{/counts}}

## {{s.consortiaTitle}}

{{#consortia}}
### {{name}}

- **{{s.lead}}**: {{lead}}
- **{{s.size}}**: {{size}} ({{kinds}})
{{#attributes}}
- **{{name}}**: {{value}}
{{/attributes}}
- **{{s.members}}**: {{members}}

{{/consortia}}
## {{s.sharedTitle}}

{{#hasShared}}
{{s.sharedIntro}}

| {{s.institution}} | {{s.kind}} | {{s.count}} | {{s.memberOf}} |
|---|---|---:|---|
{{#shared}}
| {{name}} | {{kind}} | {{count}} | {{consortia}} |
{{/shared}}
{{/hasShared}}
{{^hasShared}}
{{s.sharedNone}}
{{/hasShared}}

## {{s.overlapTitle}}

{{#hasMatrix}}
| | {{#matrixNumbers}}{{.}} | {{/matrixNumbers}}
|---|{{#matrixNumbers}}---:|{{/matrixNumbers}}
{{#matrix}}
| {{number}}. {{name}} | {{#cells}}{{text}} | {{/cells}}
{{/matrix}}
{{/hasMatrix}}
{{^hasMatrix}}
{{s.overlapTooLarge}}
{{/hasMatrix}}

| {{s.pair}} | | {{s.count}} | {{s.jaccard}} | {{s.sharedInstitutions}} |
|---|---|---:|---:|---|
{{#pairs}}
| {{first}} | {{second}} | {{count}} | {{jaccard}} | {{names}} |
{{/pairs}}

## {{s.centralityTitle}}

{{s.centralityIntro}}

{{#centrality}}
### {{title}}

{{note}}

{{#measures}}
#### {{name}}

{{meaning}}

| {{s.rank}} | {{s.institution}} | {{s.kind}} | {{s.score}} |
|---:|---|---|---:|
{{#rows}}
| {{rank}} | {{name}} | {{kind}} | {{score}} |
{{/rows}}

{{/measures}}
{{/centrality}}
## {{s.diagramsTitle}}

{{#diagrams}}
### {{title}}

![{{title}}]({{file}})

{{/diagrams}}
## {{s.qualityTitle}}

{{#hasWarnings}}
{{#warnings}}
- `{{location}}` {{message}}
{{/warnings}}
{{/hasWarnings}}
{{^hasWarnings}}
{{s.qualityClean}}
{{/hasWarnings}}

---
{{s.generated}}
"""#
}
