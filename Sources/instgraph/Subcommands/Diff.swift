import ArgumentParser
import Foundation
import InstitutionGraph

/// `instgraph diff OLD NEW`: what changed between two versions of a dataset.
struct Diff: DataCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Compare two versions of a dataset: consortia and institutions added and removed, members who joined or left, renamed institutions, and the change in counts, shared institutions and top centralities.",
        discussion:
            "Institutions are matched through their ids, then their names and aliases, so a renamed institution is reported as renamed, not as removed and added. Both files are checked before anything is printed: errors in either are listed with their file, line and column."
    )

    @Argument(
        help: "The earlier dataset (.yaml, .json, .csv, .tsv, .xlsx, .graphml or .gexf).",
        completion: .file(extensions: ["yaml", "yml", "json", "csv", "tsv", "xlsx", "graphml", "gexf"]))
    var old: String

    @Argument(help: "The later dataset.", completion: .file(extensions: ["yaml", "yml", "json", "csv"]))
    var new: String

    @Option(
        name: .customLong("input-format"),
        help: "Read both datasets as \(InputFormat.allCases.map(\.rawValue).joined(separator: ", ")), whatever their extensions.")
    var inputFormat: InputFormat?

    @OptionGroup(title: "Reading membership tables (CSV, TSV, Excel)")
    var columns: ColumnMappingOptions

    @OptionGroup var output: OutputOptions

    @Option(help: "How many of the most central institutions (betweenness on the institutions projection) to compare.")
    var top = 10

    func validate() throws {
        if top < 1 { throw ValidationError("--top must be 1 or more.") }
    }

    func execute() throws {
        let (before, after) = try DiffLoading.loadBoth(old, new, format: inputFormat, mapping: columns.resolved())
        let diff = DatasetDiff(old: before, new: after)
        try output.write(
            DiffOutput.render(
                diff, standings: try diff.topCentralityChanges(limit: top), oldName: old, newName: new,
                language: output.lang, format: output.resolvedFormat))
    }
}

/// Loading two datasets at once, for commands that compare.
enum DiffLoading {
    /// The dataset at `path`, named as the user wrote it in diagnostics.
    static func load(_ path: String, format: InputFormat? = nil, mapping: ColumnMapping) throws -> Dataset {
        InputFiles.record(path)
        return try DatasetLoader.load(contentsOf: URL(fileURLWithPath: path), displayPath: path, format: format, mapping: mapping).dataset
    }

    /// Both datasets, or one error holding every error of both files.
    static func loadBoth(_ old: String, _ new: String, format: InputFormat?, mapping: ColumnMapping) throws -> (Dataset, Dataset) {
        var diagnostics: [Diagnostic] = []
        var loaded: [Dataset] = []
        for path in [old, new] {
            do {
                loaded.append(try load(path, format: format, mapping: mapping))
            } catch let error as DatasetLoadError {
                diagnostics += error.errors
            }
        }
        guard diagnostics.isEmpty else { throw DatasetLoadError(diagnostics) }
        return (loaded[0], loaded[1])
    }
}
