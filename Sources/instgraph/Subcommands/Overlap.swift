import ArgumentParser
import Foundation
import InstitutionGraph

extension OverlapMeasure: ExpressibleByArgument {}

/// `instgraph overlap`: how much each pair of consortia overlaps, and through whom.
struct Overlap: DataCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the consortium × consortium overlap matrix and the institutions each pair shares.",
        discussion:
            "count is the number of shared institutions; jaccard is |A∩B|/|A∪B|; overlap-coefficient is |A∩B|/min(|A|,|B|). The matrix is printed when it fits a screen (\(Overlap.matrixLimit) consortia or fewer), with every overlapping pair; larger datasets list their \(Overlap.defaultTop) most overlapping pairs (--top N for another number)."
    )

    static let matrixLimit = 30
    /// How many pairs a dataset too large for the matrix lists when `--top` is not given.
    static let defaultTop = 50

    @OptionGroup var dataset: DatasetOptions
    @OptionGroup var grouping: GroupingOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var parallelism: ThreadOptions

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
        let language = output.lang
        // A plain table is read straight into its graph, unless institutions are rolled up.
        let input = grouping.rollsUp ? .dataset(try dataset.load()) : try dataset.loadGraph()
        let labels: NodeLabels
        let fitsScreen: Bool
        let pairs: [ConsortiumPair]
        let matrix: [[Double]]?
        // A small dataset lists every overlapping pair; a large one its most overlapping ones.
        let limit: Int
        switch input {
        case .table(let table, _):
            labels = .table(table)
            fitsScreen = table.consortiumIDs.count <= Self.matrixLimit
            limit = top ?? (fitsScreen ? Int.max : Self.defaultTop)
            pairs = table.overlappingPairs(top: limit, by: measure, threads: parallelism.threads)
            matrix = fitsScreen ? table.overlapMatrix(measure, pairs: table.overlappingPairs()) : nil
        case .dataset(let loaded):
            let data = try grouping.apply(loaded.dataset)
            labels = .dataset(data, language)
            fitsScreen = data.consortia.count <= Self.matrixLimit
            limit = top ?? (fitsScreen ? Int.max : Self.defaultTop)
            pairs = data.overlappingPairs(top: limit, by: measure, threads: parallelism.threads)
            matrix = fitsScreen ? data.overlapMatrix(measure, pairs: data.overlappingPairs()) : nil
        }
        let consortium = { (index: Int) in BipartiteNode(side: .consortium, index: index) }
        let institution = { (index: Int) in BipartiteNode(side: .institution, index: index) }

        if output.resolvedFormat == .json {
            let report = JSONReport(
                measure: measure.rawValue, consortia: (0..<labels.consortiumCount).map { labels.id(of: consortium($0)) }, matrix: matrix,
                pairs: pairs.map { pair in
                    .init(
                        a: labels.id(of: consortium(pair.first)), b: labels.id(of: consortium(pair.second)), count: pair.shared.count,
                        jaccard: pair.jaccard, overlapCoefficient: pair.overlapCoefficient,
                        shared: pair.shared.map { labels.id(of: institution($0)) })
                })
            try output.write(JSONOutput.encode(report))
            return
        }

        var sections: [TabularReport.Section] = []
        if let matrix {
            let names = (0..<labels.consortiumCount).map { labels.name(of: consortium($0)) }
            let table = TextTable(
                columns: [.init("consortium")] + names.indices.map { .init(String($0 + 1), alignment: .right) },
                rows: matrix.enumerated().map { row, values in
                    ["\(row + 1) \(names[row])"] + values.map { format($0) }
                })
            let diagonal = measure == .count ? "the diagonal holds each consortium's size" : "the diagonal is 1"
            sections.append(.init(title: "Overlap (\(measure.rawValue))", lines: ["Columns are numbered as the rows; \(diagonal)."], table: table))
        }
        let pairTable = TextTable(
            columns: [
                .init("consortium A"), .init("consortium B"), .init("shared", alignment: .right),
                .init("jaccard", alignment: .right), .init("overlap", alignment: .right), .init("shared institutions"),
            ],
            rows: pairs.map { pair in
                [
                    labels.name(of: consortium(pair.first)), labels.name(of: consortium(pair.second)),
                    String(pair.shared.count), FixedDecimal.text(pair.jaccard, digits: 3), FixedDecimal.text(pair.overlapCoefficient, digits: 3),
                    ListText.abbreviated(
                        pair.shared.map { labels.name(of: institution($0)) }, keeping: output.resolvedFormat == .csv ? nil : Shared.listedNames),
                ]
            })
        let pairCount = labels.consortiumCount * (labels.consortiumCount - 1) / 2
        let note =
            limit == Int.max
            ? "\(pairs.count) of \(pairCount) pairs of consortia share at least one institution."
            : (pairs.count == 1
                ? "The pair of consortia (of \(pairCount)) that overlaps" : "The \(pairs.count) pairs of consortia (of \(pairCount)) that overlap")
                + " most by \(measure.rawValue)\(top == nil ? "; --top N shows more or fewer" : "")."
        sections.append(.init(title: "Pairs that share institutions", lines: [note], table: pairTable))
        try output.write(TabularReport(sections: sections))
    }

    private func format(_ value: Double) -> String {
        measure == .count ? String(Int(value)) : FixedDecimal.text(value, digits: 3)
    }
}
