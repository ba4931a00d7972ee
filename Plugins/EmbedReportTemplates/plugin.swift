import Foundation
import PackagePlugin

/// Compiles the report's templates, the files in the target's `Templates/` folder (`report.html`,
/// `report.css`, `report.js`, `report.md`), into the target as `ReportTemplates.files`, so the
/// tool renders reports wherever its binary is copied: a SwiftPM resource bundle (`Bundle.module`)
/// would have to be copied beside it. The files stay the source of truth, kept as plain HTML, CSS,
/// JavaScript and Markdown for editors: editing one rebuilds the embedded copy.
@main
struct EmbedReportTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target.sourceModule else { return [] }
        // The files SwiftPM has no rule for; as this command's inputs, they are handled, not
        // warned about, and need no `exclude:`.
        let folder = target.directoryURL.appending(path: "Templates").standardizedFileURL.path
        let templates = target.sourceFiles
            .filter { $0.type == .unknown && $0.url.deletingLastPathComponent().standardizedFileURL.path == folder }
            .map(\.url)
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedReportTemplates.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(templates.count) report template(s) from \(target.name)/Templates/",
                executable: try context.tool(named: "FileEmbedder").url,
                arguments: ["--texts", "ReportTemplates", output.path] + templates.map(\.path),
                inputFiles: templates,
                outputFiles: [output])
        ]
    }
}
