import Foundation
import PackagePlugin

/// Compiles every dataset under `Graphs/` into the target, so the tool carries its bundled data
/// wherever its binary is copied. `Graphs/` stays the source of truth: editing a file there
/// rebuilds the embedded copy.
@main
struct EmbedDatasets: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let graphs = context.package.directoryURL.appending(path: "Graphs")
        let datasets = try FileManager.default.contentsOfDirectory(at: graphs, includingPropertiesForKeys: nil)
            .filter { ["yaml", "yml"].contains($0.pathExtension) }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedDatasets.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(datasets.count) dataset(s) from Graphs/",
                executable: try context.tool(named: "DatasetEmbedder").url,
                arguments: [output.path] + datasets.map(\.path),
                inputFiles: datasets,
                outputFiles: [output])
        ]
    }
}
