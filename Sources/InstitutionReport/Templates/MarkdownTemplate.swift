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
        {{lead}}

        ## {{s.countsTitle}}

        | | |
        |---|---:|
        {{#counts}}
        | {{label}} | {{value}} |
        {{/counts}}

        {{#changes}}
        ## {{title}}

        {{t.changesIntro}}

        {{#unchanged}}
        {{t.noChanges}}

        {{/unchanged}}
        | {{t.count}} | {{t.before}} | {{t.after}} | ± |
        |---|---:|---:|---:|
        {{#counts}}
        | {{label}} | {{before}} | {{after}} | {{change}} |
        {{/counts}}

        {{#consortia}}
        - {{t.consortiaChanged}} · {{.}}
        {{/consortia}}
        {{#institutions}}
        - {{t.institutionsChanged}} · {{.}}
        {{/institutions}}
        {{#hasMembers}}

        ### {{t.membersChanged}}

        | {{t.consortium}} | {{t.joined}} | {{t.left}} | {{t.lead}} |
        |---|---|---|---|
        {{#members}}
        | {{consortium}} | {{joined}} | {{left}} | {{lead}} |
        {{/members}}
        {{/hasMembers}}
        {{#hasShared}}

        ### {{t.sharedChanged}}

        | {{t.institution}} | {{t.before}} | {{t.after}} |
        |---|---:|---:|
        {{#shared}}
        | {{name}} | {{before}} | {{after}} |
        {{/shared}}
        {{/hasShared}}

        {{/changes}}
        ## {{s.consortiaTitle}}

        {{#consortiaNote}}
        _{{text}}_{{#link}} [{{file}}]({{href}}){{/link}}

        {{/consortiaNote}}
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

        {{#sharedNote}}
        _{{text}}_{{#link}} [{{file}}]({{href}}){{/link}}

        {{/sharedNote}}
        | {{s.institution}} | {{s.kind}} |{{#hasPlace}} {{placeColumn}} |{{/hasPlace}} {{s.count}} | {{s.memberOf}} |
        |---|---|{{#hasPlace}}---|{{/hasPlace}}---:|---|
        {{#shared}}
        | {{name}} | {{kind}} |{{#hasPlace}} {{place}} |{{/hasPlace}} {{count}} | {{consortia}} |
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

        {{#overlapNote}}
        _{{text}}_{{#link}} [{{file}}]({{href}}){{/link}}

        {{/overlapNote}}
        | {{s.consortiumA}} | {{s.consortiumB}} | {{s.pairShared}} | {{s.jaccard}} | {{s.sharedInstitutions}} |
        |---|---|---:|---:|---|
        {{#pairs}}
        | {{first}} | {{second}} | {{count}} | {{jaccard}} | {{names}} |
        {{/pairs}}

        ## {{s.centralityTitle}}

        {{s.centralityIntro}}

        {{#centralityNote}}
        _{{text}}_{{#link}} [{{file}}]({{href}}){{/link}}

        {{/centralityNote}}
        {{#centrality}}
        ### {{title}}

        {{note}}

        {{#estimate}}
        _{{estimate}}_

        {{/estimate}}
        {{#skipped}}
        _{{skipped}}_

        {{/skipped}}
        {{^empty(rows)}}
        | {{s.institution}} | {{s.kind}} |{{#hasPlace}} {{placeColumn}} |{{/hasPlace}}{{#measures}} {{name}} |{{/measures}}
        |---|---|{{#hasPlace}}---|{{/hasPlace}}{{#measures}}---:|{{/measures}}
        {{#rows}}
        | {{name}} | {{kind}} |{{#hasPlace}} {{place}} |{{/hasPlace}}{{#scores}} {{.}} |{{/scores}}
        {{/rows}}

        {{#measures}}
        - **{{name}}**: {{meaning}}
        {{/measures}}
        {{#ties}}

        {{.}}
        {{/ties}}

        {{/empty(rows)}}
        {{/centrality}}
        ## {{t.brokerageTitle}}

        {{t.brokerageIntro}}

        {{#brokersNote}}
        _{{text}}_{{#link}} [{{file}}]({{href}}){{/link}}

        {{/brokersNote}}
        {{^hasBrokers}}
        {{t.brokersNone}}
        {{/hasBrokers}}
        {{#hasBrokers}}
        | {{s.rank}} | {{s.institution}} | {{s.kind}} | {{t.partners}} | {{t.effectiveSize}} | {{t.efficiencyRatio}} | {{t.constraint}} | {{t.coordinator}} | {{t.itinerant}} | {{t.gatekeeper}} | {{t.liaison}} |
        |---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|
        {{#brokers}}
        | {{rank}} | {{name}} | {{kind}} | {{partners}} | {{effectiveSize}} | {{efficiency}} | {{constraint}} | {{coordinator}} | {{itinerant}} | {{gatekeeper}} | {{liaison}} |
        {{/brokers}}
        {{/hasBrokers}}

        ## {{t.communitiesTitle}}

        {{t.communitiesIntro}}

        {{communityNote}}

        {{#communitiesNote}}
        _{{text}}_{{#link}} [{{file}}]({{href}}){{/link}}

        {{/communitiesNote}}
        | {{t.community}} | {{t.size}} | {{t.mostlyFrom}} | {{t.members}} |
        |---:|---:|---|---|
        {{#communities}}
        | {{number}} | {{size}} | {{mostlyFrom}} | {{members}} |
        {{/communities}}

        {{#showsWhatIf}}
        ## {{t.whatIfTitle}}

        {{t.whatIfIntro}}

        {{#whatIfNote}}
        _{{text}}_{{#link}} [{{file}}]({{href}}){{/link}}

        {{/whatIfNote}}
        {{#hasWhatIf}}
        | {{s.rank}} | {{t.dropped}} | {{t.orphaned}} | {{t.noLongerShared}} | {{t.overlapsLost}} | {{t.tiesLost}} | {{t.components}} | {{t.efficiency}} |
        |---:|---|---:|---|---:|---:|---:|---:|
        {{#whatIf}}
        | {{rank}} | {{dropped}} | {{orphaned}} | {{noLongerShared}} | {{overlapsLost}} | {{tiesLost}} | {{components}} | {{efficiency}} |
        {{/whatIf}}
        {{/hasWhatIf}}

        {{/showsWhatIf}}
        ## {{s.diagramsTitle}}

        {{#diagrams}}
        ### {{title}}

        {{#note}}
        _{{note}}_

        {{/note}}
        {{summary}}

        ![{{title}}]({{file}})

        {{/diagrams}}
        {{#hasDownloads}}
        ## {{t.downloadsTitle}}

        {{t.downloadsIntro}}

        {{#downloadsNote}}
        _{{downloadsNote}}_

        {{/downloadsNote}}
        {{#downloads}}
        - [{{label}}]({{href}})
        {{/downloads}}

        {{/hasDownloads}}
        ## {{s.qualityTitle}}

        {{#hasWarnings}}
        {{#warningsNote}}
        _{{text}}_{{#link}} [{{file}}]({{href}}){{/link}}

        {{/warningsNote}}
        {{#warnings}}
        - `{{location}}` {{message}}
        {{/warnings}}
        {{/hasWarnings}}
        {{^hasWarnings}}
        {{s.qualityClean}}
        {{/hasWarnings}}

        ---
        {{generatedBy}}
        """#
}
