import ArgumentParser
import Foundation
import InstitutionGraph

extension OverlapMeasure: ExpressibleByArgument {}

/// `instgraph overlap`: how much each pair of consortia overlaps, and through whom.
struct Overlap: DataCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the consortium × consortium overlap matrix and the institutions each pair shares.",
        discussion: "count is the number of shared institutions; jaccard is |A∩B|/|A∪B|; overlap-coefficient is |A∩B|/min(|A|,|B|). The matrix is printed when it fits a screen (\(Overlap.matrixLimit) consortia or fewer); the list of overlapping pairs always.")

    static let matrixLimit = 30

    @OptionGroup var dataset: DatasetOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "count, jaccard or overlap-coefficient.")
    var measure: OverlapMeasure = .count

    @Option(help: "Only the N most overlapping pairs (by the measure, then by count).")
    var top: Int?

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be 1 or more.") }
    }

    private struct JSONReport: Encodable {
        struct Pair: Encodable {
            var a: String
            var b: String
            var count: Int
            var jaccard: Double
            var overlapCoefficient: Double
            var shared: [String]
        }
        var measure: String
        var consortia: [String]
        var matrix: [[Double]]?
        var pairs: [Pair]
    }

    func execute() throws {
        let data = try dataset.load().dataset
        let language = output.lang
        let allPairs = data.overlappingPairs()
        let ranked = allPairs.sorted { ($0.value(measure), $0.shared.count) > ($1.value(measure), $1.shared.count) }
        let pairs = top.map { Array(ranked.prefix($0)) } ?? ranked
        let matrix = data.consortia.count <= Self.matrixLimit ? data.overlapMatrix(measure, pairs: allPairs) : nil

        if output.resolvedFormat == .json {
            let report = JSONReport(
                measure: measure.rawValue, consortia: data.consortia.map(\.id), matrix: matrix,
                pairs: pairs.map { pair in
                    .init(a: data.consortia[pair.first].id, b: data.consortia[pair.second].id, count: pair.shared.count,
                          jaccard: pair.jaccard, overlapCoefficient: pair.overlapCoefficient,
                          shared: pair.shared.map { data.institutions[$0].id })
                })
            try output.write(JSONOutput.encode(report))
            return
        }

        var sections: [TabularReport.Section] = []
        if let matrix {
            let names = data.consortia.map { $0.name.preferred(language) }
            let table = TextTable(
                columns: [.init("consortium")] + names.indices.map { .init(String($0 + 1), alignment: .right) },
                rows: matrix.enumerated().map { row, values in
                    ["\(row + 1) \(names[row])"] + values.map { format($0) }
                })
            let diagonal = measure == .count ? "the diagonal holds each consortium's size" : "the diagonal is 1"
            sections.append(.init(title: "Overlap (\(measure.rawValue))", lines: ["Columns are numbered as the rows; \(diagonal)."], table: table))
        }
        let pairTable = TextTable(
            columns: [.init("consortium A"), .init("consortium B"), .init("shared", alignment: .right),
                      .init("jaccard", alignment: .right), .init("overlap", alignment: .right), .init("shared institutions")],
            rows: pairs.map { pair in
                [data.consortia[pair.first].name.preferred(language), data.consortia[pair.second].name.preferred(language),
                 String(pair.shared.count), String(format: "%.3f", pair.jaccard), String(format: "%.3f", pair.overlapCoefficient),
                 pair.shared.map { data.institutions[$0].name.preferred(language) }.joined(separator: ", ")]
            })
        let pairCount = data.consortia.count * (data.consortia.count - 1) / 2
        sections.append(.init(
            title: "Pairs that share institutions",
            lines: ["\(allPairs.count) of \(pairCount) pairs of consortia share at least one institution\(top == nil ? "" : " (top \(top!) shown)")."],
            table: pairTable))
        try output.write(TabularReport(sections: sections).rendered(as: output.resolvedFormat))
    }

    private func format(_ value: Double) -> String {
        measure == .count ? String(Int(value)) : String(format: "%.3f", value)
    }
}
