import ArgumentParser
import GraphvizRendering
import InstitutionGraph

/// `instgraph`: the relationships between institutions that work together in consortia.
@main
struct Instgraph: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "instgraph",
        abstract: "Analyse the institutions that work together in consortia: who is shared, how consortia overlap, who is central.",
        discussion: """
            Every command reads a dataset: a YAML or JSON file in the format of Graphs/README.md; a membership \
            table as CSV, TSV or Excel (.xlsx), its columns mapped with --consortium-column and the like, a \
            --columns file or a --preset (cordis); a two-mode GraphML, GEXF or node-link JSON graph; or - for \
            standard input. Without a path, the bundled K-AI dataset (the five consortia of Korea's 2025 sovereign \
            AI foundation model programme) is used.
            """,
        version: "\(InstgraphVersion.current) (built with Graphviz \(GraphvizVersion.built))",
        subcommands: [
            ReportCommand.self, Validate.self, Summary.self, Shared.self, Overlap.self, Centrality.self, Render.self,
            WhatIf.self, Diff.self, Brokerage.self, Communities.self, Export.self,
        ]
    )

    /// ArgumentParser's own entry point, after a first argument that names no command is
    /// answered with the commands closest to it.
    static func main() async {
        let commands = configuration.subcommands.map { $0._commandName }
        if let message = UnknownCommand.message(for: Array(CommandLine.arguments.dropFirst()), commands: commands) {
            StandardError.print("instgraph: error: \(message)")
            exit(withError: ExitCode.validationFailure)
        }
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
