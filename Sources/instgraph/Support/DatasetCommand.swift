/// A command that reads one dataset through ``DatasetOptions`` (and so takes `--quiet`).
protocol DatasetCommand {
    var dataset: DatasetOptions { get }
}

extension Summary: DatasetCommand {}
extension Shared: DatasetCommand {}
extension Overlap: DatasetCommand {}
extension Validate: DatasetCommand {}
extension Centrality: DatasetCommand {}
extension Render: DatasetCommand {}
extension ReportCommand: DatasetCommand {}
extension WhatIf: DatasetCommand {}
extension Communities: DatasetCommand {}
extension Brokerage: DatasetCommand {}
extension Export: DatasetCommand {}
