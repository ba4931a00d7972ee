import Foundation

/// A dataset and the warnings found while loading it.
public struct LoadedDataset: Sendable {
    public var dataset: Dataset
    /// Problems that do not stop the dataset from being used (see ``DatasetLoadError`` for errors).
    public var warnings: [Diagnostic]
}

/// Reads datasets from YAML, JSON or a CSV of memberships and resolves who is who.
public enum DatasetLoader {
    /// Loads the file at `url`.
    ///
    /// - Parameters:
    ///   - displayPath: how diagnostics name the file (defaults to `url.path`).
    ///   - format: the input format; by default it follows the file's extension.
    ///   - registry: for CSV input, a YAML file whose `institutions` (and `groups`) the rows'
    ///     names resolve against, through names and aliases, as members do in YAML.
    ///   - checksQuality: whether to look for probable mistakes that only warnings report
    ///     (near-duplicate names, missing languages, unused institutions); turn it off when the
    ///     warnings will not be shown, to load large files faster.
    /// - Throws: ``DatasetLoadError`` with every error found, each with its file, line and column.
    public static func load(
        contentsOf url: URL, displayPath: String? = nil, format: InputFormat? = nil, registry: URL? = nil,
        checksQuality: Bool = true
    ) throws -> LoadedDataset {
        let path = displayPath ?? url.path
        let format = try format ?? detectFormat(of: url, displayPath: path)
        let text = try InputText(contentsOf: url, displayPath: path)
        let registryDraft = try registry.map { url in
            guard format == .csv else {
                throw DatasetLoadError("an institution registry pairs only with CSV input; YAML and JSON datasets declare their institutions themselves", at: SourceLocation(file: url.path))
            }
            return try YAMLDatasetReader.read(InputText(contentsOf: url, displayPath: url.path))
        }
        return try load(text, format: format, registry: registryDraft, checksQuality: checksQuality)
    }

    /// Loads a dataset held in memory, such as one compiled into the tool.
    public static func load(bytes: [UInt8], displayPath: String, format: InputFormat, checksQuality: Bool = true) throws -> LoadedDataset {
        try load(InputText(bytes: bytes, displayPath: displayPath), format: format, registry: nil, checksQuality: checksQuality)
    }

    private static func load(_ text: InputText, format: InputFormat, registry: DatasetDraft?, checksQuality: Bool) throws -> LoadedDataset {
        let draft = switch format {
        case .yaml: try YAMLDatasetReader.read(text)
        case .json: try GraphFileReader.readNodeLinkJSON(text) ?? YAMLDatasetReader.read(text)
        case .csv, .tsv: try MembershipCSVReader.read(text, registry: registry)
        case .graphml: try GraphFileReader.readGraphML(text)
        case .gexf: try GraphFileReader.readGEXF(text)
        case .xlsx:
            throw DatasetLoadError("reading \(format.rawValue) is not wired in yet", at: SourceLocation(file: text.displayPath))
        }
        let (dataset, warnings) = try DatasetAssembler.assemble(draft, checksQuality: checksQuality)
        return LoadedDataset(dataset: dataset, warnings: warnings)
    }

    private static func detectFormat(of url: URL, displayPath: String) throws -> InputFormat {
        guard let format = InputFormat(pathExtension: url.pathExtension) else {
            let choices = InputFormat.allCases.map(\.rawValue).joined(separator: ", ")
            throw DatasetLoadError(
                "cannot tell the format from the extension '.\(url.pathExtension)'; name the file .yaml, .json, .csv, .tsv, .xlsx, .graphml or .gexf, or give --input-format (\(choices))",
                at: SourceLocation(file: displayPath))
        }
        return format
    }
}
