import Foundation
import InstitutionGraph

/// The datasets under `Graphs/` and the column-mapping presets under `Presets/`, compiled into the tool.
public enum BundledDatasets {
    /// The file name of the dataset commands use when given no path: the K-AI consortia of 2025.
    public static let defaultName = "k-ai-foundation-2025.yaml"

    /// The names of every bundled dataset, such as `k-ai-foundation-2025.yaml`.
    public static var names: [String] { files(in: "Graphs").map(\.name) }

    /// The names of every preset, such as `cordis`.
    public static var presetNames: [String] {
        files(in: "Presets").map { URL(fileURLWithPath: $0.name).deletingPathExtension().lastPathComponent }
    }

    /// Loads the bundled dataset called `name` (the default one when `nil`).
    ///
    /// Diagnostics name it `Graphs/NAME`, the file it was compiled from; `checksQuality` is as
    /// for ``DatasetLoader``.
    public static func load(_ name: String? = nil, checksQuality: Bool = true) throws -> LoadedDataset {
        let name = name ?? defaultName
        guard let bytes = files(in: "Graphs").first(where: { $0.name == name })?.bytes else {
            throw DatasetLoadError("no bundled dataset named '\(name)'; bundled: \(names.joined(separator: ", "))", at: SourceLocation(file: name))
        }
        return try DatasetLoader.load(bytes: bytes, displayPath: "Graphs/\(name)", format: .yaml, checksQuality: checksQuality)
    }

    /// The column-mapping preset called `name` (`cordis`), as read from `Presets/NAME.yaml`.
    ///
    /// - Throws: ``DatasetLoadError`` naming the presets there are, with "did you mean".
    public static func preset(_ name: String) throws -> ColumnMappingFile {
        let fileName = name.lowercased() + ".yaml"
        guard let bytes = files(in: "Presets").first(where: { $0.name == fileName })?.bytes else {
            let hint = Suggestions.closest(to: name, among: presetNames).map { "did you mean '\($0)'? " } ?? ""
            throw DatasetLoadError("no preset named '\(name)'; \(hint)presets: \(presetNames.joined(separator: ", "))", at: SourceLocation(file: "--preset"))
        }
        return try ColumnMappingFile(bytes: bytes, displayPath: "Presets/\(fileName)")
    }

    /// Every preset's mapping by name, for suggesting one whose columns a table's header has.
    public static var presets: [(name: String, mapping: ColumnMapping)] {
        presetNames.compactMap { name in (try? preset(name)).map { (name, $0.mapping) } }
    }

    /// The embedded files of `folder`, by file name, decoded.
    private static func files(in folder: String) -> [(name: String, bytes: [UInt8])] {
        embedded.compactMap { entry in
            guard entry.name.hasPrefix(folder + "/"), let data = Data(base64Encoded: entry.base64) else { return nil }
            return (String(entry.name.dropFirst(folder.count + 1)), [UInt8](data))
        }
    }
}
