import ArgumentParser
import GraphvizRendering
import InstitutionGraph

/// A subcommand whose failures are reported as diagnostics rather than thrown to ArgumentParser.
protocol DataCommand: AsyncParsableCommand {
    /// Does the work; errors thrown here become diagnostics on standard error and exit status 1.
    func execute() async throws
}

extension DataCommand {
    func run() async throws {
        do {
            let name = Self.configuration.commandName ?? String(describing: Self.self).lowercased()
            let quiet = (self as? any DatasetCommand)?.dataset.quiet ?? false
            try await ProgressLine.run("instgraph \(name)", quiet: quiet) { try await execute() }
        } catch let error as DatasetLoadError {
            for diagnostic in error.diagnostics where diagnostic.severity == .error {
                StandardError.print(diagnostic.description)
            }
            throw ExitCode.failure
        } catch let error as ProjectionTooLarge {
            StandardError.print(
                "instgraph: error: \(error); the largest consortia make it: leave them out (centrality --max-consortium-size N) or use the two-mode graph")
            throw ExitCode.failure
        } catch let error
            where error is CommandFailure || error is NameLookupError || error is XMLIndistinguishableNames
            || error is CentralityError || error is GraphvizError
        {
            // Each says what went wrong and what to do in its description.
            StandardError.print("instgraph: error: \(error)")
            throw ExitCode.failure
        }
    }
}
