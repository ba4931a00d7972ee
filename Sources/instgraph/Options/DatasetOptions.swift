import ArgumentParser
import BundledDatasets
import Foundation
import InstitutionGraph

extension InputFormat: ExpressibleByArgument {}

/// Where a command reads its dataset from, and how a membership table's columns are read.
struct DatasetOptions: ParsableArguments {
    @Argument(
        help:
            "A dataset: .yaml, .json, .csv, .tsv, .xlsx, .graphml or .gexf, or - for standard input (default: the bundled K-AI dataset); for the commands on the institutions projection, also a folder spark/instgraph_spark.py wrote.",
        completion: .file(extensions: ["yaml", "yml", "json", "csv", "tsv", "xlsx", "graphml", "gexf"]))
    var path: String?

    @Option(
        name: .customLong("input-format"),
        help:
            "Read the dataset as \(InputFormat.allCases.map(\.rawValue).joined(separator: ", ")), whatever its extension (standard input: told from its content)."
    )
    var inputFormat: InputFormat?

    @Option(
        name: .customLong("institutions"), help: "A YAML registry of institutions that a table's names resolve against, through names and aliases.",
        completion: .file(extensions: ["yaml", "yml"]))
    var registry: String?

    @Flag(name: [.short, .long], help: "No progress line on standard error (it shows only on a terminal, for work over a second).")
    var quiet = false

    @OptionGroup(title: "Reading a membership table (CSV, TSV, Excel)")
    var columns: ColumnMappingOptions

    func validate() throws {
        if path == nil, registry != nil {
            throw ValidationError("--institutions pairs a registry with a membership table; give the table's path too.")
        }
    }

    /// How diagnostics name the input.
    var displayPath: String { path == "-" ? "<stdin>" : path ?? "Graphs/\(BundledDatasets.defaultName)" }

    /// Loads the dataset, or the bundled one when no path was given.
    ///
    /// - Parameter warnings: whether the command shows every warning (validate, report); other
    ///   commands skip looking for probable mistakes, which matters on large files, and print
    ///   the few warnings found anyway (a role column that names no lead, say) on standard error.
    func load(warnings: Bool = false) throws -> LoadedDataset {
        let loaded = try loadQuietly(checksQuality: warnings)
        if !warnings { Self.printWarnings(loaded.warnings) }
        return loaded
    }

    /// Loads the dataset for its two-mode graph alone: a plain table file straight into its
    /// graph (``DatasetLoader/loadGraph(contentsOf:displayPath:format:mapping:presets:)``), any
    /// other input (the bundled dataset, standard input, a registry) as ``load(warnings:)``
    /// loads it. Warnings are printed as `load` prints them.
    func loadGraph() throws -> LoadedGraphInput {
        guard let path, path != "-", registry == nil, !ProjectionFolder.holdsProjection(URL(fileURLWithPath: path)) else {
            return .dataset(try load())
        }
        InputFiles.record(path)
        let loaded = try DatasetLoader.loadGraph(
            contentsOf: URL(fileURLWithPath: path), displayPath: path, format: inputFormat, mapping: try columns.resolved(),
            presets: { BundledDatasets.presets })
        switch loaded {
        case .table(_, let warnings): Self.printWarnings(warnings)
        case .dataset(let dataset): Self.printWarnings(dataset.warnings)
        }
        return loaded
    }

    /// The commands that read an institutions projection folder, for messages.
    static let projectionCommands =
        "report (the sections a projection answers), centrality --graph institutions, communities, brokerage, render --view institutions and export --graph institutions"

    /// The institutions projection the path names, when it is a folder written by the Spark job
    /// (`spark/instgraph_spark.py`), else `nil`: the caller then loads a dataset.
    func loadNetwork() throws -> InstitutionNetwork? {
        guard let path, path != "-", ProjectionFolder.holdsProjection(URL(fileURLWithPath: path)) else { return nil }
        guard inputFormat == nil, registry == nil, !(try columns.resolved().mapsColumns) else {
            throw CommandFailure(
                "\(path) is an institutions projection folder; --input-format, --institutions and column mapping options apply to a membership table")
        }
        for file in ProjectionFolder.files(in: URL(fileURLWithPath: path)) { InputFiles.record(file.path) }
        return try ProjectionFolder.load(URL(fileURLWithPath: path), displayPath: path)
    }

    private func loadQuietly(checksQuality: Bool) throws -> LoadedDataset {
        if let path, path != "-", ProjectionFolder.holdsProjection(URL(fileURLWithPath: path)) {
            let name = ProcessInfo.processInfo.arguments.dropFirst().first ?? "this command"
            throw CommandFailure(
                "\(path) is an institutions projection (written by spark/instgraph_spark.py), and '\(name)' needs the membership table it came from. "
                    + "The commands that read a projection: \(Self.projectionCommands); the job wrote the counts, shared institutions and overlapping pairs beside it."
            )
        }
        let mapping = try columns.resolved()
        let registryURL = registry.map { URL(fileURLWithPath: $0) }
        for input in [path, registry].compactMap({ $0 }) where input != "-" { InputFiles.record(input) }
        switch path {
        case nil:
            guard !mapping.mapsColumns else {
                throw CommandFailure("column mapping options apply to a membership table; give the table's path (or - for standard input)")
            }
            var loaded = try BundledDatasets.load(checksQuality: checksQuality)
            if let title = mapping.title { loaded.dataset.title = LocalizedName(guessingLanguageOf: title) }
            return loaded
        case "-":
            let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
            guard !bytes.isEmpty else {
                throw CommandFailure("standard input is empty; pipe a dataset into it, e.g. `cat members.csv | instgraph summary -`")
            }
            return try DatasetLoader.load(
                bytes: bytes, displayPath: displayPath, format: inputFormat, mapping: mapping, registry: registryURL,
                checksQuality: checksQuality, presets: { BundledDatasets.presets })
        case let path?:
            return try DatasetLoader.load(
                contentsOf: URL(fileURLWithPath: path), displayPath: path, format: inputFormat, mapping: mapping,
                registry: registryURL, checksQuality: checksQuality, presets: { BundledDatasets.presets })
        }
    }

    /// The first few warnings on standard error, and how to see them all.
    private static func printWarnings(_ warnings: [Diagnostic]) {
        let shown = 5
        for warning in warnings.prefix(shown) { StandardError.print(warning.description) }
        if warnings.count > shown {
            StandardError.print("instgraph: \(warnings.count - shown) more warnings; `instgraph validate` lists them all")
        }
    }
}
