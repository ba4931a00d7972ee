import InstitutionGraph

/// The line under a diagram's title when only part of the dataset is drawn: how it was chosen and
/// how much of the whole it shows, `2-core: 5 of 5 consortia, 20 of 47 institutions`.
enum DiagramPartLine {
    /// The line for `drawn`, the nodes `view` draws, out of `whole`; `institutionsDrawn` when
    /// not all of `drawn`'s institutions are (the institutions view leaves out those without a tie
    /// heavy enough).
    static func text(drawn: Dataset, of whole: Dataset, view: GraphKind, options: DiagramOptions, institutionsDrawn: Int? = nil) -> String {
        let korean = options.language == .korean
        let consortia =
            korean
            ? "컨소시엄 \(whole.consortia.count.groupedDigits)개 중 \(drawn.consortia.count.groupedDigits)개"
            : "\(drawn.consortia.count.groupedDigits) of \(whole.consortia.count.groupedDigits) consortia"
        let institutions =
            korean
            ? "기관 \(whole.institutions.count.groupedDigits)곳 중 \((institutionsDrawn ?? drawn.institutions.count).groupedDigits)곳"
            : "\((institutionsDrawn ?? drawn.institutions.count).groupedDigits) of \(whole.institutions.count.groupedDigits) institutions"
        var parts =
            switch view {
            case .bipartite: [consortia, institutions]
            case .institutions: [institutions]
            case .consortia: [consortia]
            }
        if view != .bipartite, options.minimumWeight > 1 {
            let weight = Int(options.minimumWeight)
            parts.append(
                view == .institutions
                    ? (korean ? "공유 컨소시엄 \(weight)개 이상인 연결" : "ties sharing \(weight)+ consortia")
                    : (korean ? "공유 기관 \(weight)곳 이상인 연결" : "ties sharing \(weight)+ institutions"))
        }
        let selection = options.selection ?? (korean ? "일부" : "part")
        return "\(selection): " + parts.joined(separator: ", ")
    }
}
