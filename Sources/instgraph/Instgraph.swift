import ArgumentParser

/// `instgraph`: the relationships between institutions that work together in consortia.
@main
struct Instgraph: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "instgraph",
        abstract: "Analyse the institutions that work together in consortia: who is shared, how consortia overlap, who is central.",
        discussion: """
            Every command reads a dataset: a YAML or JSON file in the format of Graphs/README.md, or a CSV of \
            memberships (consortium,institution[,role][,kind]). Without a path, the bundled K-AI dataset \
            (the five consortia of Korea's 2025 sovereign AI foundation model programme) is used.
            """,
        version: "0.1.0",
        subcommands: [
            ReportCommand.self, Validate.self, Summary.self, Shared.self, Overlap.self, Centrality.self, Render.self,
            WhatIf.self, Diff.self, Brokerage.self, Communities.self, Export.self,
        ]
    )
}
