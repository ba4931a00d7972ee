import ArgumentParser
import BundledDatasets
import Foundation
import InstitutionGraph

extension InputFormat: ExpressibleByArgument {}

/// Where a command reads its dataset from.
struct DatasetOptions: ParsableArguments {
    @Argument(help: "A dataset: .yaml, .json or .csv (default: the bundled K-AI dataset).", completion: .file(extensions: ["yaml", "yml", "json", "csv"]))
    var path: String?

    @Option(name: .customLong("input-format"), help: "Read the dataset as yaml, json or csv, whatever its extension.")
    var inputFormat: InputFormat?

    @Option(name: .customLong("institutions"), help: "A YAML registry of institutions that a CSV's names resolve against, through names and aliases.", completion: .file(extensions: ["yaml", "yml"]))
    var registry: String?

    @Flag(name: [.short, .long], help: "No progress line on standard error (it shows only on a terminal, for work over a second).")
    var quiet = false

    func validate() throws {
        if path == nil, registry != nil {
            throw ValidationError("--institutions pairs a registry with a CSV dataset; give the CSV's path too.")
        }
    }

    /// Loads the dataset, or the bundled one when no path was given.
    ///
    /// - Parameter warnings: whether the command shows the quality warnings (validate, report);
    ///   other commands skip looking for them, which matters on large files.
    func load(warnings: Bool = false) throws -> LoadedDataset {
        guard let path else { return try BundledDatasets.load(checksQuality: warnings) }
        return try DatasetLoader.load(
            contentsOf: URL(fileURLWithPath: path), displayPath: path, format: inputFormat,
            registry: registry.map { URL(fileURLWithPath: $0) }, checksQuality: warnings)
    }
}
