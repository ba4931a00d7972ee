import Foundation
import PackagePlugin

/// Compiles every dataset under `Graphs/` and every column-mapping preset under `Presets/` into
/// the target, so the tool carries its bundled data wherever its binary is copied. The folders
/// stay the source of truth: editing a file there rebuilds the embedded copy.
@main
struct EmbedDatasets: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let datasets = try ["Graphs", "Presets"].flatMap { folder in
            try FileManager.default.contentsOfDirectory(
                at: context.package.directoryURL.appending(path: folder), includingPropertiesForKeys: nil
            )
            .filter { ["yaml", "yml"].contains($0.pathExtension) }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedDatasets.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(datasets.count) file(s) from Graphs/ and Presets/",
                executable: try context.tool(named: "FileEmbedder").url,
                arguments: [output.path] + datasets.map(\.path),
                inputFiles: datasets,
                outputFiles: [output])
        ]
    }
}
