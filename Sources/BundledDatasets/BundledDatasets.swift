import Foundation
import InstitutionGraph

/// The datasets under `Graphs/`, compiled into the tool.
public enum BundledDatasets {
    /// The file name of the dataset commands use when given no path: the K-AI consortia of 2025.
    public static let defaultName = "k-ai-foundation-2025.yaml"

    /// The names of every bundled dataset, such as `k-ai-foundation-2025.yaml`.
    public static var names: [String] { embedded.map(\.name) }

    /// Loads the bundled dataset called `name` (the default one when `nil`).
    ///
    /// Diagnostics name it `Graphs/NAME`, the file it was compiled from; `checksQuality` is as
    /// for ``DatasetLoader``.
    public static func load(_ name: String? = nil, checksQuality: Bool = true) throws -> LoadedDataset {
        let name = name ?? defaultName
        guard let entry = embedded.first(where: { $0.name == name }), let data = Data(base64Encoded: entry.base64) else {
            throw DatasetLoadError("no bundled dataset named '\(name)'; bundled: \(names.joined(separator: ", "))", at: SourceLocation(file: name))
        }
        return try DatasetLoader.load(bytes: [UInt8](data), displayPath: "Graphs/\(name)", format: .yaml, checksQuality: checksQuality)
    }
}
